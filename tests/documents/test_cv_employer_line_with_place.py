"""An employer's line written as a name and its place ("Ono Poke Bar | Honolulu, HI"), in no bold or capitals, right
above a post's line with its dates and after the role above's bullets: the line names the post's employer."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _cv(employer_line: str) -> bytes:
    return docx_bytes(
        ("Lena Kealoha", "Title"),
        ("Honolulu, HI, (808) 555-0142, lena.kealoha@example.org", None),
        ("WORK EXPERIENCE", "Heading 1"),
        ("Intern (ABC1) | Honolulu, HI\t\tAugust 2023 – Present", None),
        ("Wrote the lab's weekly report on water samples.", "List Bullet"),
        ("Kept the freezer inventory.", "List Bullet"),
        (employer_line, None),
        ("Cashier\t\t\tOctober 2020 - December 2023", None),
        ("Served customers and balanced the till at close.", "List Bullet"),
    )


def test_a_name_and_its_place_above_the_dates_line_is_the_employer() -> None:
    roles = read_outline(_cv("Ono Poke Bar | Honolulu, HI")).roles
    cashier = next(r for r in roles if r.title.value == "Cashier")
    assert (cashier.employer.value, cashier.place.value) == ("Ono Poke Bar", "Honolulu, HI")


def test_a_plain_line_with_no_place_stays_no_employer() -> None:
    roles = read_outline(_cv("Evening and weekend shifts")).roles
    cashier = next(r for r in roles if r.title.value == "Cashier")
    assert cashier.employer.value != "Evening and weekend shifts"
