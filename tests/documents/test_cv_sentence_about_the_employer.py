"""An employer's line, then a sentence about the organisation ("Series B fintech start-up (payments).", "Regional NHS
trust with 6,000 staff."), then the title and dates: the sentence was read as the employer whenever it held no
English small word or named a post's noun ("staff"). A line of three words or more in sentence case that ends in a
full stop is now read as what it is, a sentence about the organisation above it; a name or a title ends in none.

Found by the independent "roles in the wild" set (`bench/bench_cv_roles_wild.py`, tune seeds: roles right 1589 →
1608 of 1821); the CVs below are made up."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_role_blocks import _sentence_about_it
from app.documents.cv_structure import read_outline
from tests.docx_build import saved

SENTENCES = [
    "Series B fintech start-up (payments).",
    "Regional NHS trust with 6,000 staff.",
    "Family-run hotel group, 12 sites.",
]
ROLES = [
    ("XPO LOGISTICS", "Limerick", SENTENCES[0], "Logistics Coordinator", "07/2023 - 08/2024"),
    ("J.B. HUNT", "Galway", SENTENCES[1], "Dispatcher", "10/2021 - 07/2023"),
    ("SWIFT TRANSPORTATION", "Cork", SENTENCES[2], "Warehouse Operative", "11/2008 - 03/2012"),
]
WANT = [
    ("Logistics Coordinator", "XPO LOGISTICS", "2023-07", "2024-08"),
    ("Dispatcher", "J.B. HUNT", "2021-10", "2023-07"),
    ("Warehouse Operative", "SWIFT TRANSPORTATION", "2008-11", "2012-03"),
]


def test_a_sentence_about_the_employer_is_no_employer() -> None:
    d = docx.Document()
    d.add_paragraph("Cian Byrne", style="Title")
    d.add_paragraph("cian.byrne@example.ie | Cork")
    d.add_paragraph("Work History", style="Heading 1")
    for employer, place, about, title, dates in ROLES:
        d.add_paragraph(f"{employer}, {place}")
        d.add_paragraph(about)
        d.add_paragraph(f"{title}\t{dates}")
        d.add_paragraph("Prepared the weekly reports for the management team.", style="List Bullet")
    out = read_outline(saved(d))
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in out.roles] == WANT


@pytest.mark.parametrize("text", SENTENCES)
def test_a_sentence_in_sentence_case_is_about_the_organisation(text: str) -> None:
    assert _sentence_about_it(text)


@pytest.mark.parametrize(
    "text",
    ["Northwind Traders Co.", "Contoso Holdings, Inc.", "Senior Data Engineer", "Acme Payments Ltd.", "J.B. Hunt"],
)
def test_a_name_or_a_title_is_no_sentence(text: str) -> None:
    assert not _sentence_about_it(text)
