"""A date written as the year, then its month in brackets ("2020(December) - 2022(February)"), is that month."""

from __future__ import annotations

from app.documents.cv_dates import find_dates


def test_a_year_with_its_month_in_brackets_is_that_month() -> None:
    span = find_dates("Mobile Developer (Flutter) \t2020(December) - 2022(February)")
    assert span is not None
    assert (span.start, span.end, span.text) == ("2020-12", "2022-02", "2020(December) - 2022(February)")


def test_a_bracket_that_holds_no_month_is_no_date() -> None:
    span = find_dates("Python(3) projects since 2020")
    assert span is not None and span.start == "2020" and "(3)" not in span.text
