"""An article left before a tab ("Staff Writer, The<TAB>Tabula Rasa Journal of Philosophy<TAB>Aug 2021-Present")
opens the name in the next field: the post is "Staff Writer", the employer "The Tabula Rasa Journal of Philosophy"."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv


def test_an_article_before_the_tab_belongs_to_the_employers_name() -> None:
    data = section_cv(
        "Experience",
        "Independent Researcher\tThe Johns Hopkins University\tJun 2021-Present",
        "Studied unconscious perception with a faculty adviser",
        "Staff Writer, The\tTabula Rasa Journal of Philosophy\tAug 2021-Present",
        "Wrote essays on the philosophy of mind for the journal",
    )
    got = [(r.title.value, r.employer.value) for r in read_outline(data).roles]
    assert got == [
        ("Independent Researcher", "The Johns Hopkins University"),
        ("Staff Writer", "The Tabula Rasa Journal of Philosophy"),
    ]
