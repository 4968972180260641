"""Posts run together on one line, each closed by its years in brackets ("Earlier roles: Engineer – Initech
(2008–2010) | Junior Developer – Northwind Traders (2006–2008)"), are each a role; the label before them is none."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv


@pytest.mark.parametrize(
    "line",
    [
        "Earlier Career: Engineer – Initech (2008–2010) | Junior Developer – Northwind Traders (2006–2008).",
        "Engineer, Initech (2008–2010); Junior Developer, Northwind Traders (2006–2008)",
    ],
)
def test_posts_run_together_with_their_years_in_brackets_are_roles(line: str) -> None:
    roles = read_outline(role_cv("Staff Engineer, Umbrella Corp\t2012 – Present", line)).roles
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles] == [
        ("Staff Engineer", "Umbrella Corp", "2012", "present"),
        ("Engineer", "Initech", "2008", "2010"),
        ("Junior Developer", "Northwind Traders", "2006", "2008"),
    ]


def test_a_line_with_one_bracketed_span_among_other_pieces_is_left_whole() -> None:
    roles = read_outline(role_cv("Analyst | Northwind Traders (2016–2019)")).roles
    assert [(r.title.value, r.employer.value, r.start.value) for r in roles] == [
        ("Analyst", "Northwind Traders", "2016")
    ]
