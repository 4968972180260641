"""Found by reading made-up CVs whose left table column dates each role (not from a corpus file): a date cell
holding the start over the end parted by a line break inside one paragraph (Shift+Enter: "Mar 2019" <BR>
"Present", "Jun 2016 –" <BR> "Feb 2019"), as templates and Google Docs write it, was read as two dates, each a
role of its own (the employer lost), while the same cell written as two paragraphs read as one range. The start
and the end are now taken from the lines of the cell, not from its paragraphs."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

ROLES = [
    ("Head Chef", "The Anchor Inn, Truro", "Mar 2019", "Present"),
    ("Line Cook", "Harbour Grill, Truro", "Jun 2016", "Feb 2019"),
]


def _dates_column_cv(joined_by: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Kai Lindqvist", style="Title")
    d.add_paragraph("kai.lindqvist@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    table = d.add_table(rows=0, cols=2)
    for title, employer, start, end in ROLES:
        cells = table.add_row().cells
        cells[0].text = f"{start}{joined_by}{end}"  # python-docx writes "\n" as a line break (w:br)
        cells[1].text = title
        cells[1].add_paragraph(employer)
        cells[1].add_paragraph("• Ran the kitchen and ordered stock from local suppliers each week.")
    d.add_paragraph("Interests", style="Heading 1")
    d.add_paragraph("Hiking in the hills, reading novels about history and cooking for friends on weekends.")
    return saved(d)


def _roles(joined_by: str) -> list[tuple[str, str, str, str | None, str | None]]:
    out = read_outline(_dates_column_cv(joined_by))
    return [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]


WANT = [
    ("Head Chef", "The Anchor Inn", "Truro", "2019-03", "present"),
    ("Line Cook", "Harbour Grill", "Truro", "2016-06", "2019-02"),
]


def test_a_start_over_an_end_parted_by_a_line_break_dates_one_role() -> None:
    assert _roles("\n") == WANT


def test_a_start_with_its_dash_over_the_end_parted_by_a_line_break_dates_one_role() -> None:
    assert _roles(" –\n") == WANT
