"""Hungarian writes a range with case endings, not a dash: "-tól/-től" (from), "-ig" (until), "-ban/-ben" (in), after
a year, a day or a month, and after a month's possessive ("márciusától", "januárjáig")."""

from __future__ import annotations

import pytest

from app.documents.cv_dates import find_dates


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2019 márciusától 2020 májusáig", "2019-03", "2020-05"),
        ("2019. márciustól 2020. májusig", "2019-03", "2020-05"),
        ("2018 szeptemberétől 2021 januárjáig", "2018-09", "2021-01"),
        ("2016-tól 2021-ig", "2016", "2021"),
        ("Szoftverfejlesztő, Budapest, 2018-tól 2020-ig", "2018", "2020"),
        ("2017. szeptember 1-től 2019. június 30-ig", "2017-09", "2019-06"),
        ("2019. októbertől napjainkig", "2019-10", "present"),
        ("2020-tól jelenleg is", "2020", "present"),
        ("2019 márciusától", "2019-03", "present"),  # a start with nothing after: the role goes on
        ("2014 decemberében", "2014-12", "2014-12"),
    ],
)
def test_hungarian_case_endings_mark_the_range(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)
    assert text[span.begin : span.finish] == span.text


def test_the_endings_are_read_in_place_so_the_rest_of_the_line_keeps_its_words() -> None:
    text = "Rendszergazda, Pécsi Tudományegyetem, 2015 márciusától 2018 augusztusáig"
    span = find_dates(text)
    assert span is not None and text[: span.begin].rstrip(", ") == "Rendszergazda, Pécsi Tudományegyetem"
