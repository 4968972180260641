"""A name line that runs on into the seeker's post with no mark, gap or change of look between them ("Siddharth
Rao Primary Teacher") gave no name at all: the whole line read as a post, and no part of it as a name. A full name
then a post to the line's end is the name: where the post begins is told by the name the e-mail address spells,
else by a rank or a code opening the post ("Senior", "HGV"), else the name is two words (most are).

Found by reading made-up teachers', nurses', drivers', chefs' and cleaners' CVs (not from a corpus file):
"Siddharth Rao Primary Teacher" over "Leeds, UK | +44 7700 900123 | seeker@example.org" read no name.
"""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(line: str, email: str, style: str | None) -> bytes:
    d = docx.Document()
    d.add_paragraph(line, style=style)
    d.add_paragraph(f"Pune, India | +91 98765 43210 | {email}")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Class Teacher, Green Valley School, Pune\tJune 2017 – Present")
    d.add_paragraph("Taught a class of thirty children and ran the school's reading club every week.")
    return saved(d)


@pytest.mark.parametrize("style", ["Title", None])
@pytest.mark.parametrize(
    ("line", "email", "name"),
    [
        ("Siddharth Rao Primary Teacher", "sid@example.org", "Siddharth Rao"),
        ("MARIA GONZALEZ REGISTERED NURSE", "mg@example.org", "MARIA GONZALEZ"),
        ("Aisha Bello Chartered Accountant", "aisha@example.org", "Aisha Bello"),
        ("Grace Wanjiru Cleaner", "gw@example.org", "Grace Wanjiru"),
        ("Priya Sharma Lecturer in Law", "ps@example.org", "Priya Sharma"),
        ("Jean-Luc Moreau Chef de Cuisine", "jl@example.org", "Jean-Luc Moreau"),
        ("Kwame Mensah HGV Driver", "km@example.org", "Kwame Mensah"),
        ("Ana Maria Costa Senior Staff Nurse", "ac@example.org", "Ana Maria Costa"),
        ("Maria Elena Lopez Registered Nurse", "maria.lopez@example.org", "Maria Elena Lopez"),
        ("Nguyen Van An Software Engineer", "an.nguyen@example.org", "Nguyen Van An"),
    ],
)
def test_a_name_run_on_into_the_post_is_read_without_the_post(
    line: str, email: str, name: str, style: str | None
) -> None:
    assert read_outline(_cv(line, email, style)).name.value == name


def test_a_name_alone_keeps_all_its_words() -> None:
    assert read_outline(_cv("Mary Ann Okonjo Bello", "mary@example.org", "Title")).name.value == "Mary Ann Okonjo Bello"
