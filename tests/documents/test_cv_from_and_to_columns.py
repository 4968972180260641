"""Found by reading made-up tables (not from a corpus file): a table of roles whose header row names its columns
"Employer | Position | From | To" read each of the two date cells as a role's dates of its own, so a role took its end
for its start ("2017 – 2017") and the next one lost its start. Two date columns of one date each are one range."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(rows: list[list[str]]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Jane Okafor", style="Title")
    d.add_paragraph("jane.okafor@example.org | +44 7700 900123")
    d.add_paragraph("Work Experience", style="Heading 1")
    table = d.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.paragraphs[0].text = text
    d.add_paragraph("Interests", style="Heading 1")
    d.add_paragraph("Hiking in the hills, reading novels about history and cooking for friends on weekends.")
    return saved(d)


def _roles(rows: list[list[str]]) -> list[tuple[str, str, str | None, str | None]]:
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(_cv(rows)).roles]


def test_from_and_to_columns_after_the_role_are_one_range() -> None:
    rows = [
        ["Employer", "Position", "From", "To"],
        ["Sea Star Kayak", "Deckhand", "06/2015", "05/2017"],
        ["Acme Corporation", "Software Engineer", "06/2017", "Present"],
    ]
    assert _roles(rows) == [
        ("Deckhand", "Sea Star Kayak", "2015-06", "2017-05"),
        ("Software Engineer", "Acme Corporation", "2017-06", "present"),
    ]


def test_from_and_to_columns_before_the_role_are_one_range() -> None:
    rows = [
        ["From", "To", "Employer", "Position"],
        ["2015", "2017", "Sea Star Kayak", "Deckhand"],
        ["2017", "present", "Acme Corporation", "Software Engineer"],
    ]
    assert _roles(rows) == [
        ("Deckhand", "Sea Star Kayak", "2015", "2017"),
        ("Software Engineer", "Acme Corporation", "2017", "present"),
    ]
