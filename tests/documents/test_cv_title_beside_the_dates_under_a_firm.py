"""Found by reading made-up one-role sections outside software (not from a corpus file): in the commonest Word
template, a firm and its small town over a post no word list knows and the dates (`Hendricks & Sons<TAB>Portree` over
`Farrier<TAB>2015 – 2019`), the town was read as the title, the piece first found beside the firm. With one piece
naming an organisation, on a line of its own, and no piece naming a post, the piece beside the dates is the title
before one that trails the organisation on its line (there, its place)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv

INTERESTS = ("Interests", "Hiking in the hills, reading novels about history and cooking for friends on weekends.")
DUTY = "• Trained new staff and ordered the week's supplies."


def _roles(*lines: str) -> list[tuple[str, str, str, str | None, str | None]]:
    out = read_outline(section_cv("Experience", *lines, closing=INTERESTS))
    return [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]


def test_the_post_opening_the_dated_line_is_the_title_not_the_firms_town() -> None:
    assert _roles("Hendricks & Sons\tPortree", "Farrier\t2015 – 2019", DUTY) == [
        ("Farrier", "Hendricks & Sons", "Portree", "2015", "2019")
    ]
