"""A hyperlink's target is read as a contact only when the page does not show another address or number on it:
"Email" or an icon leading to the seeker's mailbox gives the address; a typed address left linking to someone
else's mailbox does not."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import add_hyperlink, saved


def _cv(shown: str, target: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Kai Tanaka", style="Title")
    p = d.add_paragraph("Email: kai.tanaka@example.org or ")
    add_hyperlink(p, target, shown)
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("GIS Officer, County Government of Nakuru, 2019 – 2022")
    return saved(d)


def test_a_link_showing_one_address_and_leading_to_another_gives_no_contact() -> None:
    outline = read_outline(_cv("kai.tanaka.example.org", "mailto:lab.manager@example.org"))
    assert outline.contact.emails == ["kai.tanaka@example.org"]


def test_a_link_showing_a_word_gives_the_address_it_leads_to() -> None:
    outline = read_outline(_cv("my second mailbox", "mailto:kai.t@example.net"))
    assert sorted(outline.contact.emails) == ["kai.t@example.net", "kai.tanaka@example.org"]


def test_a_link_showing_a_phone_number_other_than_its_target_gives_no_phone() -> None:
    outline = read_outline(_cv("+254 773 412 143", "tel:+254700000001"))
    assert "254700000001" not in "".join(outline.contact.phones).replace(" ", "").replace("+", "")
