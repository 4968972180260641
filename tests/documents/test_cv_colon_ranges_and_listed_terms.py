"""A colon after a year parts two dates as a dash does ("Sep 2021: Present", "Jan 2020 : Dec 2021"), as CVs that
write their dates like a label do; a colon after a year before words is still no range. Dates listed after a line's
fields ("Teaching Assistant, Statistics, Spring 2015, Spring 2016", "Volunteer teacher - 2015 and 2016") span the
first to the last; years apart joined by "and" are two occasions."""

from __future__ import annotations

import pytest

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Sep 2021: Present", "2021-09", "present"),
        ("May 2019: June 2020", "2019-05", "2020-06"),
        ("Janvier 2020 : Décembre 2021", "2020-01", "2021-12"),
        ("2016: 2018", "2016", "2018"),
    ],
)
def test_a_colon_after_a_year_parts_two_dates(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    "text", ["2018: Led the launch of the 2019 catalogue", "Spring 2018: Spoke at the 2019 summit"]
)
def test_a_colon_before_words_is_no_range(text: str) -> None:
    span = find_dates(text)
    assert span is not None and span.end == "2018"


def test_a_role_line_dated_with_a_colon_gets_both_dates() -> None:
    (role,) = read_outline(role_cv("Data Analyst, Research Office – Oct 2021: Present", "Globex Corporation")).roles
    # the office after the title's comma is the unit of Globex the analyst worked in (test_cv_title_with_its_unit)
    assert (role.title.value, role.employer.value, role.start.value, role.end.value) == (
        "Data Analyst",
        "Globex Corporation",
        "2021-10",
        "present",
    )


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Teaching Assistant, Statistics, Spring 2015, Spring 2016, Spring 2017", "2015", "2017"),
        ("Course Tutor, March 2014, June 2014, June 2016", "2014-03", "2016-06"),
        ("Invited visits in 2015, 2016, 2017", "2015", "2017"),
        # after a bracket closed before them, and two years in a row joined by "and"
        ("STAT 101 Introduction to Statistics (Online) 2019, 2021, 2023", "2019", "2023"),
        ("Volunteer teacher - 2015 and 2016", "2015", "2016"),
    ],
)
def test_dates_listed_after_a_lines_fields_span_the_first_to_the_last(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


def test_two_years_apart_joined_by_and_are_two_occasions_not_a_span() -> None:
    span = find_dates("JPMC Hackathon participant in 2020 and 2022")
    assert span is not None and (span.start, span.end) == ("2020", "2020")


def test_dates_listed_out_of_order_after_the_fields_are_no_span() -> None:
    span = find_dates("Engineer, Globex, 2016, 2014")
    assert span is not None and (span.start, span.end) == ("2016", "2016")
