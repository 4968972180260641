"""Found by reading made-up sections in a common US layout (not from a corpus file): "Sea Star Charters, Key West, FL"
over "Deckhand, June 2015 – May 2017". Neither piece holds a word the lists know, and the first was read as the
title. A place trails its employer, so where nothing else says, the piece on the place's line is the employer."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv

INTERESTS = ("Interests", "Hiking in the hills, reading novels about history and cooking for friends on weekends.")


def _first_role(*lines: str) -> tuple[str, str, str]:
    out = read_outline(section_cv("Experience", *lines, "• Kept the deck and the lines in order.", closing=INTERESTS))
    r = out.roles[0]
    return r.title.value, r.employer.value, r.place.value


def test_the_piece_on_the_places_line_is_the_employer_over_the_title_line() -> None:
    got = _first_role("Sea Star Charters, Key West, FL", "Deckhand, June 2015 – May 2017")
    assert got == ("Deckhand", "Sea Star Charters", "Key West, FL")


def test_the_piece_on_the_places_line_is_the_employer_under_the_title_line() -> None:
    got = _first_role("Deckhand, June 2015 – May 2017", "Sea Star Charters, Key West, FL")
    assert got == ("Deckhand", "Sea Star Charters", "Key West, FL")


def test_a_known_post_still_decides_before_the_place() -> None:
    got = _first_role("Lifeguard, Key West, FL", "Sea Star Charters, June 2015 – May 2017")
    assert got[:2] == ("Lifeguard", "Sea Star Charters")
