"""Academic CVs keep posts outside "Experience": a section of courses one taught ("Teaching and Training", "Workshops
Taught") and one of service to a field ("Professional Service") hold posts that are roles, among lines that are not
(a course, a seat on a committee). Lists of the people one supervised ("Current Postdoctoral Fellows") are no roles,
and neither are the lines of a "Memberships" section."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import heading_kind
from tests.docx_build import saved


def _cv(heading: str, lines: tuple[str, ...]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Ana Okafor", style="Title")
    d.add_paragraph("ana.okafor@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Research Scientist – Northwind Climate Lab – 2019 – Present")
    d.add_paragraph("Built the lab's forecast verification suite and ran its model evaluation.")
    d.add_paragraph(heading, style="Heading 1")
    for line in lines:
        d.add_paragraph(line)
    d.add_paragraph("Skills", style="Heading 1")
    d.add_paragraph("Python, Fortran, statistics")
    return saved(d)


def _roles(data: bytes) -> list[tuple[str, str, str, str]]:
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]


_FIRST = ("Research Scientist", "Northwind Climate Lab", "2019", "present")


@pytest.mark.parametrize("heading", ["Teaching and Training", "Workshops Taught", "Classes/Workshops/Courses Taught"])
def test_teaching_words_make_a_heading_a_teaching_section(heading: str) -> None:
    assert heading_kind(heading) == "teaching"


def test_a_heading_of_courses_taken_stays_a_certifications_section() -> None:
    assert heading_kind("Training and Workshops") == "certifications"


def test_posts_under_teaching_and_training_are_roles() -> None:
    lines = (
        "INSTRUCTOR – HARVARD UNIVERSITY – 2015-PRESENT",
        "Data Structures in Python, two sections a year.",
        "TEACHING ASSISTANT – BOSTON UNIVERSITY – 1997-2000",
    )
    assert _roles(_cv("TEACHING AND TRAINING", lines)) == [
        _FIRST,
        ("INSTRUCTOR", "HARVARD UNIVERSITY", "2015", "present"),
        ("TEACHING ASSISTANT", "BOSTON UNIVERSITY", "1997", "2000"),
    ]


def test_posts_under_professional_service_are_roles() -> None:
    lines = (
        "Secretary, American Meteorological Society Student Chapter, 2013 – 2015",
        "Team Manager, WxChallenge Forecasting Competition, 2013 – 2019",
    )
    assert _roles(_cv("Professional Service", lines)) == [
        _FIRST,
        ("Secretary", "American Meteorological Society Student Chapter", "2013", "2015"),
        ("Team Manager", "WxChallenge Forecasting Competition", "2013", "2019"),
    ]


def test_lines_under_memberships_are_no_roles() -> None:
    lines = (
        "Secretary, American Meteorological Society Student Chapter, 2013 – 2015",
        "Team Manager, WxChallenge Forecasting Competition, 2013 – 2019",
    )
    assert _roles(_cv("Memberships", lines)) == [_FIRST]


def test_a_list_of_fellows_supervised_is_no_role() -> None:
    lines = (
        "Lecturer, Department of Atmospheric Science, 2020 – 2022",
        "Taught the second-year forecasting course.",
        "CURRENT POSTDOCTORAL FELLOWS",
        "Trevor Ames, 2023",
        "Elise Dunmore, 2022",
    )
    assert _roles(_cv("Teaching", lines)) == [
        _FIRST,
        ("Lecturer", "Department of Atmospheric Science", "2020", "2022"),
    ]
