""" "Juriste (Depuis 05/2023 à ce jour)": "since" written before a range that already runs to the present is no field.

The international role set's fresh seeds (even seeds 1800 to 2398 of `bench/bench_cv_roles_intl.py`) found the date
reader's range starting after "Depuis" (the range is "05/2023 à ce jour"), so the word left before it was read as the
post's employer, and the post became a role of its own beside its employer's line. The CVs below are made up."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


@pytest.mark.parametrize(
    ("since", "dates", "start"),
    [
        ("Depuis", "05/2023 à ce jour", "2023-05"),
        ("Desde", "03/2021 hasta la fecha", "2021-03"),
        ("Seit", "04/2020 bis heute", "2020-04"),
    ],
)
def test_since_before_a_range_to_the_present_is_no_employer(since: str, dates: str, start: str) -> None:
    d = docx.Document()
    d.add_paragraph("Mehdi El Amrani", style="Title")
    d.add_paragraph("+32 476 61 26 18 · mehdi@example.be · Namur")
    d.add_paragraph().add_run("EXPÉRIENCES PROFESSIONNELLES").bold = True
    d.add_paragraph(f"Cabinet Lefèvre & Associés\t{since} {dates.split()[0]}")
    d.add_paragraph(f"Juriste ({since} {dates})")
    d.add_paragraph("Fidal\t12/2019 – 12/2022")
    d.add_paragraph("Juriste (09/2021 – 12/2022)")
    d.add_paragraph("Juriste stagiaire (12/2019 – 07/2021)")
    d.add_paragraph().add_run("FORMATION").bold = True
    d.add_paragraph("2015 – 2018  Master en droit, Université de Namur")
    roles = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(saved(d)).roles]
    assert roles == [
        ("Juriste", "Cabinet Lefèvre & Associés", start, "present"),
        ("Juriste", "Fidal", "2021-09", "2022-12"),
        ("Juriste stagiaire", "Fidal", "2019-12", "2021-07"),
    ]
