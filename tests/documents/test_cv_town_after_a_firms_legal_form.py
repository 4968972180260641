"""Found by reading made-up one-role sections outside software (not from a corpus file): a firm named with its legal
form, then its town after a comma (`Trainee Solicitor, Doyle Brennan LLP, Limerick<TAB>Sep 2017 – Aug 2019`), kept the
town in the employer: the guard for a legal form written after a comma (`Zred Automatización, S.L.`) took the whole
name's form for the tail's. The tail is the legal form only when the name before it ends in none."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv

INTERESTS = ("Interests", "Hiking in the hills, reading novels about history and cooking for friends on weekends.")
DUTY = "• Drafted contracts and prepared bundles for hearings."


def _roles(*lines: str) -> list[tuple[str, str, str, str | None, str | None]]:
    out = read_outline(section_cv("Experience", *lines, closing=INTERESTS))
    return [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]


def test_the_town_after_a_firms_legal_form_is_the_place() -> None:
    assert _roles("Trainee Solicitor, Doyle Brennan LLP, Limerick\tSep 2017 – Aug 2019", DUTY) == [
        ("Trainee Solicitor", "Doyle Brennan LLP", "Limerick", "2017-09", "2019-08")
    ]
