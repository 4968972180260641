"""Found by reading made-up sections (not from a corpus file): "Sea Star Charters — Deckhand" and "Blue Water Tours —
Mate", where neither piece holds a word the lists know, were read with the firm as the title (the first piece). A post
is one person's; a name ending in a capitalised noun in the plural is a firm's."""

from __future__ import annotations

from app.documents.cv_head_line import _ends_in_a_plural
from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv

INTERESTS = ("Interests", "Hiking in the hills, reading novels about history and cooking for friends on weekends.")


def _roles(*lines: str) -> list[tuple[str, str]]:
    out = read_outline(section_cv("Experience", *lines, closing=INTERESTS))
    return [(r.title.value, r.employer.value) for r in out.roles]


def test_the_name_ending_in_a_plural_is_the_employer_before_the_post() -> None:
    got = _roles(
        "Sea Star Charters — Deckhand",
        "2015 – 2017",
        "• Kept the deck.",
        "Blue Water Tours — Mate",
        "2017 – present",
        "• Ran the boat.",
    )
    assert got == [("Deckhand", "Sea Star Charters"), ("Mate", "Blue Water Tours")]


def test_the_name_ending_in_a_plural_is_the_employer_in_tab_columns() -> None:
    got = _roles("Sea Star Charters\tDeckhand\t2015 – 2017", "Blue Water Tours\tMate\t2017 – present")
    assert got == [("Deckhand", "Sea Star Charters"), ("Mate", "Blue Water Tours")]


def test_fields_functions_and_single_words_are_no_plural_name() -> None:
    assert _ends_in_a_plural("Blue Water Tours") and _ends_in_a_plural("Hollis Partners")
    assert not _ends_in_a_plural("Logistics")
    assert not _ends_in_a_plural("Human Resources")
    assert not _ends_in_a_plural("Applied Physics")
    assert not _ends_in_a_plural("Tours")
