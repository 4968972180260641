"""An acronym with its words spelt out in brackets after it ("N.S.S(National Service Scheme)") is one name, not an
employer with its title in brackets; an acronym of a post ("CTO (Chief Technology Officer)") is one title."""

from __future__ import annotations

from app.documents.cv_head_line import line_segments
from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv


def test_an_acronym_and_its_words_name_one_organisation() -> None:
    data = section_cv(
        "Experience",
        "Software Developer, Northwind Traders\t2016 - 2019",
        "Built the ordering service",
        "N.S.S(National Service Scheme)\t2015",
        "Taught reading in a village school",
    )
    got = [(r.title.value, r.employer.value) for r in read_outline(data).roles]
    assert got[1] == ("", "N.S.S(National Service Scheme)")


def test_the_words_must_spell_the_acronym() -> None:
    assert line_segments("IBM (International Business Machines)") == [("IBM (International Business Machines)", True)]
    assert line_segments("CTO (Chief Technology Officer)") == [("CTO (Chief Technology Officer)", False)]
    assert line_segments("UNDP (Programme Analyst)") == [("Programme Analyst", False), ("UNDP", True)]
