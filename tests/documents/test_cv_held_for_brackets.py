"""How long a post was held, in brackets after its title as LinkedIn writes it ("Data Analyst (1 yr 11 mos)",
"Analista (2 años 3 meses)"), is no field of the role: the title is read without it, and what follows it still
reads as the field it is."""

from __future__ import annotations

import pytest

from app.documents.cv_head_line import line_segments
from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Data Analyst (1 yr 11 mos)", ["Data Analyst"]),
        ("Analista de Datos (2 años 3 meses)", ["Analista de Datos"]),
        ("Field Engineer (8 mos) Barcelona", ["Field Engineer", "Barcelona"]),
        ("Chemist (Q2 team)", ["Chemist", "Q2 team"]),
    ],
)
def test_a_held_for_bracket_is_no_field(text: str, pieces: list[str]) -> None:
    assert [p for p, _ in line_segments(text)] == pieces


def test_a_role_under_its_employer_reads_its_title_without_how_long_it_was_held() -> None:
    (role,) = read_outline(
        role_cv("01/2026 – Present\tNorthwind Traders", "Business Analyst (1 yr 11 mos) Remote")
    ).roles
    assert (role.title.value, role.employer.value) == ("Business Analyst", "Northwind Traders")
