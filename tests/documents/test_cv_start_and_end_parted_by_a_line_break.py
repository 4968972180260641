"""Found by reading made-up CVs whose roles open with their dates stacked in one paragraph (not from a corpus file):
the start over the end parted only by a line break (Shift+Enter: "Mar 2019" <BR> "Present" over the title and the
employer), as a narrow column of a Word or Google Docs template writes them, was read as two roles, each dated by
one of the lines and the first with no employer. A start alone and its end alone parted by a line break inside one
paragraph are now one range."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

ROLES = [
    ("Head Chef", "The Anchor Inn, Truro", "Mar 2019", "Present"),
    ("Line Cook", "Harbour Grill, Truro", "Jun 2016", "Feb 2019"),
]


def _stacked_cv() -> bytes:
    d = docx.Document()
    d.add_paragraph("Kai Lindqvist", style="Title")
    d.add_paragraph("kai.lindqvist@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    for title, employer, start, end in ROLES:
        p = d.add_paragraph(start)
        p.add_run().add_break()
        p.add_run(end)
        d.add_paragraph(title)
        d.add_paragraph(employer)
        d.add_paragraph("• Ran the kitchen and ordered stock from local suppliers each week.")
    d.add_paragraph("Interests", style="Heading 1")
    d.add_paragraph("Hiking in the hills, reading novels about history and cooking for friends on weekends.")
    return saved(d)


def test_a_start_over_its_end_parted_by_a_line_break_dates_one_role() -> None:
    out = read_outline(_stacked_cv())
    assert [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles] == [
        ("Head Chef", "The Anchor Inn", "Truro", "2019-03", "present"),
        ("Line Cook", "Harbour Grill", "Truro", "2016-06", "2019-02"),
    ]
