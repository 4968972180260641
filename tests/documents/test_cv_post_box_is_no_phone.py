"""A post box and its postcode on the seeker's address lines ("P.O. BOX 10000-00400", Kenya's form; "Postfach
12 34 56", "Caixa Postal 123456789") are no phone number, while the phone under them is. From a round-39 tune file,
a Nairobi developer's CV read with its post box as a second phone."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import bold_or_plain


def _phones(*address: str) -> list[str]:
    data = bold_or_plain(
        ("KAI FERREIRA", True),
        *((line, True) for line in address),
        ("0719306382", True),
        ("kai.ferreira@example.org", True),
        ("Professional Experience", True),
        ("Android Developer, Swypepay, August 2019 - May 2020", False),
    )
    return read_outline(data).contact.phones


def test_a_post_box_number_is_no_phone() -> None:
    assert _phones("EMBAKASI, NAIROBI, KENYA", "P.O. BOX 10000-00400") == ["0719306382"]
    assert _phones("Postfach 123 456 789, 10115 Berlin") == ["0719306382"]
    assert _phones("Caixa Postal 123456789, Curitiba") == ["0719306382"]


def test_a_phone_beside_a_box_word_elsewhere_is_still_a_phone() -> None:
    assert _phones("Sandbox Labs, Nairobi", "Tel 0722 123 456 789") == ["0722 123 456 789", "0719306382"]
