"""Found by reading made-up one-role sections outside software (not from a corpus file): posts written as one word,
a thing worked on then the one who works it (`Caseworker`, `Deckhand`, `Greenkeeper`, `Childminder`, `Boilermaker`,
`Fishmonger`), are in no word list, so beside an employer with no organisation's word (`Sea Star Kayak | Deckhand |
2015 – 2019`, `Riverside<TAB>2015 – 2019` over `Caseworker`) the employer was read as the title. A closed compound
ending in such a last word ("worker", "keeper", "hand", "minder", "maker", "monger") after a word of three letters or
more names a post; endings that end as many surnames ("-man", "-smith", "-wright", "-herd") are left out."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import role_score
from tests.docx_build import section_cv

INTERESTS = ("Interests", "Hiking in the hills, reading novels about history and cooking for friends on weekends.")
DUTY = "• Trained new staff and ordered the week's supplies."


def _roles(*lines: str) -> list[tuple[str, str, str, str | None, str | None]]:
    out = read_outline(section_cv("Experience", *lines, closing=INTERESTS))
    return [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]


def test_a_post_written_as_one_compound_word_names_a_post() -> None:
    for word in ("Caseworker", "Deckhand", "Greenkeeper", "Stagehand", "Childminder", "Boilermaker", "Fishmonger"):
        assert role_score(word) >= 1, word
    # surnames end so: not read as posts
    for name in ("Friedman", "Goldsmith", "Cartwright", "Shepherd"):
        assert role_score(name) == 0, name


def test_the_one_word_post_is_the_title_after_the_employer() -> None:
    assert _roles("Sea Star Kayak | Deckhand | 2015 – 2019", DUTY) == [
        ("Deckhand", "Sea Star Kayak", "", "2015", "2019")
    ]
    assert _roles("Royal Dornoch | Greenkeeper | 2015 – 2019", DUTY) == [
        ("Greenkeeper", "Royal Dornoch", "", "2015", "2019")
    ]


def test_the_one_word_post_under_the_employers_dated_line_is_the_title() -> None:
    assert _roles("Riverside\t2015 – 2019", "Caseworker", DUTY) == [("Caseworker", "Riverside", "", "2015", "2019")]
