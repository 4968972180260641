"""Seasons as CVs in more languages write them, the season before its year ("Sommer 2019", "zomer 2019", "kesällä
2019", "лето 2019", "mùa hè 2019", "verano de 2019") or after it ("2019 nyarán", "2019 yazı", "2019년 여름"): a
season names its year, and a range of two seasons runs from the first year to the second. Written from the
languages, not from a CV."""

from __future__ import annotations

import pytest

from app.documents.cv_dates import find_dates


@pytest.mark.parametrize(
    "text",
    [
        "Sommer 2019",
        "Frühjahr 2019",
        "zomer 2019",
        "najaar 2019",
        "sommar 2019",
        "höst 2019",
        "efterår 2019",
        "kesällä 2019",
        "suvi 2019",
        "vasara 2019",
        "léto 2019",
        "poletje 2019",
        "ljeto 2019",
        "vara 2019",
        "toamna 2019",
        "лето 2019",
        "летом 2019",
        "літо 2019",
        "καλοκαίρι 2019",
        "mùa hè 2019",
        "musim panas 2019",
        "verano de 2019",
        "estiu de 2019",
        "estate del 2019",
        "קיץ 2019",
        "صيف 2019",
        "2019 nyarán",
        "2019 nyár",
        "2019 yazı",
        "2019년 여름",
    ],
)
def test_a_season_names_its_year(text: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == ("2019", "2019")
    assert span.text == text


@pytest.mark.parametrize(
    "text",
    ["Sommer 2019 – Herbst 2020", "zomer 2019 - najaar 2020", "лето 2019 – осень 2020", "2019 nyár – 2020 ősz"],
)
def test_two_seasons_make_a_range(text: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == ("2019", "2020")


def test_a_season_that_is_also_a_month_short_name_stays_the_month() -> None:
    span = find_dates("kesä 2007 – huhti 2012")  # Finnish: "kesä" is summer, and June written short
    assert span is not None and (span.start, span.end) == ("2007-06", "2012-04")


def test_a_name_that_is_a_season_word_elsewhere_needs_its_year() -> None:
    assert find_dates("Bahar Yılmaz") is None
    assert find_dates("Vara Consulting") is None
