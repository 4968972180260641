"""How a post was held, written in brackets before where ("(Remote Employee) Redmond, WA", "(Contract) Leeds, UK"),
is no title: the line is the role's place, and the title is the post's own line."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _roles(place_line: str) -> list[tuple[str, str, str]]:
    d = docx.Document()
    d.add_paragraph("Jesse Marlowe")
    d.add_paragraph("Hamilton, NJ · jesse.marlowe@example.org · (609) 555-0172")
    d.add_paragraph("Experience", style="Heading 1")
    for employer, dates, title in (
        ("Mimeo", "April 2016 – September 2017", "Principal Software Engineering Lead"),
        ("Harte-Hanks Direct", "January 2008 – October 2008", "Systems Architect"),
    ):
        d.add_paragraph(employer)
        d.add_paragraph(dates)
        d.add_paragraph(title)
        d.add_paragraph(place_line)
        d.add_paragraph("Led a distributed team of ten engineers and managers.", style="List Bullet")
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("B.S. Computer Science, Rutgers University, 1998")
    return [(r.title.value, r.employer.value, r.place.value) for r in read_outline(saved(d)).roles]


@pytest.mark.parametrize(
    ("line", "place"),
    [("(Remote Employee) Redmond, WA", "Redmond, WA"), ("(Contract) Leeds, UK", "Leeds, UK")],
)
def test_an_arrangement_in_brackets_before_the_place_is_no_title(line: str, place: str) -> None:
    assert _roles(line) == [
        ("Principal Software Engineering Lead", "Mimeo", place),
        ("Systems Architect", "Harte-Hanks Direct", place),
    ]
