"""A house number in a street address is no year: "2044 Market St, Apt 6" has no date, while a year before a name
that goes on past the street's kind ("2019 Main Street Bistro") and the end year of a range stay dates."""

from __future__ import annotations

import pytest

from app.documents.cv_dates import find_dates


@pytest.mark.parametrize(
    "text", ["2044 Market St, Apt 6", "1987 Oak Avenue, Apt 27", "2010 Kingsley Park Drive", "1999 Elm Rd. #4"]
)
def test_a_house_number_is_no_date(text: str) -> None:
    assert find_dates(text) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2019 Main Street Bistro – Waiter", "2019", "2019"),
        ("Jan 2019 – 2021 Oak Avenue, Apt 2", "2019-01", "2021"),
        ("2018 – 2020 Springfield Road, Leeds", "2018", "2020"),
        ("Office at 12 Oak Avenue, Leeds, 2019 – 2021", "2019", "2021"),
    ],
)
def test_a_year_by_a_street_name_that_is_no_house_number_stays(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)
