"""A dates line written as a labelled field ("Dates Employed: Mar 2019 – Present", "Período: 09/2020 - 08/2022")
gives the role its dates and nothing else: its label is no employer or title. An employer written as a list item
of its own over such a line heads the post under it."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def test_the_label_of_a_dates_line_is_no_field() -> None:
    d = docx.Document()
    d.add_paragraph("Keisha Brown", style="Title")
    d.add_paragraph("keisha.brown@example.org · +1 404 555 0188")
    d.add_paragraph("Experience", style="Heading 1")
    for employer, title, dates in [
        ("Northwind Traders", "Data Engineer", "Mar 2019 – Present"),
        ("Contoso Pharmacy", "Data Analyst", "Jun 2016 – Feb 2019"),
    ]:
        d.add_paragraph().add_run(employer).bold = True
        d.add_paragraph().add_run(title).bold = True
        d.add_paragraph(f"Dates Employed: {dates}")
        d.add_paragraph("Location: Atlanta, Georgia")
        d.add_paragraph("Built the reporting pipeline for the stores and kept it running every night.")
    roles = read_outline(saved(d)).roles
    assert [(r.title.value, r.employer.value) for r in roles] == [
        ("Data Engineer", "Northwind Traders"),
        ("Data Analyst", "Contoso Pharmacy"),
    ]


def test_an_employers_item_over_a_labelled_dates_line_heads_the_post() -> None:
    d = docx.Document()
    d.add_paragraph("Mariana Costa", style="Title")
    d.add_paragraph("mariana.costa@example.org · +55 11 91234 5678")
    d.add_paragraph("Experiência Profissional", style="Heading 1")
    for employer, title, dates in [
        ("Globex Sistemas", "Desenvolvedora Full-Stack", "09/2020 - 08/2022"),
        ("Initech Brasil", "Estagiária de Desenvolvimento", "01/2019 - 08/2020"),
    ]:
        d.add_paragraph(style="List Bullet").add_run(employer).bold = True
        d.add_paragraph(f"Período: {dates}")
        d.add_paragraph(f"Cargo: {title}")
        d.add_paragraph("Atividades: desenvolvimento de APIs e manutenção dos sistemas internos da empresa.")
    roles = read_outline(saved(d)).roles
    assert [(r.title.value, r.employer.value) for r in roles] == [
        ("Desenvolvedora Full-Stack", "Globex Sistemas"),
        ("Estagiária de Desenvolvimento", "Initech Brasil"),
    ]


def test_a_label_repeated_before_each_roles_dates_is_read_as_the_dates_label() -> None:
    # "Vigência" is in no list of labels: written before the dates of every role with nothing else beside, it is
    # one all the same, and the employer's list item over it heads the post.
    d = docx.Document()
    d.add_paragraph().add_run("Mariana Costa de Souza").bold = True
    d.add_paragraph("Telefone: (11) 91234-5678")
    d.add_paragraph("E-mail: mariana.costa@example.org")
    d.add_paragraph("Experiência Profissional", style="Heading 1")
    for employer, title, dates in [
        ("Globex Sistemas", "Desenvolvedora Full-Stack", "09/2020 - atualmente"),
        ("Initech", "Estagiária de Desenvolvimento", "01/2019 - 08/2020"),
    ]:
        d.add_paragraph(style="List Bullet").add_run(employer).bold = True
        d.add_paragraph(f"Vigência: {dates}")
        d.add_paragraph(f"Cargo: {title}")
        d.add_paragraph("Função: desenvolvimento de APIs e manutenção dos sistemas internos da empresa.")
    roles = read_outline(saved(d)).roles
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles] == [
        ("Desenvolvedora Full-Stack", "Globex Sistemas", "2020-09", "present"),
        ("Estagiária de Desenvolvimento", "Initech", "2019-01", "2020-08"),
    ]


def test_a_name_before_the_dates_of_one_role_only_stays_the_employer() -> None:
    d = docx.Document()
    d.add_paragraph("Keisha Brown", style="Title")
    d.add_paragraph("keisha.brown@example.org · +1 404 555 0188")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Data Engineer")
    d.add_paragraph("Northwind: Mar 2019 – Present")
    d.add_paragraph("Built the reporting pipeline for the stores and kept it running every night.")
    d.add_paragraph("Data Analyst")
    d.add_paragraph("Contoso: Jun 2016 – Feb 2019")
    d.add_paragraph("Cleaned the sales data of forty stores each week and wrote the weekly report.")
    roles = read_outline(saved(d)).roles
    assert [r.employer.value for r in roles] == ["Northwind", "Contoso"]
