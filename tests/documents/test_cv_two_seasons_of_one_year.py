"""Two seasons of one year, the year written once ("Winter & Spring 2018", "Summer and Fall 2019", "Spring/Summer
2018"), are one span of that year, not a single date of the second season; so a long role line that closes with them
is dated ("Amazon Web Services – Software Developer Intern – Elastic Map Reduce<TAB>Winter & Spring 2018")."""

from __future__ import annotations

import pytest

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import styled_section_cv


@pytest.mark.parametrize(
    ("text", "year"),
    [("Winter & Spring 2018", "2018"), ("Summer and Fall 2019", "2019"), ("Spring/Summer 2018", "2018")],
)
def test_two_seasons_of_one_year_are_one_span(text: str, year: str) -> None:
    span = find_dates(f"Intern\t{text}")
    assert span is not None and (span.text, span.start, span.end, span.single) == (text, year, year, False)


def test_one_season_stays_a_single_date() -> None:
    span = find_dates("Spring 2018")
    assert span is not None and span.single


def test_a_long_role_line_closed_by_two_seasons_is_a_role() -> None:
    data = styled_section_cv(
        "PROFESSIONAL EXPERIENCE",
        ("Google Cloud Platform – Software Engineering Intern – Apigee\tSummer 2018", "Heading 2"),
        ("Designed a service that lets customers publish connectors", "List Paragraph"),
        ("Amazon Web Services – Software Developer Intern – Elastic Map Reduce\tWinter & Spring 2018", "Heading 2"),
        ("Built a feature that monitors the health of applications on a cluster", "List Paragraph"),
        ("Salesforce – Backend Software Engineering Intern – Infrastructure & IoT\tSummer 2016", "Heading 2"),
        ("Developed a web service that keeps pools of virtual machines", "List Paragraph"),
    )
    got = [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]
    assert ("Software Developer Intern", "Amazon Web Services", "2018") in got
    assert len(got) == 3
