"""Found by reading made-up one-role sections outside software (not from a corpus file): in the Google Docs
templates' `Company, Location — Job Title` over `MONTH 20XX - PRESENT`, a post no word list knows and an employer with
no organisation's word (`Sea Star Kayak, Kaikoura — Deckhand`, `Riverside, Dubbo — Caseworker`) were read the wrong
way round, the first piece taken for the title. Of two pieces that nothing else tells apart, the one written with a
town after its comma is the employer: a place trails its employer, and a post is seldom written with a town."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv

INTERESTS = ("Interests", "Hiking in the hills, reading novels about history and cooking for friends on weekends.")
DUTY = "• Trained new staff and ordered the week's supplies."


def _roles(*lines: str) -> list[tuple[str, str, str, str | None, str | None]]:
    out = read_outline(section_cv("Experience", *lines, closing=INTERESTS))
    return [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]


def test_the_name_written_with_its_town_is_the_employer_before_an_unknown_post() -> None:
    assert _roles("Sea Star Kayak, Kaikoura — Deckhand", "March 2016 - Present", DUTY) == [
        ("Deckhand", "Sea Star Kayak", "Kaikoura", "2016-03", "present")
    ]
    assert _roles("Riverside, Dubbo — Caseworker", "March 2016 - Present", DUTY) == [
        ("Caseworker", "Riverside", "Dubbo", "2016-03", "present")
    ]
