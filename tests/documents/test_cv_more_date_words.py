"""Dates of the CVs least like the first ones: Finnish month names (with their partitive, with and without
diacritics), "now" in Finnish, Turkish, Spanish and traditional Chinese, and months of one digit after a
year ("2019.9", "2019/9", as Chinese and Taiwanese CVs write them)."""

from __future__ import annotations

import pytest

from app.documents.cv_dates import find_dates


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("tammikuu 2019 – joulukuu 2021", "2019-01", "2021-12"),
        ("elokuuta 2018 - kesakuuta 2020", "2018-08", "2020-06"),
        ("1/2019 – nykyään", "2019-01", "present"),
        ("Ekim 2018 – Şu an", "2018-10", "present"),
        ("Septiembre 2019 – a la fecha", "2019-09", "present"),
        ("Mayo 2019 - la actualidad", "2019-05", "present"),
        ("2019.09 - 現在", "2019-09", "present"),
        ("2019年9月-迄今", "2019-09", "present"),
        ("2019.9 - 2021.6", "2019-09", "2021-06"),
        ("2019/9～2021/6", "2019-09", "2021-06"),
        ("Marzo de 2019 - Junio de 2021", "2019-03", "2021-06"),
        ("Março de 2017 a Maio de 2019", "2017-03", "2019-05"),
    ],
)
def test_the_range_is_read_whole(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end, span.single) == (start, end, False)


@pytest.mark.parametrize(("text", "end"), [("2019/20", "2020"), ("2019-20", "2020"), ("2019/2020", "2020")])
def test_a_one_digit_month_does_not_eat_a_short_end_year(text: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == ("2019", end)
