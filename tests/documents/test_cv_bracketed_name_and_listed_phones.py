"""A name left in a template's square brackets ("[Rene Tanaka]") is the seeker's name; a second number listed after
a phone with a comma ("(+91) 8655141482, 7365004616") is a second phone, while a number after a street is not."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from app.documents.text import phone_digits
from tests.docx_build import docx_bytes

ROLE = [
    ("Experience", "Heading 1"),
    ("Purchasing Manager, ABC Supply\tAug 2017 – Present", None),
    ("Education", "Heading 1"),
    ("BSc Business, Ball State University, 2015", None),
]


def test_a_name_in_a_templates_square_brackets_is_the_name() -> None:
    data = docx_bytes(("[Rene Tanaka]", "Title"), ("Orlando, FL | rene.tanaka@example.org", None), *ROLE)
    assert read_outline(data).name.value.strip("[]") == "Rene Tanaka"


def test_a_number_a_comma_lists_after_a_phone_is_a_second_phone() -> None:
    data = docx_bytes(
        ("Robin Moreau", "Title"), ("(+91) 8655141482, 7365004616", None), ("robin.moreau@example.org", None), *ROLE
    )
    got = {phone_digits(p) for p in read_outline(data).contact.phones}
    assert got == {"918655141482", "7365004616"}


def test_a_number_after_a_street_and_a_comma_is_no_phone() -> None:
    data = docx_bytes(
        ("Robin Moreau", "Title"),
        ("12 Example Lane, 1731783685", None),
        ("+91 86551 41482 | robin.moreau@example.org", None),
        *ROLE,
    )
    got = {phone_digits(p) for p in read_outline(data).contact.phones}
    assert got == {"918655141482"}


def test_a_line_of_only_an_address_and_a_phone_under_the_last_role_gives_the_seekers_phone() -> None:
    data = docx_bytes(
        ("Camille Tanaka", "Title"),
        ("Software engineer of 13 years' experience.", None),
        *ROLE,
        ("Corporate Experience", "Heading 1"),
        ("Senior Java Developer for British Telecom, 2012 – 2013", None),
        ("camille.tanaka@example.org • +44 (0)8438 487405", None),
    )
    outline = read_outline(data)
    assert {phone_digits(p) for p in outline.contact.phones} == {"4408438487405"}


def test_a_phone_beside_words_under_a_role_stays_the_employers() -> None:
    data = docx_bytes(
        ("Camille Tanaka", "Title"),
        ("camille.tanaka@example.org", None),
        *ROLE,
        ("Corporate Experience", "Heading 1"),
        ("Senior Java Developer for British Telecom, 2012 – 2013", None),
        ("Helpdesk office: helpdesk@example.com • +44 (0)8438 487405", None),
    )
    assert read_outline(data).contact.phones == []
