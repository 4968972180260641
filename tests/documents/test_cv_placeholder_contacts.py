"""An unfilled template's contact line ("your.email@example.com | +251-9XX-XXX-XXX") left beside the seeker's own
is no contact of the seeker's (from the twenty-ninth stop's tune files: an Addis Ababa CV that kept its template's
second contact line)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes

ROLE = [
    ("Experience", "Heading 1"),
    ("Support Engineer, Sitel Group\t\t2014 – 2018", None),
    ("Gave remote support to mobile phone customers.", "List Bullet"),
]


def _emails(*top: str) -> list[str]:
    data = docx_bytes(("Dawit Alemu", "Title"), *((t, None) for t in top), *ROLE)
    return read_outline(data).contact.emails


def test_a_templates_your_email_address_is_no_contact() -> None:
    emails = _emails("Addis Ababa | dawit.alemu@example.org", "Addis Ababa | your.email@example.com | +251-9XX-XXX")
    assert emails == ["dawit.alemu@example.org"]


def test_generic_placeholder_addresses_at_placeholder_domains_are_no_contact() -> None:
    for placeholder in ("name@domain.com", "email@example.com", "firstname.lastname@example.com", "you@example.org"):
        assert _emails("dawit.alemu@example.org", f"Email: {placeholder}") == ["dawit.alemu@example.org"], placeholder


def test_a_real_address_that_starts_like_a_placeholder_is_kept() -> None:
    assert _emails("Email: youri.alemu@example.org") == ["youri.alemu@example.org"]
    assert _emails("Email: name@alemu-studio.com") == ["name@alemu-studio.com"]


def _phones(*top: str) -> list[str]:
    data = docx_bytes(("Robin Tanaka", "Title"), *((t, None) for t in top), *ROLE)
    return read_outline(data).contact.phones


def test_a_templates_counted_up_phone_number_is_no_phone() -> None:
    assert _phones("robin.tanaka@example.org | 123-456-7890 | Hickory, NC") == []
    assert _phones("robin.tanaka@example.org | (123) 456-7890") == []


def test_a_real_number_holding_a_run_of_digits_is_kept() -> None:
    assert _phones("robin.tanaka@example.org | +62 812 3456 7890") == ["+62 812 3456 7890"]
    assert _phones("robin.tanaka@example.org", "Mobile: 12 34 56 78") == ["12 34 56 78"]  # eight digits, Danish
