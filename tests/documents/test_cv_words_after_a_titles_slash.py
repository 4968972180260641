"""Words after a title's slash that name no post, organisation or place, with a name still to come after a comma
("System Administrator / Technical Assistance, John Bryce"), go on with the title: the name after the comma is the
employer, not a place."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv


def _roles(*lines: str) -> list[tuple[str, str, str]]:
    data = section_cv("Experience", *lines)
    return [(r.title.value, r.employer.value, r.place.value) for r in read_outline(data).roles]


def test_a_function_after_the_titles_slash_is_part_of_the_title() -> None:
    got = _roles(
        "2021 - Present    Full Stack Developer, Northwind Traders",
        "Built the ordering service",
        "2015 - 2021    System Administrator / Technical Assistance, John Bryce",
        "Kept the college's labs running",
    )
    assert got[1] == ("System Administrator / Technical Assistance", "John Bryce", "")


def test_a_place_after_the_comma_keeps_the_slash_parting_title_and_employer() -> None:
    got = _roles(
        "2021 - Present    Full Stack Developer, Northwind Traders",
        "Built the ordering service",
        "2015 - 2021    Barista / Starbucks, Seattle",
        "Made coffee",
    )
    assert got[1][0] == "Barista" and got[1][2] == "Seattle"
