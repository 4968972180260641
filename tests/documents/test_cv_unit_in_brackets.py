"""With the employer named alone beside the dates ("2024–2025<TAB>Maastricht University Medical Centre"), the
bracket after the title on the line under it ("Research Assistant (Oncology Lab)") is the employer's unit, kept in
the title as written, not the employer; with nothing beside the dates, "Data Analyst (Globex)" still names the
employer in brackets."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv


@pytest.mark.parametrize(
    ("lines", "title", "employer"),
    [
        (
            ("2024–2025\tMaastricht University Medical Centre", "Research Assistant (Oncology Lab)"),
            "Research Assistant (Oncology Lab)",
            "Maastricht University Medical Centre",
        ),
        (
            ("2025–\tInternational Agency for Research on Cancer", "Scientific Fellow (Early Detection Branch)"),
            "Scientific Fellow (Early Detection Branch)",
            "International Agency for Research on Cancer",
        ),
        (
            # the employer beside the dates, then a field of what it belongs to
            (
                "Consultant (Research and Communications Section)",
                "May 2022 – Sep 2022 | NWTC Geneva | Ministry of Trade",
            ),
            "Consultant (Research and Communications Section)",
            "NWTC Geneva",
        ),
        (("Data Analyst (Globex)\t2019 – 2021",), "Data Analyst", "Globex"),
    ],
)
def test_a_bracket_after_the_title_is_a_unit_when_the_employer_stands_by_the_dates(
    lines: tuple[str, ...], title: str, employer: str
) -> None:
    (role,) = read_outline(role_cv(*lines)).roles
    assert (role.title.value, role.employer.value) == (title, employer)
