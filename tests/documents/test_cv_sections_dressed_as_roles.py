"""A section under a heading the reader cannot name ("On the Podium") whose dated lines wear the paragraph
style the role section's dated lines wear ("Job Title", as a Word template dresses them), and no other known
section's do, holds roles too; a style any paragraph may wear ("Compact", "Normal") says nothing."""

from __future__ import annotations

import docx
from docx.enum.style import WD_STYLE_TYPE

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(role_style: str) -> bytes:
    d = docx.Document()
    for name in ("Job Title", "Location", "Space After"):
        if name not in [s.name for s in d.styles]:
            d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    d.add_paragraph("Maren Holt", style="Title")
    d.add_paragraph("maren.holt@example.org")
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("Royal Academy of Music | Master of Music in Choral Conducting\t2010", style="Location")

    def role(place: str, head: str, what: str) -> None:
        d.add_paragraph(place, style="Location")
        d.add_paragraph(style=role_style).add_run(head).bold = True
        d.add_paragraph(what, style="Space After")

    d.add_paragraph("On the Podium", style="Heading 1")
    role("Oslo Cathedral, Norway", "Music Director of Youth Choirs\t2012-2014", "Rehearsed the choir weekly.")
    role("Bergen Opera, Norway", "Assistant Conductor - Summer Opera Festival\t2014-2015", "Prepared operas.")
    d.add_paragraph("Teaching", style="Heading 1")
    role("Northwind College, Norway", "Lecturer\t2015 – Present", "Taught choral conducting.")
    return saved(d)


def test_a_section_whose_dated_lines_wear_the_role_lines_style_holds_roles() -> None:
    roles = [(r.title.value, r.start.value, r.end.value) for r in read_outline(_cv("Job Title")).roles]
    assert roles == [
        ("Music Director of Youth Choirs", "2012", "2014"),
        ("Assistant Conductor", "2014", "2015"),
        ("Lecturer", "2015", "present"),
    ]


def test_a_style_any_paragraph_wears_makes_no_section_a_role_section() -> None:
    roles = [r.title.value for r in read_outline(_cv("Normal")).roles]
    assert "Music Director of Youth Choirs" not in roles
