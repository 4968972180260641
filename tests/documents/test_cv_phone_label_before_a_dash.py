"""A phone label parted from its number by a dash ("Mobile – 7547451534") labels a phone as a colon does; a bare
run of ten digits with no label stays unread (a student number, a postcode)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from app.documents.text import phone_digits
from tests.docx_build import docx_bytes

ROLE = [
    ("Experience", "Heading 1"),
    ("Sales Intern, Northwind Retail\t\t2022 – 2023", None),
    ("Helped customers choose phones.", "List Bullet"),
]


def _phones(*top: str) -> list[str]:
    data = docx_bytes(("Noa Lindqvist", "Title"), *((t, None) for t in top), *ROLE)
    return sorted(phone_digits(p) for p in read_outline(data).contact.phones)


def test_a_dash_after_the_phone_label_parts_it_from_the_number() -> None:
    assert _phones("(21104573)", "Mobile – 7547451534", "Email – noa.lindqvist@example.org") == ["7547451534"]
    assert _phones("Phone - 7547451534", "noa.lindqvist@example.org") == ["7547451534"]


def test_a_run_of_digits_with_no_label_is_no_phone() -> None:
    assert _phones("Student no. 7547451534", "noa.lindqvist@example.org") == []
