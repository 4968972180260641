""" "Bildungsweg" and "Schulischer Werdegang" head a German CV's schooling: the dated apprenticeships and courses
under them are no roles (a Hamm web developer's Lebenslauf read five of them as roles; from a tune file of the
corpus). "Beruflicher Werdegang" stays a career's heading."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import heading_kind
from tests.docx_build import bold_or_plain as _cv


@pytest.mark.parametrize("heading", ["Bildungsweg", "Schulischer Werdegang"])
def test_a_schooling_heading_ends_the_roles(heading: str) -> None:
    data = _cv(
        ("Sasha Okafor", True),
        ("sasha.okafor@example.org", False),
        ("Berufliche Erfahrung", True),
        ("08/2012 – 10/2013\tbloopark GmbH & Co. KG, Magdeburg", False),
        ("\tWebentwickler", True),
        ("Planung und Umsetzung von E-Commerce-Lösungen", False),
        (heading, True),
        ("2009 – 2010\tEsselmann GmbH & Co. KG, Hamm", False),
        ("\tAusbildung zum Bürokaufmann", True),
        ("ohne Abschluss", False),
        ("2007 – 2008\tVHS Hamm", False),
        ("Abschluss: Fachoberschulreife", False),
    )
    roles = [(r.title.value, r.employer.value) for r in read_outline(data).roles]
    assert roles == [("Webentwickler", "bloopark GmbH & Co. KG")]


def test_a_career_heading_is_still_one() -> None:
    assert heading_kind("Beruflicher Werdegang") == "experience"
    assert heading_kind("Bildungsweg") == "education"
