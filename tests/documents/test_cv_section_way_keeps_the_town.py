"""Found by reading made-up two-role sections outside software (not from a corpus file): in the commonest Word
template, the employer and its town over the title and the dates (`Sea Star Kayak<TAB>Kaikoura` over
`Deckhand<TAB>2014 – 2019`), a role whose post no word list knows was read on its own as the name, the town and a
place `Deckhand`; the section's way (its sure first role) then put the title and employer right but left the post as
the place too. When the section's way takes the place for the title or the employer, the one piece of the role's own
reading it leaves over is the place."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

INTERESTS = ("Interests", "Hiking in the hills, reading novels about history and cooking for friends on weekends.")


def _template_cv(*roles: tuple[str, str, str, str]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Kai Lindqvist", style="Title")
    d.add_paragraph("kai.lindqvist@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    for employer, town, title, dates in roles:
        head = d.add_paragraph()
        head.add_run(employer).bold = True
        head.add_run(f"\t{town}")
        post = d.add_paragraph()
        post.add_run(title).italic = True
        post.add_run(f"\t{dates}")
        d.add_paragraph("Trained new staff and ordered the week's supplies.", style="List Bullet")
    d.add_paragraph(INTERESTS[0], style="Heading 1")
    d.add_paragraph(INTERESTS[1])
    return saved(d)


def test_the_town_stays_the_place_when_the_section_reads_an_unknown_post() -> None:
    cv = _template_cv(
        ("Harbour Lights", "Portree", "Sous Chef", "2019 – Present"),
        ("Glenbuck", "Hawick", "Shepherd", "2014 – 2019"),
    )
    got = [(r.title.value, r.employer.value, r.place.value) for r in read_outline(cv).roles]
    assert got == [("Sous Chef", "Harbour Lights", "Portree"), ("Shepherd", "Glenbuck", "Hawick")]
