"""Found by reading made-up CVs laid out as a table with no header row (not from a corpus file): a row whose first
two cells hold the start and the end of the post ("01/2019" | "Present" | the role's cell) was read as two roles,
one dated by each cell, with no employer. Two cells side by side, each one date alone, the first no later than
the second, beside a cell of other text, are now one range, as the From and To columns named by a header are."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

BULLET = "Milked the herd twice a day and repaired fences across the farm."


def _from_to_cv(rows: list[tuple[str, str, str, str]]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Kai Lindqvist", style="Title")
    d.add_paragraph("kai.lindqvist@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    table = d.add_table(rows=0, cols=3)
    for start, end, title, employer in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = start, end, title
        cells[2].add_paragraph(employer)
        cells[2].add_paragraph(BULLET, style="List Bullet")
    d.add_paragraph("Interests", style="Heading 1")
    d.add_paragraph("Hiking in the hills, reading novels about history and cooking for friends on weekends.")
    return saved(d)


def _roles(rows: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str | None, str | None]]:
    out = read_outline(_from_to_cv(rows))
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in out.roles]


def test_a_start_cell_beside_an_end_cell_dates_one_role() -> None:
    rows = [
        ("01/2019", "Present", "Farm Manager", "Mossgiel Farm"),
        ("03/2014", "12/2018", "Tractor Driver", "Loudoun Estate"),
    ]
    assert _roles(rows) == [
        ("Farm Manager", "Mossgiel Farm", "2019-01", "present"),
        ("Tractor Driver", "Loudoun Estate", "2014-03", "2018-12"),
    ]


def test_two_date_cells_that_run_backwards_are_no_range() -> None:
    # the later date first: no start and end of one post, so no range is made of them
    roles = _roles([("12/2018", "03/2014", "Tractor Driver", "Loudoun Estate")])
    assert ("2014-03", "2018-12") not in [(start, end) for _, _, start, end in roles]
