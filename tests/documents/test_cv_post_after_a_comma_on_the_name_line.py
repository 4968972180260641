"""The seeker's post written after their name and a comma on the name line ("Sarah Connor, Registered Nurse",
"Kwame Mensah, Electrician") leaves the name.

Found by reading made-up CVs (not from a corpus file): a name line "Tomasz Nowak, Primary School Teacher" in the
Title style gave no name at all. A comma in the name's piece was read only as a list of credentials ("Jane Doe,
PhD") or else as an address ("Koura District, Irbid, Jordan"); a full name before the comma and a post after it is
now the name. "Houston, TX" stays a place and "Doe, Jane" stays a name written family name first."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import bold_or_plain_sized, docx_bytes

BODY = [
    ("Experience", "Heading 1"),
    ("Site Electrician, Volta Works, Kumasi\t2017 – Present", None),
    ("Wired and tested new classrooms for three district schools.", "List Bullet"),
    ("Interests", "Heading 1"),
    ("I enjoy football on Saturdays, repairing old radios and teaching my nephews to cook.", None),
]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Sarah Connor, Registered Nurse", "Sarah Connor"),
        ("Tomasz Nowak, Primary School Teacher", "Tomasz Nowak"),
        ("Liam Walsh, Chef de Partie", "Liam Walsh"),
        ("Kwame Mensah, Electrician", "Kwame Mensah"),
    ],
)
def test_a_post_after_a_comma_is_not_part_of_the_name(line: str, name: str) -> None:
    data = docx_bytes((line, "Title"), ("someone@example.org", None), *BODY)
    assert read_outline(data).name.value == name


def test_a_post_after_a_comma_in_big_bold_letters_is_not_part_of_the_name() -> None:
    data = bold_or_plain_sized(
        ("Hamish Grant, Farm Manager", True, 18),
        ("hamish.grant@example.org", False, 11),
        ("Experience", True, 14),
        ("Farm Manager, Glenview Farm, Oban\t2015 – Present", False, 11),
        ("Ran a flock of nine hundred ewes and sixty suckler cows with two staff.", False, 11),
    )
    assert read_outline(data).name.value == "Hamish Grant"


def test_a_name_written_family_name_first_keeps_its_given_name() -> None:
    data = docx_bytes(("Mensah, Kwame", "Title"), ("kwame.mensah@example.org", None), *BODY)
    assert read_outline(data).name.value == "Mensah, Kwame"
