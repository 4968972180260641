"""An e-mail address broken before its "@" into two paragraphs is the address the two spell; a references section
that names nobody ("references on request" over the seeker's own address block) holds the seeker's contacts when no
other part of the CV has any, while one that names a referee keeps the referee's out."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _contact(*tail: tuple[str, str | None]) -> tuple[list[str], list[str]]:
    data = docx_bytes(
        ("Mattias Gustafsson", "Title"),
        ("Arbetslivserfarenhet", "Heading 1"),
        ("2013-2024\tSkogsmaskinsförare, Sjölanders Skogsentreprenad AB", None),
        ("Referenser", "Heading 1"),
        *tail,
    )
    outline = read_outline(data)
    return outline.contact.emails, outline.contact.phones


def test_an_address_broken_before_the_at_sign_is_read_whole_where_no_referee_is_named() -> None:
    emails, phones = _contact(
        ("Jag har referenser från mitt arbetsliv som jag kan dela med mig.", None),
        ("Bergsvägen 14", None),
        ("097-809 11 15", None),
        ("mattias.gustafsson", None),
        ("@example.org", None),
    )
    assert emails == ["mattias.gustafsson@example.org"]
    assert phones == ["097-809 11 15"]


def test_a_named_referees_contacts_stay_out() -> None:
    emails, phones = _contact(
        ("Johan Lindberg, arbetsledare", None),
        ("070-123 45 67", None),
        ("johan.lindberg@example.org", None),
    )
    assert emails == [] and phones == []
