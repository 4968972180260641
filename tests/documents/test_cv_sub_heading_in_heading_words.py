"""A group heading inside a role section, written in heading words and set apart by its look alone ("Teaching
Appointments" in bold, in the same Word style as the plain role lines under it), is no line of the first role."""

from __future__ import annotations

import docx
from docx.enum.style import WD_STYLE_TYPE

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(group: str) -> bytes:
    d = docx.Document()
    for name in ("Section Heading", "Job Title"):  # a CV template's own styles, no heading style among them
        d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    d.add_paragraph("Erin Novak", style="Title")
    d.add_paragraph("erin.novak@example.org")
    d.add_paragraph().add_run("PUBLICATIONS").bold = True
    d.add_paragraph("2019\tSex and survival in a desert moss, The Bryologist", style="Job Title")
    d.add_paragraph(style="Section Heading").add_run("TEACHING").bold = True
    d.add_paragraph(style="Job Title").add_run(group).bold = True
    for line in (
        "2019-2020\tGraduate Student Instructor, UCB",
        "2015-2016\tGraduate Student Instructor, UCB",
        "2014-2015\tTeaching Assistant, CSULA",
    ):
        d.add_paragraph(line, style="Job Title")
    # the courses taught, under a second group heading: no roles
    d.add_paragraph(style="Job Title").add_run("Undergraduate Courses").bold = True
    d.add_paragraph("Ecosystems of California (Field Course), UCB\t\t\t2019", style="Job Title")
    d.add_paragraph("Ecology Laboratory, CSULA\t\t2014, 2015", style="Job Title")
    return saved(d)


def test_a_bold_group_heading_over_plain_role_lines_is_not_the_first_roles_employer() -> None:
    out = read_outline(_cv("Teaching Appointments"))
    assert [(r.title.value, r.employer.value) for r in out.roles] == [
        ("Graduate Student Instructor", "UCB"),
        ("Graduate Student Instructor", "UCB"),
        ("Teaching Assistant", "CSULA"),
    ]
