"""The seeker's phones as CVs from Colombia, Mali and the USA list them (2026-12-02, eighth corpus round): several
numbers on one line, an identity number beside them, and referees' numbers that are not the seeker's."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from app.documents.text import find_phones, phone_digits
from tests.docx_build import docx_bytes

ROLE = [
    ("Experience", "Heading 1"),
    ("Support Engineer, Sitel Group\t\t2014 – 2018", None),
    ("Gave remote support to mobile phone customers.", "List Bullet"),
]


def _phones(*top: str, tail: tuple[tuple[str, str | None], ...] = ()) -> list[str]:
    data = docx_bytes(("Wilmer Castaño", "Title"), *((t, None) for t in top), *ROLE, *tail)
    return sorted(phone_digits(p) for p in read_outline(data).contact.phones)


def test_numbers_listed_with_dashes_are_each_a_phone() -> None:
    assert find_phones("Cel. 3952764576 – 3275121415 -8231461") == ["3952764576", "3275121415", "8231461"]
    assert _phones("wilmer.c@example.org", "Cel. 3952764576 – 3275121415 -8231461") == [
        "3275121415",
        "3952764576",
        "8231461",
    ]


def test_a_run_of_years_is_no_list_of_phones() -> None:
    assert find_phones("2019 - 2020 - 2021 - 2022 - 2023") == []


def test_an_identity_number_after_its_initials_is_no_phone() -> None:
    assert _phones("wilmer.c@example.org", "Cel. 3952764576", "C.C. 1098473615") == ["3952764576"]


def test_a_local_number_after_a_slash_is_a_second_phone() -> None:
    assert _phones("Cell : (00223) 75 14 39 50 / 93 09 37 26.", "E-mail : wilmer.c@example.org") == [
        "0022375143950",
        "93093726",
    ]


def test_a_references_heading_over_a_name_and_contact_table_keeps_the_referees_phones_out() -> None:
    tail = (
        ("PROFESSIONAL AND PERSONAL REFERENCES", "Heading 1"),
        ("Name Contact Information", "Heading 1"),
        ("Ruben Salinas\t854-277-8892", None),
        ("Samir Nolan\t895-449-8105", None),
    )
    assert _phones("wilmer.c@example.org | (314) 050-5521", tail=tail) == ["3140505521"]


def test_a_spanish_family_reference_is_a_referee_not_the_seeker() -> None:
    tail = (("REFERENCIA FAMILIAR", "Heading 1"), ("Diana Castaño (Hermana)", None), ("Cel: 3119142258", None))
    assert _phones("wilmer.c@example.org", "Cel. 3952764576", tail=tail) == ["3952764576"]


def test_a_name_in_the_title_style_after_a_sidebar_of_contacts_and_skills_is_the_name() -> None:
    # A LinkedIn profile saved as Word: the sidebar's sections first, then the name, the headline and a summary
    data = docx_bytes(
        ("Contato", "Heading 2"),
        ("Colombo 44986203274 (Mobile)", None),
        ("rogerio.pimentel@example.org", None),
        ("Principais competências", "Heading 2"),
        ("HTML5", "List Bullet"),
        ("Javascript", "List Bullet"),
        ("Idiomas", "Heading 2"),
        ("Português (Nativo)", "List Bullet"),
        ("Certificações", "Heading 2"),
        ("Diversas certificações, disponíveis no LinkedIn.", "List Bullet"),
        ("Rogério Augusto Pimentel", "Title"),
        ("Desenvolvedor / Programador | Javascript - HTML - CSS Colombo", "Body Text"),
        ("Inglês básico;", "List Bullet"),
        ("Conhecimentos e cursos em programação para iniciantes e lógica de programação.", "List Bullet"),
    )
    name = read_outline(data).name
    assert name.value == "Rogério Augusto Pimentel"
    assert name.confidence < 0.9  # found away from the top: the seeker confirms it
