"""A university named with its campus after "at" ("University of Texas at Austin", "University of Illinois at
Urbana-Champaign") is one employer: its "at" is no "Title at Employer" split. "Lecturer at the University of Leeds"
still parts the post from the employer."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv


@pytest.mark.parametrize(
    ("lines", "title", "employer"),
    [
        (
            ("Teaching Assistant, University of Illinois at Urbana-Champaign\t2019 – 2021",),
            "Teaching Assistant",
            "University of Illinois at Urbana-Champaign",
        ),
        (
            ("Department of Physics & Astronomy, University of Texas at Austin", "Graduate Assistant\t2019 – 2021"),
            "Graduate Assistant",
            "Department of Physics & Astronomy, University of Texas at Austin",
        ),
        (("Universidad de Chile at Valparaíso", "Research Fellow\t2019 – 2021"), "Research Fellow", None),
        (("Research Assistant at University of Oslo\t2019 – 2021",), "Research Assistant", "University of Oslo"),
        (("Lecturer at the University of Leeds\t2019 – 2021",), "Lecturer", "University of Leeds"),
    ],
)
def test_a_campus_after_at_stays_in_the_universitys_name(
    lines: tuple[str, ...], title: str, employer: str | None
) -> None:
    (role,) = read_outline(role_cv(*lines)).roles
    assert role.title.value == title
    assert role.employer.value == (employer or lines[0])
