"""Months by name with two-digit years ("Sept. 20 - Avr. 22", "Mai 22 - Aujourd'hui") date a role as a range; a
semicolon parts a role line's fields ("Ingénieur Logiciel Thales; Toulouse (FR)")."""

from __future__ import annotations

import pytest

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Mai 22 - Aujourd’hui", "2022-05", "present"),
        ("Sept. 20 - Avr. 22", "2020-09", "2022-04"),
        ("Janv. 19 - Août 20", "2019-01", "2020-08"),
        ("Jan 19 – Dec 20", "2019-01", "2020-12"),
        ("March 15 – June 17, 2019", "2019-03", "2019-06"),  # days, with the year after them
    ],
)
def test_months_by_name_with_two_digit_years_are_a_range(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


@pytest.mark.parametrize("text", ["Marketing 12 - Sales 14", "Level 12 - Level 14", "Dec 20 - Jan 19"])
def test_words_that_only_start_like_a_month_or_run_backwards_are_no_range(text: str) -> None:
    assert find_dates(text) is None


@pytest.mark.parametrize(
    "lines",
    [
        ("Sept. 20 - Avr. 22\tIngénieur Logiciel", "Thales; Toulouse, France"),
        ("Ingénieur Logiciel; Thales\tSept. 20 - Avr. 22",),
    ],
)
def test_a_semicolon_parts_a_role_lines_fields(lines: tuple[str, ...]) -> None:
    (role,) = read_outline(role_cv(*lines)).roles
    assert (role.title.value, role.employer.value, role.start.value, role.end.value) == (
        "Ingénieur Logiciel",
        "Thales",
        "2020-09",
        "2022-04",
    )
