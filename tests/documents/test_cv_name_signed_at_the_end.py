"""A CV with no name at its top (only "CURRICULUM VITAE" over the contacts) that signs the name at its end, under a
declaration, or keeps it in the page's footer, had no name read. The name signed at the end, in brackets or after a
signing line ("Place: Pune", "Date:", "Yours faithfully,"), or a full name opening the footer is now read,
unsurely; another person's labelled name (`Father's Name:`) and a list's last line are not.

Found by reading made-up CVs of teachers, drivers and nurses from India, Nigeria and Scotland (not from a corpus
file): "CURRICULUM VITAE" / "Mobile: +91-98765-43210" … "Declaration" / "I hereby declare …" / "Place: Pune" /
"(SIDDHARTH RAO)" read no name.
"""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(closing: list[tuple[str, str | None]], footer: str = "") -> bytes:
    d = docx.Document()
    if footer:
        d.sections[0].footer.paragraphs[0].add_run(footer)
    d.add_paragraph("CURRICULUM VITAE")
    d.add_paragraph("Mobile: +91-98765-43210 | Email: teach88@example.com")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Primary Teacher, Green Valley School, Pune\tJune 2017 – Present")
    d.add_paragraph("Taught a class of thirty children and ran the school's reading club every week.")
    for text, style in closing:
        d.add_paragraph(text, style=style)
    return saved(d)


_DECLARE = [
    ("Declaration", "Heading 1"),
    ("I hereby declare that the above is true to the best of my knowledge.", None),
]


@pytest.mark.parametrize(
    ("closing", "name"),
    [
        ([*_DECLARE, ("Place: Pune", None), ("Date:", None), ("(SIDDHARTH RAO)", None)], "SIDDHARTH RAO"),
        ([*_DECLARE, ("Date: 01/03/2024", None), ("Place: Pune", None), ("Siddharth Rao", None)], "Siddharth Rao"),
        ([*_DECLARE, ("Place: Abuja\t\t\tChukwuemeka Obi", None)], "Chukwuemeka Obi"),
        ([("Declaration", "Heading 1"), ("Yours faithfully,", None), ("Ngozi Adeyemi", None)], "Ngozi Adeyemi"),
    ],
)
def test_a_name_signed_at_the_end_is_read(closing: list[tuple[str, str | None]], name: str) -> None:
    assert read_outline(_cv(closing)).name.value == name


@pytest.mark.parametrize("footer", ["Fiona MacLeod – Curriculum Vitae – Page 1", "Fiona MacLeod | 07700 900123"])
def test_a_full_name_opening_the_footer_is_read(footer: str) -> None:
    assert read_outline(_cv([], footer)).name.value == "Fiona MacLeod"


@pytest.mark.parametrize(
    "closing",
    [
        [("Personal Details", "Heading 1"), ("Nationality: Indian", None), ("Fathers Name:\tMohan Rao", None)],
        [
            ("Personal Details", "Heading 1"),
            ("Date of Birth: 1990", None),
            ("Fathers Name:", None),
            ("Mohan Rao", None),
        ],
        [("Languages", "Heading 1"), ("Spoken: English, Hindi", None), ("Hindi Marathi", None)],
        [("References", "Heading 1"), ("Head Teacher:", None), ("(Anita Desai)", None)],
    ],
)
def test_another_persons_name_or_a_list_at_the_end_is_no_name(closing: list[tuple[str, str | None]]) -> None:
    assert read_outline(_cv(closing)).name.value == ""
