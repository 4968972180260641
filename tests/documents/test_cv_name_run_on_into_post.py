"""A name line that runs on into the seeker's post with no mark, gap or change of look between them ("Siddharth
Rao Primary Teacher") gave no name at all: the whole line read as a post, and no part of it as a name. Where the
e-mail address spells the name's last word, the post begins after it, and the name is read.

Found by reading made-up teachers', nurses', drivers', chefs' and cleaners' CVs (not from a corpus file):
"Siddharth Rao Primary Teacher" over "Leeds, UK | +44 7700 900123 | siddharth.rao@example.org" read no name. With
nothing to tell where the name ends (two words or three, a rank or a qualifier opening the post), the line is not
guessed at: guessing lost more names than it found on the held-out CVs.
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
        ("Siddharth Rao Primary Teacher", "siddharth.rao@example.org", "Siddharth Rao"),
        ("MARIA GONZALEZ REGISTERED NURSE", "mgonzalez@example.org", "MARIA GONZALEZ"),
        ("Aisha Bello Chartered Accountant", "aisha.bello1990@example.org", "Aisha Bello"),
        ("Grace Wanjiru Cleaner", "wanjiru.g@example.org", "Grace Wanjiru"),
        ("Priya Sharma Lecturer in Law", "priya-sharma@example.org", "Priya Sharma"),
        ("Jean-Luc Moreau Chef de Cuisine", "jlmoreau@example.org", "Jean-Luc Moreau"),
        ("Kwame Mensah HGV Driver", "kwame.mensah@example.org", "Kwame Mensah"),
        ("Ana Maria Costa Senior Staff Nurse", "anacosta@example.org", "Ana Maria Costa"),
        ("Maria Elena Lopez Registered Nurse", "maria.lopez@example.org", "Maria Elena Lopez"),
        ("Nguyen Van An Software Engineer", "an.nguyen@example.org", "Nguyen Van An"),
    ],
)
def test_a_name_run_on_into_the_post_is_read_up_to_the_word_the_email_spells(
    line: str, email: str, name: str, style: str | None
) -> None:
    assert read_outline(_cv(line, email, style)).name.value == name


def test_a_name_alone_keeps_all_its_words() -> None:
    assert read_outline(_cv("Mary Ann Okonjo Bello", "mary@example.org", "Title")).name.value == "Mary Ann Okonjo Bello"


@pytest.mark.parametrize(
    ("line", "email"),
    [
        ("Siddharth Rao Primary Teacher", "sr1990@example.org"),
        ("Maria Elena Lopez Registered Nurse", "applications@example.org"),
        ("APAC DevOps Tech Lead", "jordan.tang@example.org"),
    ],
)
def test_a_run_on_line_the_email_does_not_spell_gives_no_guessed_name(line: str, email: str) -> None:
    assert read_outline(_cv(line, email, "Title")).name.value == ""
