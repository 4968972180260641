"""A unit written after the title's comma ("Teaching Assistant, Department of Chemistry," over "Universidad de
Chile"; "Research Collaborator, Perception Team at Halvorsen Data") names where in the employer the seeker worked,
not the post: the title is the post alone and the employer the organisation. A comma before anything but a unit
("Software Engineer, Payments Infrastructure") stays in the title."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _first_role(lines: list[str]) -> tuple[str, str]:
    d = docx.Document()
    d.add_paragraph("Tomás Ilabaca", style="Title")
    d.add_paragraph("Santiago, Chile   tomas.ilabaca@example.org   +56 9 5555 0182")
    d.add_paragraph("Experience", style="Heading 1")
    for line in lines:
        d.add_paragraph(line)
    d.add_paragraph("Ran the weekly problem sessions for ninety students.", style="List Bullet")
    d.add_paragraph("Analyst, Corvel Group, Leeds        2015 – 2017")
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("BSc Chemistry, Universidad de Chile, 2015")
    role = read_outline(saved(d)).roles[0]
    return role.title.value, role.employer.value


@pytest.mark.parametrize(
    ("post", "unit", "employer"),
    [
        ("Teaching Assistant", "Department of Chemistry", "Universidad de Chile"),
        ("Graduate Student Representative", "School of Earth Sciences", "University of Bristol"),
    ],
)
def test_a_unit_after_the_titles_comma_is_no_part_of_the_title(post: str, unit: str, employer: str) -> None:
    assert _first_role([f"\t2013-2015\t{post}, {unit},", f"\t\t\t\t{employer}"]) == (post, employer)


def test_a_unit_before_at_the_employer_is_no_part_of_the_title() -> None:
    line = "Research Collaborator, Perception Team at Halvorsen Data, Oslo        Oct 2025 – Present"
    assert _first_role([line]) == ("Research Collaborator", "Halvorsen Data")


def test_a_comma_before_anything_but_a_unit_keeps_the_title_whole() -> None:
    lines = ["\t2013-2015\tSoftware Engineer, Payments Infrastructure,", "\t\t\t\tHalvorsen Data"]
    assert _first_role(lines) == ("Software Engineer, Payments Infrastructure", "Halvorsen Data")
