"""Phones that the seeker's details give in three forms found in tune files of the corpus: a Kenyan CV's
personal-details block whose labels are padded to line their values up ("GENDER<spaces>: MALE", "MOBILE
NUMBER<spaces>: +254…"), which were read as headings of their own; a Chinese résumé's "手机号: …" (the phone word
with "号", number, after it); and a number set a wide gap right of the name on the first line."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from app.documents.text import phone_digits
from tests.docx_build import bold_or_plain, docx_bytes

_ROLE = (
    ("WORK EXPERIENCE", None),
    ("Front End Developer, Globex Ltd, Nairobi\tMarch 2022 – June 2023", None),
    ("Built the company's web shop.", "List Bullet"),
)


def _phones(data: bytes) -> set[str]:
    return {phone_digits(p) for p in read_outline(data).contact.phones}


def test_a_padded_personal_details_block_gives_its_mobile_number() -> None:
    data = docx_bytes(
        ("CURRICULUM VITAE", None),
        ("PERSONAL DETAILS", None),
        ("NAME                       : JORDAN NOA OKAFOR", None),
        ("GENDER                    : MALE", None),
        ("NATIONALITY           : KENYAN", None),
        ("MOBILE NUMBER    : +254729232533", None),
        ("MARITAL STATUS    : SINGLE", None),
        ("EMAIL   ADDRESS    :  jordan.okafor@example.org", None),
        *_ROLE,
    )
    out = read_outline(data)
    assert {phone_digits(p) for p in out.contact.phones} == {"254729232533"}
    assert out.contact.emails == ["jordan.okafor@example.org"]


def test_a_heading_closed_by_a_colon_is_still_a_heading() -> None:
    # "Work Experience :" has no value after its colon: the padded-field rule leaves it a heading
    data = docx_bytes(
        ("Jordan Okafor", "Title"),
        ("jordan.okafor@example.org", None),
        ("Work Experience  :", None),
        ("Front End Developer, Globex Ltd, Nairobi\tMarch 2022 – June 2023", None),
        ("Built the company's web shop.", "List Bullet"),
    )
    roles = read_outline(data).roles
    assert [(r.title.value, r.start.value, r.end.value) for r in roles] == [
        ("Front End Developer", "2022-03", "2023-06")
    ]


def test_a_chinese_mobile_number_label_with_its_number_word() -> None:
    data = docx_bytes(
        ("林晓雯", "Title"),
        ("手机号: 11624237533", None),
        ("邮箱: robin.ferreira@example.org", None),
        *_ROLE,
    )
    assert _phones(data) == {"11624237533"}


def test_a_number_a_wide_gap_right_of_the_name_is_the_phone() -> None:
    data = bold_or_plain(
        ("Robin Lee                                    7840738040", True),
        ("robin.lee@example.org", False),
        ("WORK EXPERIENCE", True),
        ("Front End Developer, Globex Ltd, Nairobi\tMarch 2022 – June 2023", False),
    )
    assert _phones(data) == {"7840738040"}


def test_the_documents_own_title_with_a_possessive_is_no_name() -> None:
    # "My Curriculum Vitae" over the seeker's name (a Kenyan developer's CV, a tune file of round 42's corpus)
    data = docx_bytes(
        ("My Curriculum Vitae", "Title"),
        ("Noa Moreau", "Subtitle"),
        ("noa.moreau@example.org | +254712384548", None),
        *_ROLE,
    )
    assert read_outline(data).name.value == "Noa Moreau"


def test_a_phone_under_a_schools_address_is_the_schools() -> None:
    # "Ph: (513) 130 - 0403" under "Austin, TX 78705" beside a degree: the school's office, not the seeker's
    data = docx_bytes(
        ("Jordan Tanaka", "Title"),
        ("jordan.tanaka@example.org | 402-423-1254", None),
        ("EDUCATION", "Heading 1"),
        ("Bachelor of Science in Computer Science\t\t\tUniversity of Texas", None),
        ("Graduated: May 2016\t\t\t110 Inner Campus Drive", None),
        ("\t\t\t\tAustin, TX 78705", None),
        ("\t\t\t\tPh: (513) 130 - 0403", None),
        *_ROLE,
    )
    assert _phones(data) == {"4024231254"}
