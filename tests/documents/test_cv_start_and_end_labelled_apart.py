"""A form that gives a role's start and end each a label of its own, on lines one after the other ("Fecha de ingreso:
04/04/2023" over "Fecha de retiro: Actualmente", as Colombian and other Latin-American hojas de vida do; "Data de
admissão" / "Data de saída", "Start date" / "End date", "入社" / "退社"), was read as two roles per post, each with
one date and half the fields. The two lines are now read as one labelled range, the role's dates.

Found by the independent "roles in international CVs" set (`bench/bench_cv_roles_intl.py`, tune seeds: roles right
995 → 1043 of 1447); the CVs below are made up."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_forms import start_and_end
from app.documents.cv_structure import read_outline
from tests.docx_build import saved

FORMS = {
    "es": ("EXPERIENCIA LABORAL", "Empresa", "Cargo", "Fecha de ingreso", "Fecha de retiro", "Actualmente"),
    "pt": ("EXPERIÊNCIA PROFISSIONAL", "Empresa", "Cargo", "Data de admissão", "Data de saída", "Atual"),
    "en": ("WORK EXPERIENCE", "Company", "Position", "Start date", "End date", "Present"),
}
ROLES = [
    ("Auxiliar de bodega", "Transportes Castores", "04/04/2023", None, "2023-04", "present"),
    ("Mesero", "Hotel Casa Andina", "06/2020", "08/2021", "2020-06", "2021-08"),
    ("Practicante", "Universidad de los Andes", "10/12/2018", "02/2020", "2018-12", "2020-02"),
]


def _cv(lang: str, side_by_side: bool) -> bytes:
    heading, employer_label, title_label, start_label, end_label, now = FORMS[lang]
    d = docx.Document()
    d.add_paragraph("Matías Pereyra", style="Title")
    d.add_paragraph("matias.pereyra@example.com.ar · Rosario")
    d.add_paragraph(heading, style="Heading 1")
    for title, employer, start, end, _, _ in ROLES:
        d.add_paragraph(f"{employer_label}: {employer}")
        d.add_paragraph(f"{title_label}: {title}")
        start_line, end_line = f"{start_label}: {start}", f"{end_label}: {end or now}"
        if side_by_side:
            d.add_paragraph(f"{start_line}\t{end_line}")
        else:
            d.add_paragraph(start_line)
            d.add_paragraph(end_line)
        d.add_paragraph("Jefe inmediato: Sofía Martínez")
    d.add_paragraph("Formación académica", style="Heading 1")
    d.add_paragraph("Técnico en Logística, SENA, 2016")
    return saved(d)


@pytest.mark.parametrize("lang", sorted(FORMS))
@pytest.mark.parametrize("side_by_side", [False, True])
def test_a_start_and_an_end_labelled_apart_are_one_role(lang: str, side_by_side: bool) -> None:
    out = read_outline(_cv(lang, side_by_side))
    got = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in out.roles]
    assert got == [(t, e, s, f) for t, e, _, _, s, f in ROLES]


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("入社: 2019年4月", "退社: 現在", "2019年4月 – 現在"),
        ("입사일: 2019.03", "퇴사일: 2021.05", "2019.03 – 2021.05"),
        ("Дата начала: 03.2019", "Дата окончания: 05.2021", "03.2019 – 05.2021"),
        ("Eintritt: 03/2019", "Austritt: 05/2021", "03/2019 – 05/2021"),
    ],
)
def test_start_and_end_labels_in_other_scripts(first: str, second: str, joined: str) -> None:
    assert start_and_end(first, second) == joined


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Empresa: Transportes Castores", "Cargo: Auxiliar de bodega"),  # no dates
        ("Fecha de retiro: 03/2023", "Fecha de ingreso: 01/2022"),  # an end over a start
        ("Start date: Jan 2019", "End date: to be agreed"),  # no end date
        ("From: the head office", "To: the branches"),  # words, no dates
    ],
)
def test_lines_that_are_no_start_and_end_are_left_alone(first: str, second: str) -> None:
    assert start_and_end(first, second) is None
