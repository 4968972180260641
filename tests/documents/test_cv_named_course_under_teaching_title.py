"""A teaching post's line that names its course in words between the post and the organisation ("Lab Instructor,
Introduction to Geographic Information Systems, University of Massachusetts Boston") has the organisation as employer,
not the course; a unit of the organisation in that place ("Department of Geography") stays with the employer, and a
post that teaches nothing keeps every part after it."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import styled_section_cv


def _roles(*lines: str) -> list[tuple[str, str]]:
    closing = ("Education", "Ph.D. Geography, Boston University, 2015")
    data = styled_section_cv("Teaching", *((line, "List Bullet") for line in lines), closing=closing)
    return [(r.title.value, r.employer.value) for r in read_outline(data).roles]


def test_a_course_named_in_words_is_not_the_employer() -> None:
    got = _roles(
        "Lab Instructor, Introduction to Geographic Information Systems, University of Massachusetts Boston\t2016",
        "Teaching Assistant, Seminar on Lidar Remote Sensing, Boston University\t2014",
    )
    assert got == [
        ("Lab Instructor", "University of Massachusetts Boston"),
        ("Teaching Assistant", "Boston University"),
    ]


def test_a_unit_between_the_post_and_the_university_stays_with_the_employer() -> None:
    got = _roles("Teaching Assistant, Department of Geography, Boston University\t2014")
    assert got == [("Teaching Assistant", "Department of Geography, Boston University")]
