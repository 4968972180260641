"""Role blocks laid out unlike the CVs the reader was first built on (the licensed corpus's third round): a
dates line that names the employer over a title line with a note after a slash, a table whose dates stand in
cells of their own."""

from __future__ import annotations

from app.documents.cv_outline import RoleOutline
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _roles(*block: str) -> list[RoleOutline]:
    outline = read_outline(
        docx_bytes(
            ("Alex Moreno", "Title"),
            ("alex.moreno@example.org", None),
            ("Experience", "Heading 1"),
            *((line, None) for line in block),
            ("Education", "Heading 1"),
            ("BSc Economics, University of Leeds, 2015", None),
        )
    )
    return outline.roles


def test_a_lower_case_note_after_a_slash_leaves_the_employer_on_the_dates_line() -> None:
    roles = _roles("July 2012 - August 2012 - Brightsoft", "Android Developer / Summer internship", "Built apps.")
    assert len(roles) == 1
    assert roles[0].employer.value == "Brightsoft"
    assert roles[0].place.value == ""
    assert roles[0].title.value.startswith("Android Developer")


def test_a_short_name_beside_the_dates_is_the_place_when_the_title_line_names_the_employer() -> None:
    roles = _roles("Marketing Manager / Globex Foods", "Lyon | 2018 - 2021", "Ran the campaigns.")
    assert len(roles) == 1
    assert (roles[0].title.value, roles[0].employer.value, roles[0].place.value) == (
        "Marketing Manager",
        "Globex Foods",
        "Lyon",
    )
