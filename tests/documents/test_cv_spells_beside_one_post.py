"""A table row whose side cell holds two spells or more beside one post ("Jan 2015-Jul 2015", "Sep 2013-Sep 2014",
"Jul 2011-Jul 2012" beside "Research Assistant, Stanford University, Stanford, CA" and its description): each spell
is a role with that post's title and employer, whether blank paragraphs space the spells or not."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

_POST = "Research Assistant, Department of Applied Physics – Stanford University, Stanford, CA"
_DESCRIPTION = [
    "My duties included the following:",
    "Built the cryostat controller for the group.",
    "Measured the samples for the thesis work of two students.",
    "Wrote and kept the analysis code used for 20 of the 30 papers of the group.",
]


def _cell(cell: docx.table._Cell, paragraphs: list[str]) -> None:
    cell.paragraphs[0].text = paragraphs[0]
    for text in paragraphs[1:]:
        cell.add_paragraph(text)


def _cv(spells: list[str]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Elena Petrova", style="Title")
    d.add_paragraph("elena.petrova@example.org")
    d.add_paragraph("RESEARCH EXPERIENCE")
    table = d.add_table(rows=2, cols=2)
    _cell(table.cell(0, 0), ["Dec 2016-May 2017"])
    _cell(table.cell(0, 1), ["Lab Technician, Northwind Labs, Austin, TX", "Ran the X-ray diffraction line."])
    _cell(table.cell(1, 0), spells)
    _cell(table.cell(1, 1), [_POST, *_DESCRIPTION])
    d.add_paragraph("EDUCATION")
    d.add_paragraph("PhD Physics, Rice University, 2017 – 2022")
    return saved(d)


@pytest.mark.parametrize(
    "spells",
    [
        ["", "", "", "Jan 2015-Jul 2015", "", "", "Sep 2013-Sep 2014", "", "Jul 2011-Jul 2012"],
        ["Jan 2015-Jul 2015", "Sep 2013-Sep 2014", "Jul 2011-Jul 2012"],
    ],
)
def test_each_spell_beside_one_post_is_a_role_of_that_post(spells: list[str]) -> None:
    roles = read_outline(_cv(spells)).roles
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles] == [
        ("Lab Technician", "Northwind Labs", "2016-12", "2017-05"),
        ("Research Assistant", "Department of Applied Physics – Stanford University", "2015-01", "2015-07"),
        ("Research Assistant", "Department of Applied Physics – Stanford University", "2013-09", "2014-09"),
        ("Research Assistant", "Department of Applied Physics – Stanford University", "2011-07", "2012-07"),
    ]
