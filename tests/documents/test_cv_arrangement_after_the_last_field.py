""" "Colegio San José — Profesor de matemáticas (Tiempo completo)": how a post was held, in brackets at the end of a
line of fields, belongs to the last field, not to the whole line.

The international role set's fresh seeds (even seeds 2400 to 2998 of `bench/bench_cv_roles_intl.py`) found Google
Docs' "Employer, Place — Title (arrangement)" lines read whole as the title: the brackets were read as "Title
(Full-time)" over the whole line. The same held after a comma ("Data Analyst, Globex Inc (Part-time)": the employer
kept the note, or the line stayed one title). They also found "Indomaret, Yogyakarta — Kasir", two names the word
lists did not know, read the wrong way round: the town trails the employer. The CVs below are made up."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _roles(head: str, lines: list[tuple[str, str]]) -> list[tuple[str, str, str, str, str]]:
    d = docx.Document()
    d.add_paragraph("Rosa Medina Quintero", style="Title")
    d.add_paragraph("+34 655 01 92 33 · rosa.medina@example.es · Valencia")
    d.add_paragraph().add_run(head).bold = True
    for role_line, dates in lines:
        d.add_paragraph(role_line)
        d.add_paragraph(dates)
        d.add_paragraph("Atención al cliente y cierre de caja", style="List Bullet")
    d.add_paragraph().add_run("FORMACIÓN").bold = True
    d.add_paragraph("2008 – 2011  Grado en Magisterio, Universitat de València")
    out = read_outline(saved(d))
    return [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]


@pytest.mark.parametrize(
    ("employer", "title", "held"),
    [
        ("COLEGIO SAN JOSÉ", "Profesor de matemáticas", "Tiempo completo"),
        ("Acme Logistics", "Warehouse Supervisor", "Full-time"),
        ("Hotel Miramar", "Recepcionista", "Contract"),
    ],
)
def test_arrangement_after_employer_dash_title_stays_with_the_title(employer: str, title: str, held: str) -> None:
    got = _roles(
        "EXPERIENCIA LABORAL",
        [(f"{employer} — {title} ({held})", "05/2021 - LA ACTUALIDAD"), (f"{employer} — {title}", "06/2016 - 03/2020")],
    )
    assert got == [
        (f"{title} ({held})", employer, "", "2021-05", "present"),
        (title, employer, "", "2016-06", "2020-03"),
    ]


def test_arrangement_after_employer_place_dash_title() -> None:
    got = _roles(
        "PENGALAMAN KERJA",
        [
            ("Toko Sinar Jaya, Semarang — Penjaga Toko (Full-time)", "2019 S/D 2023"),
            ("Warung Bu Sri, Semarang — Juru Parkir (Full-time)", "2015 S/D 2018"),
        ],
    )
    # a post the word lists do not know loses the note after the employer's line (a known one keeps it, as written)
    assert got == [
        ("Penjaga Toko", "Toko Sinar Jaya", "Semarang", "2019", "2023"),
        ("Juru Parkir", "Warung Bu Sri", "Semarang", "2015", "2018"),
    ]


def test_unknown_names_the_town_trails_the_employer() -> None:
    got = _roles(
        "PENGALAMAN KERJA",
        [
            ("Indomaret, Yogyakarta — Penjaga Toko", "2016 S/D 2019"),
            ("Alfamidi, Yogyakarta — Juru Parkir", "2012 S/D 2016"),
        ],
    )
    # posts the word lists do not know ("Penjaga Toko": shop keeper; "Juru Parkir": parking attendant)
    assert got == [
        ("Penjaga Toko", "Indomaret", "Yogyakarta", "2016", "2019"),
        ("Juru Parkir", "Alfamidi", "Yogyakarta", "2012", "2016"),
    ]


def test_arrangement_after_title_comma_employer_is_no_part_of_the_employer() -> None:
    got = _roles(
        "EXPERIENCE",
        [("Data Analyst, Globex Inc (Part-time)", "05/2012 - 03/2016"), ("Data Analyst, Initech", "05/2010 - 03/2012")],
    )
    assert got == [
        ("Data Analyst", "Globex Inc", "", "2012-05", "2016-03"),
        ("Data Analyst", "Initech", "", "2010-05", "2012-03"),
    ]


def test_a_legal_form_after_a_comma_stays_with_its_name() -> None:
    got = _roles("EXPERIENCE", [("Brightside Media, LLC (Contract)", "03/2013 - PRESENT")])
    assert [(g[1], g[3], g[4]) for g in got] == [("Brightside Media, LLC", "2013-03", "present")]
