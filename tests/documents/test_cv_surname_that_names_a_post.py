"""A seeker whose family name is also a post's noun ("Samantha Cook", "Chris Porter", "Lucy Dean", "Grace
Carpenter", "Lucía Panadero") had no name read: the line named a post, so it was no name. When the seeker's e-mail
address spells that word, it is the name's word, and the line is the name.

Found by reading made-up CVs of cooks, porters, joiners and carers in the UK and Spain (not from a corpus file):
"Grace Carpenter" over "Leeds | 07700 900123 | grace.carpenter@example.org" read no name.
"""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(name: str, email: str, where: str, above: str = "") -> bytes:
    """The name in the page header, a table's cell, the Title style or a plain paragraph, the contact line under it."""
    d = docx.Document()
    if above:
        d.add_paragraph(above)
    if where == "header":
        d.sections[0].header.paragraphs[0].add_run(name)
    elif where == "table":
        d.add_table(rows=1, cols=1).rows[0].cells[0].paragraphs[0].add_run(name)
    else:
        d.add_paragraph(name, style="Title" if where == "title" else None)
    d.add_paragraph(f"Leeds | 07700 900123 | {email}")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Kitchen Porter, The Anchor Inn, Leeds\tMay 2018 – Present")
    d.add_paragraph("Washed up, kept the kitchen clean and helped the chefs with the vegetables.")
    return saved(d)


@pytest.mark.parametrize("where", ["header", "table", "title", "plain"])
@pytest.mark.parametrize(
    ("name", "email"),
    [
        ("Grace Carpenter", "grace.carpenter@example.org"),
        ("Chris Porter", "cporter@example.org"),
        ("Samantha Cook", "sam.cook@example.org"),
        ("Lucy Dean", "lucydean@example.org"),
        ("Rachel Judge", "rjudge@example.org"),
        ("Jack Painter", "jack.painter@example.org"),
        ("Lucía Panadero", "lucia.panadero@example.es"),
        ("Hannah Steward", "h.steward@example.org"),
    ],
)
def test_a_surname_naming_a_post_is_the_name_when_the_address_spells_it(name: str, email: str, where: str) -> None:
    assert read_outline(_cv(name, email, where)).name.value == name


@pytest.mark.parametrize("where", ["title", "plain"])
def test_a_post_over_the_name_stays_no_name_when_the_address_spells_the_name_only(where: str) -> None:
    """ "Head Chef" over "Ian Brodie" with ian.brodie@: the address spells the name, not the post."""
    assert (
        read_outline(_cv("Ian Brodie", "ian.brodie@example.org", where, above="Head Chef")).name.value == "Ian Brodie"
    )
