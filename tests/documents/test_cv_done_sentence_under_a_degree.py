"""A sentence of what happened under a degree's dated line ("Voted SIM Club President.") names an honour, not a post
held; a post's own line among the degrees still is one."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _roles(*education: str) -> list[tuple[str, str]]:
    data = docx_bytes(
        ("Logan Pryce", "Title"),
        ("logan.pryce@example.org", None),
        ("Experience", "Heading 1"),
        ("Database Developer • Interject Data Systems • May 2016 – Present", None),
        ("Built demos for potential clients.", None),
        ("Education", "Heading 1"),
        *((line, None) for line in education),
    )
    return [(r.title.value, r.employer.value) for r in read_outline(data).roles]


def test_a_sentence_of_what_happened_under_a_degree_is_no_role() -> None:
    got = _roles(
        "Management Information Systems • May 2019 • WSU",
        "Voted SIM Club President.",
        "Completed all classes in excellent standing.",
    )
    assert got == [("Database Developer", "Interject Data Systems")]
