"""An organisation's line right under a section's heading, over posts whose own lines name none ("University of
Northwind" under "Teaching Experience", over "Teaching Assistant – BIOL 210 Cell Biology (Graduate)<TAB>Jan 2017 –
May 2017"), is the employer of every post in the section; a note in brackets after a course stays in the title."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _teaching_cv(first_line: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Priya Raman", style="Title")
    d.add_paragraph("Austin, TX | 512-555-0142 | priya.raman@example.org")
    d.add_paragraph("Research Experience", style="Heading 1")
    d.add_paragraph("Department of Biology, University of Northwind (Austin, TX)")
    d.add_paragraph(style="Heading 2").add_run("Graduate Researcher\tAug 2015 – Present")
    d.add_paragraph("Studied the growth of root cells under drought and wrote two papers on it.", style="List Bullet")
    d.add_paragraph("Teaching Experience", style="Heading 1")
    d.add_paragraph(first_line)
    for head in (
        "Instructor of Record – BIOL 101 General Biology Lab (Undergraduate)\tAugust-December 2016",
        "Teaching Assistant – BIOL 210 Cell Biology Lecture (Graduate)\tJanuary 2017-May 2017",
        "Teaching Assistant – BIOL 345 Genetics and Evolution and Ecology (Graduate)\tJanuary 2015-May 2015",
    ):
        d.add_paragraph(style="Heading 2").add_run(head)
        d.add_paragraph("Led the weekly lab sections and graded forty students' reports.")
    return saved(d)


def test_the_organisation_line_under_the_heading_is_every_posts_employer() -> None:
    roles = read_outline(_teaching_cv("University of Arts & Sciences Northwind at Springfield")).roles
    taught = [(r.title.value, r.employer.value) for r in roles if r.start.value != "2015-08"]
    assert taught == [
        (
            "Instructor of Record – BIOL 101 General Biology Lab (Undergraduate)",
            "University of Arts & Sciences Northwind at Springfield",
        ),
        (
            "Teaching Assistant – BIOL 210 Cell Biology Lecture (Graduate)",
            "University of Arts & Sciences Northwind at Springfield",
        ),
        (
            "Teaching Assistant – BIOL 345 Genetics and Evolution and Ecology (Graduate)",
            "University of Arts & Sciences Northwind at Springfield",
        ),
    ]


def test_a_line_naming_no_organisation_heads_no_posts() -> None:
    # "Courses taught while a doctoral student": a line about the section, no employer of its posts
    roles = read_outline(_teaching_cv("Courses taught while a doctoral student")).roles
    assert all("Courses" not in r.employer.value for r in roles)
