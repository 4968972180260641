"""A monogram at the top of the page spells the seeker's initials: Word's initials résumé template sets "LP" in its
sidebar, over the skills, and the name "Logan Pryce" only further on, in the main column (from a tune file of the
corpus, whose name was read as nothing)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes

SIDEBAR = [
    ("Objective", "Heading 3"),
    ("Seeking a role where I can use my degree in information systems.", None),
    ("Skills", "Heading 3"),
    ("Leadership", "List Bullet"),
    ("Scrum Methodology", "List Bullet"),
]
MAIN = [
    ("Experience", "Heading 3"),
    ("Database Developer • Interject Data Systems • May 2016 – Present", "Heading 4"),
    ("Built demos that shortened onboarding for new clients.", None),
]


def test_the_line_whose_initials_the_monogram_spells_is_the_name() -> None:
    data = docx_bytes(("LP", None), *SIDEBAR, ("Logan Pryce", "Heading 1"), *MAIN)
    assert read_outline(data).name.value == "Logan Pryce"


def test_a_referee_with_the_same_initials_is_not_taken_for_the_seeker() -> None:
    referees = [("References", "Heading 3"), ("Lena Park", None), ("lena.park@example.org", None)]
    data = docx_bytes(("LP", None), *SIDEBAR, *MAIN, *referees)
    assert read_outline(data).name.value != "Lena Park"


def test_cv_in_capitals_at_the_top_is_no_monogram() -> None:
    referees = [("References", "Heading 3"), ("Carl Vance", None), ("carl.vance@example.org", None)]
    data = docx_bytes(("CV", None), *SIDEBAR, *MAIN, *referees)
    assert read_outline(data).name.value != "Carl Vance"
