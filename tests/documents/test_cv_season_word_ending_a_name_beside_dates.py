"""Found by reading made-up farming CVs laid out in table cells (not from a corpus file): `Tractor Driver` |
`Loudoun Estate` | `2014 – 2018` read the employer as `Loudoun`, because `Estate` is Italian for summer and a season
was joined to the year after it across the tab that parts the cells. A season is written spaced from its year, never
across a tab or a line."""

from __future__ import annotations

import docx

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import saved

INTERESTS = "Hiking in the hills, reading novels about history and cooking for friends on weekends."


def _table_roles(*rows: list[str]) -> list[tuple[str, str, str, str | None, str | None]]:
    d = docx.Document()
    d.add_paragraph("Kai Lindqvist", style="Title")
    d.add_paragraph("kai.lindqvist@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    table = d.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    d.add_paragraph("Interests", style="Heading 1")
    d.add_paragraph(INTERESTS)
    out = read_outline(saved(d))
    return [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]


def test_a_name_ending_in_a_season_word_keeps_it_in_its_own_cell() -> None:
    assert _table_roles(["Tractor Driver", "Loudoun Estate", "2014 – 2018"]) == [
        ("Tractor Driver", "Loudoun Estate", "", "2014", "2018")
    ]


def test_a_season_across_a_tab_is_no_part_of_the_dates() -> None:
    span = find_dates("Tractor Driver\tLoudoun Estate\t2014 – 2018")
    assert span is not None and span.text == "2014 – 2018"
    span = find_dates("Research Intern\tSummer 2019")
    assert span is not None and span.text == "Summer 2019" and span.start == "2019"
