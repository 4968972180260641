"""A role whose head is laid out in a small table ("Android Developer<TAB>Jul 2017 – Present" over "Prudential
Financial, Newark, New Jersey") ends its head with the table: the line under the table (what was built there, with a
link) is no field of the role, even where it is short enough to be one."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv() -> bytes:
    d = docx.Document()
    d.add_paragraph("Matthew Kessing", style="Title")
    d.add_paragraph("matthew.kessing@example.org")
    d.add_paragraph("Work Experience", style="Heading 1")
    for title, dates, org, under in (
        (
            "Android Developer",
            "Jul 2017 – Present",
            "Prudential Financial, Newark, New Jersey",
            "Retirement Mobile App – https://play.google.com/store/apps/details?id=com.example.app",
        ),
        (
            "Software Development Intern",
            "Jun 2016 – Aug 2016",
            "Prudential Financial, Newark, New Jersey",
            "Company News App – https://play.google.com/store/apps/details?id=com.example.news",
        ),
    ):
        table = d.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = title, dates
        table.cell(1, 0).text = org
        d.add_paragraph(under)
        d.add_paragraph("Built screens to view and manage retirement plans for customers", style="List Bullet")
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("B.A. Computer Science, Rutgers University, 2017")
    return saved(d)


def test_the_line_under_a_roles_table_is_no_field_of_the_role() -> None:
    got = [(r.title.value, r.employer.value, r.place.value) for r in read_outline(_cv()).roles]
    assert got == [
        ("Android Developer", "Prudential Financial", "Newark, New Jersey"),
        ("Software Development Intern", "Prudential Financial", "Newark, New Jersey"),
    ]
