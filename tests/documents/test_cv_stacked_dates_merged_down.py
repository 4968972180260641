"""A date cell merged down beside a role's rows, holding the start over the end with nothing between them
("10/2024" over "11/2025"), dates the role from the first to the second, not each of its lines with one date."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _merged_dates_cv() -> bytes:
    d = docx.Document()
    d.add_paragraph("Min-jun Park", style="Title")
    d.add_paragraph("min-jun.park@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    table = d.add_table(rows=2, cols=2)
    dates = table.cell(0, 0).merge(table.cell(1, 0))
    dates.paragraphs[0].text = "10/2024"
    dates.add_paragraph("11/2025")
    role = table.cell(0, 1)
    role.paragraphs[0].text = "Pusan National University"
    role.add_paragraph("Research Professor")
    table.cell(1, 1).paragraphs[0].text = "Safe & Clean Supply Chain Research Center"
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("PhD in Computer Science, Pusan National University, 2024")
    return saved(d)


def test_a_start_over_an_end_in_a_merged_date_cell_dates_the_role_from_one_to_the_other() -> None:
    roles = read_outline(_merged_dates_cv()).roles
    assert [(r.start.value, r.end.value) for r in roles] == [("2024-10", "2025-11")]
    assert roles[0].title.value == "Research Professor"
    assert roles[0].employer.value.startswith("Pusan National University")
