"""A profile (or skills) section that goes on with dated role lines, each naming a post, under a bold heading the
reader cannot name ("My Story", "Track Record") or under none: those lines are roles. A profile whose dated lines name
no post, and an interests section's dated practice lines, stay as they are."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

_ROLES = ("Shift Manager, Northwind Logistics, 2019 – 2023", "Stock Controller, Contoso Retail, 2016 – 2019")


def _cv(heading: str, lines: tuple[str, ...] = _ROLES, first: str = "Profile") -> bytes:
    d = docx.Document()
    d.add_paragraph("Kai Lindqvist", style="Title")
    d.add_paragraph("kai.lindqvist@example.org")
    d.add_paragraph(first, style="Heading 1")
    d.add_paragraph("Operations lead with ten years in logistics and retail, calm under pressure.")
    if heading:
        d.add_paragraph().add_run(heading).bold = True
    for line in lines:
        d.add_paragraph(line)
        d.add_paragraph("Ran the night shift of twelve people and cut losses by a third over two years.")
    d.add_paragraph("Skills", style="Heading 1")
    d.add_paragraph("Forklift licence, Excel, first aid")
    return saved(d)


def _roles(data: bytes) -> list[tuple[str, str, str, str]]:
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]


@pytest.mark.parametrize("heading", ["My Story", "Track Record", ""])
def test_dated_post_lines_past_the_profile_are_roles(heading: str) -> None:
    assert _roles(_cv(heading)) == [
        ("Shift Manager", "Northwind Logistics", "2019", "2023"),
        ("Stock Controller", "Contoso Retail", "2016", "2019"),
    ]


def test_dated_lines_naming_no_post_in_the_profile_are_no_roles() -> None:
    lines = ("Moved to Rotterdam, 2019 – 2023", "Travelled across South America, 2016 – 2019")
    assert _roles(_cv("", lines)) == []


def test_dated_practice_lines_under_interests_are_no_roles() -> None:
    lines = ("2022 – Psychiatrist, Outpatient Practice", "2022 – Psychiatrist, Inpatient Service")
    assert _roles(_cv("", lines, first="Interests")) == []
