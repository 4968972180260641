"""Found by reading made-up one-role sections outside software (not from a corpus file): in the commonest Word
template, the employer's line with its town in a tab stop over the title's line with the dates (`Harbour
Lights<TAB>Portree` over `Sous Chef<TAB>2019 – Present`), and in `Fishmonger | Hendricks & Sons | Grimsby | 2015 –
2019`, a town too small to be known by name was dropped: the role's three pieces were read as title and employer and
the third was lost. The third piece set apart after the employer, a few capitalised words naming no post and no
organisation, is now the role's place."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved, section_cv

INTERESTS = ("Interests", "Hiking in the hills, reading novels about history and cooking for friends on weekends.")
DUTY = "• Trained new staff and ordered the week's supplies."


def _roles(*lines: str) -> list[tuple[str, str, str, str | None, str | None]]:
    out = read_outline(section_cv("Experience", *lines, closing=INTERESTS))
    return [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]


def test_a_small_town_in_the_employers_tab_stop_is_the_place() -> None:
    assert _roles("Harbour Lights\tPortree", "Sous Chef\t2019 – Present", DUTY) == [
        ("Sous Chef", "Harbour Lights", "Portree", "2019", "present")
    ]
    assert _roles("Glenmore Primary School\tAviemore", "Classroom Assistant\t2016 – 2019", DUTY) == [
        ("Classroom Assistant", "Glenmore Primary School", "Aviemore", "2016", "2019")
    ]


def test_each_role_keeps_its_own_small_town() -> None:
    lines = ("Harbour Lights\tPortree", "Sous Chef\t2019 – Present", DUTY, "The Anchor\tMevagissey")
    assert _roles(*lines, "Line Cook\t2014 – 2019", DUTY) == [
        ("Sous Chef", "Harbour Lights", "Portree", "2019", "present"),
        ("Line Cook", "The Anchor", "Mevagissey", "2014", "2019"),
    ]


def test_the_template_in_bold_and_italic_keeps_the_small_town() -> None:
    d = docx.Document()
    d.add_paragraph("Kai Lindqvist", style="Title")
    d.add_paragraph("kai.lindqvist@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    head = d.add_paragraph()
    head.add_run("Clackmannanshire Council").bold = True
    head.add_run("\tAlloa")
    post = d.add_paragraph()
    post.add_run("Caseworker").italic = True
    post.add_run("\t2012 – 2018")
    d.add_paragraph("Trained new staff and ordered the week's supplies.", style="List Bullet")
    d.add_paragraph(INTERESTS[0], style="Heading 1")
    d.add_paragraph(INTERESTS[1])
    role = read_outline(saved(d)).roles[0]
    assert (role.title.value, role.employer.value, role.place.value) == (
        "Caseworker",
        "Clackmannanshire Council",
        "Alloa",
    )


def test_a_small_town_after_the_employer_between_pipes_is_the_place() -> None:
    assert _roles("Fishmonger | Hendricks & Sons | Grimsby | 2015 – 2019", DUTY) == [
        ("Fishmonger", "Hendricks & Sons", "Grimsby", "2015", "2019")
    ]


def test_a_small_town_beside_the_dates_under_the_employer_is_the_place() -> None:
    assert _roles("Farrier – Hendricks & Sons", "2016 – 2019 | Tralee", DUTY) == [
        ("Farrier", "Hendricks & Sons", "Tralee", "2016", "2019")
    ]
