"""A town followed by its state's or country's code with no comma ("Sydney NSW", "Brisbane QLD", "Auckland NZ") is
a place, as "Cincinnati OH" already was.

Found by reading made-up CVs (not from a corpus file): a contacts text box at the top right of the page ("e-mail",
"+61 412 345 678", "Sydney NSW"), read before the name in the Title style, gave "Sydney NSW" as the seeker's name.
The town-and-code rule took two capitals only, so Australia's three-letter state codes (NSW, VIC, QLD) and a
country's code after a town were no place; the code is now checked against the town's own state or country, as the
comma form is."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import is_place
from tests.docx_build import saved, text_box


def _cv_with_contact_box(box: list[str]) -> bytes:
    d = docx.Document()
    d.add_paragraph()._p.append(  # the box's anchor, first in the body
        text_box(box, (400, 40, 150, 100))
    )
    d.add_paragraph("Mia Kowalczyk", style="Title")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Enrolled Nurse, Harbourside Aged Care, Manly\t2019 – Present")
    d.add_paragraph("Cared for twenty residents on the dementia wing every shift.", style="List Bullet")
    d.add_paragraph("Interests", style="Heading 1")
    d.add_paragraph("I enjoy surfing at dawn, baking sourdough and volunteering at the local animal shelter.")
    return saved(d)


def test_a_town_then_a_three_letter_state_code_is_a_place() -> None:
    assert is_place("Sydney NSW")
    assert is_place("Brisbane QLD")
    assert is_place("Melbourne VIC")


def test_a_town_then_its_countrys_code_is_a_place() -> None:
    assert is_place("Auckland NZ")


def test_a_code_that_is_not_the_towns_own_makes_no_place() -> None:
    assert not is_place("Lagos NSW")  # Lagos is in no country with a state of that code
    assert not is_place("Mia Kowalczyk")


def test_the_town_under_the_contacts_of_a_box_is_not_the_name() -> None:
    box = ["mia.kowalczyk@example.com.au", "+61 412 345 678", "Sydney NSW"]
    outline = read_outline(_cv_with_contact_box(box))
    assert outline.name.value == "Mia Kowalczyk"
    assert outline.contact.emails == ["mia.kowalczyk@example.com.au"]
