"""Found by reading made-up CVs with each role's start over its end (not from a corpus file): when the dash or word
that joins a range opens the end's line, "Mar 2019" over "– Present" (a typed dash that Word reads as a bullet)
or over "to Feb 2019" / "until Feb 2019", the section lost every role or read each date as a role of its own;
the same in a date cell of a table ("Jun 2016" <BR> "to Feb 2019") dated a role from Feb 2019 titled "to". A lone
start over a line that opens with the join and holds the end alone is now one range."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

ROLES = [
    ("Head Chef", "The Anchor Inn, Truro", "Mar 2019", "Present"),
    ("Line Cook", "Harbour Grill, Truro", "Jun 2016", "Feb 2019"),
]
WANT = [
    ("Head Chef", "The Anchor Inn", "Truro", "2019-03", "present"),
    ("Line Cook", "Harbour Grill", "Truro", "2016-06", "2019-02"),
]
BULLET = "• Ran the kitchen and ordered stock from local suppliers each week."


def _cv(fill: object) -> bytes:
    d = docx.Document()
    d.add_paragraph("Kai Lindqvist", style="Title")
    d.add_paragraph("kai.lindqvist@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    fill(d)  # type: ignore[operator]
    d.add_paragraph("Interests", style="Heading 1")
    d.add_paragraph("Hiking in the hills, reading novels about history and cooking for friends on weekends.")
    return saved(d)


def _body(join: str, broken: bool) -> bytes:
    def fill(d: docx.document.Document) -> None:
        for title, employer, start, end in ROLES:
            if broken:  # one paragraph, a line break between the start and the end
                p = d.add_paragraph(start)
                p.add_run().add_break()
                p.add_run(f"{join}{end}")
            else:
                d.add_paragraph(start)
                d.add_paragraph(f"{join}{end}")
            d.add_paragraph(title)
            d.add_paragraph(employer)
            d.add_paragraph(BULLET)

    return _cv(fill)


def _table(join: str) -> bytes:
    def fill(d: docx.document.Document) -> None:
        table = d.add_table(rows=0, cols=2)
        for title, employer, start, end in ROLES:
            cells = table.add_row().cells
            cells[0].text = f"{start}\n{join}{end}"
            cells[1].text = title
            cells[1].add_paragraph(employer)
            cells[1].add_paragraph(BULLET)

    return _cv(fill)


def _roles(data: bytes) -> list[tuple[str, str, str, str | None, str | None]]:
    return [
        (r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in read_outline(data).roles
    ]


def test_a_start_over_its_end_after_a_typed_dash_is_one_range() -> None:
    for join in ("– ", "- "):
        assert _roles(_body(join, broken=False)) == WANT
        assert _roles(_body(join, broken=True)) == WANT


def test_a_start_over_to_or_until_and_its_end_is_one_range() -> None:
    for join in ("to ", "until "):
        assert _roles(_body(join, broken=False)) == WANT
        assert _roles(_body(join, broken=True)) == WANT


def test_a_date_cell_with_its_end_opening_with_to_dates_one_role() -> None:
    assert _roles(_table("to ")) == WANT
