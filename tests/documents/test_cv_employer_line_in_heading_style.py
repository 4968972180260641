"""An employer's line over a role's title-and-dates line, written in a heading style ("Starbucks Corporation" in
Heading 1), is the role's employer, not a heading that groups the section's roles ("Local" or "Current" in that
style); and where the employer's line above and a field after the title's dash both hold an organisation's word, the
word only organisations have ("University") names the employer, not the one that also names a field ("Health")."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import styled_section_cv

CLOSING = ("Education", "B.S. Informatics, University of Washington, 2019")


def _roles(*paragraphs: tuple[str, str | None]) -> list[tuple[str, str, str | None]]:
    data = styled_section_cv("Additional Experience", *paragraphs, closing=CLOSING)
    return [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]


def test_an_employer_in_a_heading_style_over_the_first_role_is_its_employer() -> None:
    got = _roles(
        ("Starbucks Corporation", "Heading 2"),
        ("Service Desk Analyst\t2015 – 2016", None),
        ("Acme Logistics Ltd", None),
        ("Warehouse Associate\t2013 – 2015", None),
    )
    assert got == [
        ("Service Desk Analyst", "Starbucks Corporation", "2015"),
        ("Warehouse Associate", "Acme Logistics Ltd", "2013"),
    ]


def test_a_group_heading_in_that_style_is_still_no_employer() -> None:
    got = _roles(
        ("Current", "Heading 2"),
        ("Service Desk Analyst, Starbucks Corporation\t2015 – 2016", None),
        ("Warehouse Associate, Acme Logistics Ltd\t2013 – 2015", None),
    )
    assert got == [
        ("Service Desk Analyst", "Starbucks Corporation", "2015"),
        ("Warehouse Associate", "Acme Logistics Ltd", "2013"),
    ]


def test_a_university_above_outranks_a_field_after_the_titles_dash() -> None:
    got = _roles(
        ("University of North Texas", None),
        ("Research Lab Manager – Health Psychology\t2013 – 2015", None),
    )
    assert got == [("Research Lab Manager", "University of North Texas", "2013")]
