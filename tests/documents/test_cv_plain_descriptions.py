"""Roles whose descriptions are short plain lines, not bullets (2026-12-02): the line under a role's head is its
description, never its employer, and the line above the next role's dates is no head of it when it describes."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import named_cv, saved


def _roles(*paragraphs: str) -> list[tuple[str, str, str]]:
    data = named_cv(("Experience", "Heading 1"), *((p, None) for p in paragraphs))
    return [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]


TWO = [("Support Analyst", "Northwind Traders", "2021-01"), ("Helpdesk Technician", "Contoso Ltd", "2018-03")]


def test_a_description_under_the_dates_is_not_the_employer_above_them() -> None:
    got = _roles(
        "Support Analyst",
        "Northwind Traders, Leeds",
        "Jan 2021 – Present",
        "Customer support for retail systems",
        "Helpdesk Technician",
        "Contoso Ltd, York",
        "Mar 2018 – Dec 2020",
        "First-line support for 300 users",
    )
    assert got == TWO


def test_a_description_under_the_employer_below_the_dates_stays_a_description() -> None:
    got = _roles(
        "Support Analyst",
        "Jan 2021 – Present",
        "Northwind Traders",
        "Service desk for the stores",
        "Helpdesk Technician",
        "Mar 2018 – Dec 2020",
        "Contoso Ltd",
        "First-line support",
    )
    assert got == TWO


def test_a_description_under_a_head_on_the_dates_line_is_not_the_employer() -> None:
    got = _roles(
        "Jan 2021 – Present: Support Analyst, Northwind Traders",
        "Service desk for retail systems",
        "Mar 2018 – Dec 2020: Helpdesk Technician, Contoso Ltd",
        "First-line support",
    )
    assert got == TWO


def test_the_previous_roles_description_is_no_head_of_the_next_role_under_one_employer() -> None:
    got = _roles(
        "Northwind Traders, Leeds",
        "Senior Support Analyst\t2021 – Present",
        "Leads the service desk team",
        "Support Analyst\t2019 – 2021",
        "Answered calls from store staff",
    )
    assert got == [
        ("Senior Support Analyst", "Northwind Traders", "2021"),
        ("Support Analyst", "Northwind Traders", "2019"),
    ]


def test_a_title_in_sentence_case_in_another_language_is_still_read_as_the_title() -> None:
    got = _roles("ENGIE\tOct 2015 – Dec 2016", "Intégrateur poste de travail", "Déploiement de postes Windows")
    assert got[0][:2] == ("Intégrateur poste de travail", "ENGIE")


def test_a_description_in_a_table_cell_under_the_title_and_employer_is_not_the_employer() -> None:
    d = docx.Document()
    d.add_paragraph("Kai Lindqvist", style="Title")
    d.add_paragraph("kai@example.org")
    d.add_paragraph("Work Experience", style="Heading 1")
    table = d.add_table(rows=0, cols=2)
    for dates, cell in (
        ("Jan 2021 – Present", "Support Analyst\nNorthwind Traders\nHandled tickets for stores"),
        ("Mar 2018 – Dec 2020", "Helpdesk Technician\nContoso Ltd\nFixed laptops"),
    ):
        row = table.add_row().cells
        row[0].text, row[1].text = dates, cell
    got = [(r.title.value, r.employer.value, r.start.value) for r in read_outline(saved(d)).roles]
    assert got == TWO


def test_an_employer_line_with_its_whole_span_names_the_titled_roles_within_it() -> None:
    got = _roles(
        "Northwind Traders\t2019 – Present",
        "Senior Support Analyst\t2021 – Present",
        "Led the desk",
        "Support Analyst\t2019 – 2021",
        "Answered calls",
    )
    assert got == [
        ("Senior Support Analyst", "Northwind Traders", "2021"),
        ("Support Analyst", "Northwind Traders", "2019"),
    ]
