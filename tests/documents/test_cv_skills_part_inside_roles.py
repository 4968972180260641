"""A "Skills" heading of a deeper outline level after a role's bullets lists that role's tools and no dates: a dated
line under it opens the next role of the section, with the post's name right above it when it stands there."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

_ROLES = [
    ("Data Analyst", "Acme Ltd", "2020 – 2023", "Python, SQL, Tableau"),
    ("Junior Analyst", "Globex Corp", "2018 – 2020", "Excel, Power BI"),
    ("Intern", "Initech", "2017 – 2018", "R, SPSS"),
]


def _cv(label: str, title_above: bool) -> bytes:
    d = docx.Document()
    d.add_paragraph("Kai Lindqvist", style="Title")
    d.add_paragraph("kai.lindqvist@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    for title, employer, dates, tools in _ROLES:
        if title_above:
            d.add_paragraph(title)
            d.add_paragraph(f"{employer} | {dates}")
        else:
            d.add_paragraph(f"{title}, {employer}\t{dates}")
        d.add_paragraph("Built the monthly sales dashboards for the regional teams.", style="List Bullet")
        d.add_paragraph(label, style="Heading 2")
        d.add_paragraph(tools)
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("BSc Statistics, University of Leeds, 2017")
    return saved(d)


@pytest.mark.parametrize(("label", "title_above"), [("Skills", False), ("Skills Used", True), ("Technologies", True)])
def test_roles_after_a_skills_part_of_the_role_above_are_still_read(label: str, title_above: bool) -> None:
    roles = read_outline(_cv(label, title_above)).roles
    assert [(r.title.value, r.employer.value, r.start.value) for r in roles] == [
        ("Data Analyst", "Acme Ltd", "2020"),
        ("Junior Analyst", "Globex Corp", "2018"),
        ("Intern", "Initech", "2017"),
    ]
