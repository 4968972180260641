"""An organisation's line with its place ("University of Northwind at Eastbrook, Eastbrook, PA USA") over rows that
each name a post and its unit on their own ("<TAB>Associate Professor<TAB>Department of Physiology<TAB>2019 –"):
the line heads the group, and the first row under it reads as the section's other rows do, not as the
organisation's line."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(rows: list[str]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Robert J. Alvarez", style="Title")
    d.add_paragraph("Email: robert.alvarez@example.org")
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("PhD\tUniversity of Pennsylvania, Biology\t2008")
    d.add_paragraph("Professional Appointments", style="Heading 1")
    for row in rows:
        d.add_paragraph(row)
    d.add_paragraph("Honors and Awards", style="Heading 1")
    d.add_paragraph("Outstanding Young Investigator Award\t2016")
    return saved(d)


def test_the_first_row_under_an_organisations_line_reads_as_its_siblings() -> None:
    roles = read_outline(
        _cv(
            [
                "University of Northwind at Eastbrook, Eastbrook, PA USA",
                "\tAssociate Professor\tDepartment of Physiology and Systems Bioengineering\t2019 –",
                "\tConsultant\tDepartment of Medicine\t2019 –",
                "\tAssistant Professor\tDepartment of Medicine\t2013 – 2019",
                "University of Southmoor at Lake Town, Lake Town, NY USA",
                "\tPostdoctoral Fellow\tDepartment of Biology\t2008 – 2013",
            ]
        )
    ).roles
    assert [(r.title.value, r.employer.value, r.start.value) for r in roles] == [
        ("Associate Professor", "Department of Physiology and Systems Bioengineering", "2019"),
        ("Consultant", "Department of Medicine", "2019"),
        ("Assistant Professor", "Department of Medicine", "2013"),
        ("Postdoctoral Fellow", "Department of Biology", "2008"),
    ]
