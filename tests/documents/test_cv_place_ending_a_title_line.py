"""A post, one space, then a city and its state's code ending the line ("Teacher/Coach Pearland, TX"): the tab or the
gap before the place was lost, and the place is the role's, not part of its title (from round 36 part c's tune file,
a Texas teacher and coach turned web developer)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _roles(*lines: str) -> list[tuple[str, str, str]]:
    data = docx_bytes(("Camille Moreau", "Title"), ("Work Experience", "Heading 1"), *((t, None) for t in lines))
    return [(r.title.value, r.employer.value, r.place.value) for r in read_outline(data).roles]


def test_a_city_and_its_state_after_the_title_are_the_place() -> None:
    roles = _roles(
        "Pearland ISD June 2017 - Present",
        "Teacher/Coach Pearland, TX",
        "Coached the school's track team.",
        "Love Advertising June 2015 - June 2017",
        "Junior Web Developer  Houston, TX",
        "Built email templates.",
    )
    assert roles[0] == ("Teacher/Coach", "Pearland ISD", "Pearland, TX")
    assert roles[1] == ("Junior Web Developer", "Love Advertising", "Houston, TX")


def test_a_town_of_two_words_is_not_cut_in_half() -> None:
    roles = _roles("Northwind Traders June 2017 - Present", "Senior Analyst New York, NY", "Wrote reports.")
    assert roles[0][0] != "Senior Analyst New"
