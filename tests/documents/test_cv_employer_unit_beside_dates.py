"""The employer beside the role's dates with a unit or its full name in brackets ("Nov 2024 – Present<TAB>NatureHelm
(Wildlife Drones)", a dates cell beside "CTIN (Centro de Tecnología e innovación Telmex)") over a line that holds
the title: the brackets are part of how the employer is written, not the title. With no other line naming a post,
"Acme Corp (Data Analyst)" beside the dates still gives the title in brackets."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv, saved


def test_brackets_on_the_employers_dated_line_stay_with_the_employer_when_a_line_below_names_the_post() -> None:
    (role,) = read_outline(role_cv("Nov 2024 – Present\tNatureHelm (Wildlife Drones)", "Junior Data Scientist")).roles
    assert (role.title.value, role.employer.value) == ("Junior Data Scientist", "NatureHelm (Wildlife Drones)")


def test_an_employers_full_name_in_brackets_in_the_cell_beside_the_dates_stays_with_it() -> None:
    d = docx.Document()
    d.add_paragraph("Alonso Cárdenas", style="Title")
    d.add_paragraph("alonso.cardenas@example.org")
    d.add_paragraph("Experiencia", style="Heading 1")
    for dates, lines in [
        ("11.2011 – 07.2013", ["CTIN (Centro de Tecnología e Innovación Telmex)", "Desarrollador Web Front End"]),
        ("03.2014 – 05.2016", ["Grupo Salinas (Banco Azteca)", "Desarrollador Web"]),
    ]:
        cells = d.add_table(rows=1, cols=2).rows[0].cells
        cells[0].paragraphs[0].add_run(dates)
        cells[1].paragraphs[0].add_run(lines[0]).bold = True
        cells[1].add_paragraph(lines[1])
        cells[1].add_paragraph("Desarrollé sitios web con HTML5, CSS3 y JavaScript para clientes del grupo.")
    d.add_paragraph("Educación", style="Heading 1")
    d.add_paragraph("Ingeniería en Sistemas, UNAM, 2011")
    got = [(r.title.value, r.employer.value) for r in read_outline(saved(d)).roles]
    assert got == [
        ("Desarrollador Web Front End", "CTIN (Centro de Tecnología e Innovación Telmex)"),
        ("Desarrollador Web", "Grupo Salinas (Banco Azteca)"),
    ]


def test_with_no_other_line_naming_a_post_the_brackets_beside_the_dates_hold_the_title() -> None:
    (role,) = read_outline(role_cv("2019 – 2021\tAcme Corp (Data Analyst)")).roles
    assert (role.title.value, role.employer.value) == ("Data Analyst", "Acme Corp")
