"""A three-column table as CV templates lay one out: the section's name in the first cell, the dates in the second
(each role's date with the employer's short name or place under it, blank paragraphs lining them up) and the roles
in the third, a bold title over its plain employer and description, no bullets. Each date goes with the role it
stands level with; a post written under the heading in the first cell is the title of the role beside it, and the
heading itself is no title; a dated line the reader cannot read as a role keeps the reading from being tailored
unconfirmed."""

from __future__ import annotations

import docx
from docx.document import Document

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cell(cell: docx.table._Cell, lines: list[tuple[str, bool]]) -> None:
    first, *rest = lines
    cell.paragraphs[0].add_run(first[0]).bold = first[1]
    for text, bold in rest:
        cell.add_paragraph().add_run(text).bold = bold


def _head(d: Document) -> docx.table.Table:
    d.add_paragraph("Ingrid Solberg", style="Title")
    d.add_paragraph("ingrid.solberg@example.org · +47 912 34 567")
    return d.add_table(rows=1, cols=3)


def _three_columns() -> bytes:
    d = docx.Document()
    table = _head(d)
    row = table.rows[0].cells
    _cell(row[0], [("EXPERIENCE", True)])
    _cell(row[1], [("2023", False), ("", False), ("", False), ("Bergen", False), ("2019", False), ("", False)])
    _cell(
        row[1 + 1],
        [
            ("Data Engineer", True),
            ("Norsk Hydro", False),
            ("Built the plant's sensor pipelines.", False),
            ("Analytics Intern", True),
            ("Equinor ASA", False),
            ("Cleaned drilling logs for the reservoir team.", False),
        ],
    )
    return saved(d)


def test_each_date_in_the_middle_column_dates_the_role_level_with_it() -> None:
    roles = read_outline(_three_columns()).roles
    assert [(r.title.value, r.employer.value, r.start.value) for r in roles] == [
        ("Data Engineer", "Norsk Hydro", "2023"),
        ("Analytics Intern", "Equinor ASA", "2019"),
    ]


def _heading_rows() -> bytes:
    d = docx.Document()
    d.add_paragraph("Ingrid Solberg", style="Title")
    d.add_paragraph("ingrid.solberg@example.org · +47 912 34 567")
    table = d.add_table(rows=2, cols=3)
    row = table.rows[0].cells
    _cell(row[0], [("Education", True)])
    _cell(row[1], [("University of Oslo, Oslo, Norway", False), ("M.Sc., Marine Biology", False), ("", False)])
    _cell(row[2], [("Sep. 2012 – Jun. 2014", False), ("", False)])
    row = table.rows[1].cells
    _cell(row[0], [("Research", True), ("Research Assistant", True)])
    _cell(row[1], [("Institute of Marine Research", False), ("Advisor: Kari Nordmann", False)])
    _cell(row[2], [("August 2015", False)])
    return saved(d)


def test_a_heading_cell_beside_one_dated_entry_is_a_heading_not_a_title() -> None:
    outline = read_outline(_heading_rows())
    assert [(r.title.value, r.employer.value, r.start.value) for r in outline.roles] == [
        ("Research Assistant", "Institute of Marine Research", "2015-08")
    ]
    assert any("University of Oslo" in entry for entry in outline.education)


def test_a_dated_field_left_unread_in_a_role_section_keeps_the_reading_unconfirmed() -> None:
    d = docx.Document()
    d.add_paragraph("Ingrid Solberg", style="Title")
    d.add_paragraph("ingrid.solberg@example.org · +47 912 34 567")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Data Engineer, Norsk Hydro\t2019 – 2023")
    d.add_paragraph("Built the plant's sensor pipelines.", style="List Bullet")
    long_name = "Laboratory for Coastal and Marine Ecology of the Western Norway University of Applied Sciences"
    d.add_paragraph(f"{long_name}, Bergen, Norway\tAugust 2015")
    d.add_paragraph("Sampled plankton for the fjord survey.", style="List Bullet")
    outline = read_outline(saved(d))
    unread = [r for r in outline.roles if r.start.value == "2015-08"]
    assert not unread and not outline.usable
    assert any("Laboratory for Coastal" in doubt for doubt in outline.doubts)
