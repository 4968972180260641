"""A dates cell merged down over several rows of a table (`w:vMerge`) dates each post in those rows.

Found by reading made-up nurses', cooks' and lawyers' CVs in tables (not from a corpus file): a row "2014 – 2021 |
Charge Nurse | St Luke's Medical Center, Manila" whose dates cell was merged down over the next row "Staff Nurse |
St Luke's Medical Center, Manila" (two posts at one hospital, written once with their whole span) was read as one
role, "Staff Nurse" of 2014 – 2021: the merged row carried no dates, so it was taken as a line of the role above, its
title over the first post's. Word leaves a merged cell's rows empty in the file; the cell shows its text beside each.
"""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import add_rows, saved


def _read(heading: str, rows: list[tuple[str, str, str]], merged: tuple[int, int]) -> list[tuple[str, ...]]:
    d = docx.Document()
    d.add_paragraph("Maria Santos", style="Title")
    d.add_paragraph("maria.santos@example.org")
    d.add_paragraph(heading, style="Heading 1")
    table = add_rows(d, rows)
    table.cell(merged[0], 0).merge(table.cell(merged[1], 0))
    d.add_paragraph("Languages", style="Heading 1")
    d.add_paragraph("English (fluent), Tagalog (native), Spanish (basic conversation and reading)")
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(saved(d)).roles]


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        (
            [("2014 – 2021", "Charge Nurse", "St Luke's Medical Center, Manila"),
             ("", "Staff Nurse", "St Luke's Medical Center, Manila"),
             ("2010 – 2014", "Nurse", "Makati Medical Center, Manila")],
            [("Charge Nurse", "St Luke's Medical Center", "2014", "2021"),
             ("Staff Nurse", "St Luke's Medical Center", "2014", "2021"),
             ("Nurse", "Makati Medical Center", "2010", "2014")],
        ),
        (
            [("03/2016 – heute", "Küchenchef", "Hotel Adlon, Berlin"),
             ("", "Souschef", "Hotel Adlon, Berlin"),
             ("09/2012 – 02/2016", "Koch", "Hotel Sacher, Wien")],
            [("Küchenchef", "Hotel Adlon", "2016-03", "present"),
             ("Souschef", "Hotel Adlon", "2016-03", "present"),
             ("Koch", "Hotel Sacher", "2012-09", "2016-02")],
        ),
        (
            [("Sep 2015 – Aug 2021", "Senior Associate", "Allen & Overy, London"),
             ("", "Associate", "Allen & Overy, London"),
             ("Sep 2013 – Aug 2015", "Trainee Solicitor", "Slaughter and May, London")],
            [("Senior Associate", "Allen & Overy", "2015-09", "2021-08"),
             ("Associate", "Allen & Overy", "2015-09", "2021-08"),
             ("Trainee Solicitor", "Slaughter and May", "2013-09", "2015-08")],
        ),
    ],
)  # fmt: skip
def test_each_post_beside_a_merged_dates_cell_takes_its_dates(
    rows: list[tuple[str, str, str]], want: list[tuple[str, ...]]
) -> None:
    assert _read("Work Experience", rows, (0, 1)) == want
