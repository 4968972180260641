"""Two things a dates line may hold that name no organisation: posts listed with commas ("Founder, Principal
Consultant"), one title whose employer stands on the line above; and a title with the areas it covered listed in
brackets ("Practice Lead (Collaboration, Usability, Portal)"), whose commas part nothing."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv


def _roles(*lines: str) -> list[tuple[str, str]]:
    closing = ("EDUCATION", "BSc Computer Science, University of the Witwatersrand, 2007")
    data = section_cv("EMPLOYMENT HISTORY", *lines, closing=closing)
    return [(r.title.value, r.employer.value) for r in read_outline(data).roles]


def test_posts_listed_with_commas_are_one_title_under_the_employers_line() -> None:
    got = _roles(
        "Jemstep by Invesco",
        "Director of Engineering\t01/2018 – 07/2020",
        "Led software delivery teams across three continents.",
        "Driven",
        "Founder, Principal Consultant\t03/2008 – 12/2017",
        "Started the company in 2008.",
    )
    assert got == [("Director of Engineering", "Jemstep by Invesco"), ("Founder, Principal Consultant", "Driven")]


def test_areas_listed_in_a_titles_brackets_are_part_of_the_title() -> None:
    got = _roles(
        "Jan 2013 – Jan 2015\tEnterprise Mobile Architect",
        "Southern California Edison",
        "Moved the company off its old mobile platform.",
        "Jan 2005 – Jul 2012\tPractice Lead (Collaboration, Usability, NetWeaver/Portal, NET)",
        "Southern California Edison",
        "Founded the usability community of practice.",
    )
    assert got[1] == ("Practice Lead (Collaboration, Usability, NetWeaver/Portal, NET)", "Southern California Edison")
