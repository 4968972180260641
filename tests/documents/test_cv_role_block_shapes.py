"""Role blocks laid out unlike the CVs the reader was first built on (the licensed corpus's third round): a
dates line that names the employer over a title line with a note after a slash, a table whose dates stand in
cells of their own, "en" before the company in a Spanish line."""

from __future__ import annotations

import docx

from app.documents.cv_head_line import line_segments
from app.documents.cv_outline import RoleOutline
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes, saved


def _roles(*block: str) -> list[RoleOutline]:
    outline = read_outline(
        docx_bytes(
            ("Alex Moreno", "Title"),
            ("alex.moreno@example.org", None),
            ("Experience", "Heading 1"),
            *((line, None) for line in block),
            ("Education", "Heading 1"),
            ("BSc Economics, University of Leeds, 2015", None),
        )
    )
    return outline.roles


def test_a_lower_case_note_after_a_slash_leaves_the_employer_on_the_dates_line() -> None:
    roles = _roles("July 2012 - August 2012 - Brightsoft", "Android Developer / Summer internship", "Built apps.")
    assert len(roles) == 1
    assert roles[0].employer.value == "Brightsoft"
    assert roles[0].place.value == ""
    assert roles[0].title.value.startswith("Android Developer")


def test_a_short_name_beside_the_dates_is_the_place_when_the_title_line_names_the_employer() -> None:
    roles = _roles("Marketing Manager / Globex Foods", "Lyon | 2018 - 2021", "Ran the campaigns.")
    assert len(roles) == 1
    assert (roles[0].title.value, roles[0].employer.value, roles[0].place.value) == (
        "Marketing Manager",
        "Globex Foods",
        "Lyon",
    )


def _table_cv(rows: list[list[list[str]]]) -> list[RoleOutline]:
    d = docx.Document()
    d.add_paragraph("Alex Moreno", style="Title")
    d.add_paragraph("alex.moreno@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    table = d.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        for cell, paragraphs in zip(table.add_row().cells, row, strict=True):
            cell.text = paragraphs[0]
            for text in paragraphs[1:]:
                cell.add_paragraph(text)
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("BSc Economics, University of Leeds, 2015")
    return read_outline(saved(d)).roles


def test_a_start_over_an_end_in_a_cell_of_their_own_is_one_role_s_range() -> None:
    roles = _table_cv(
        [
            [["01/2019", "12/2021"], ["Software Engineer", "Acme Ltd", "Built the billing system."]],
            [["Mar 2016 –", "Present"], ["Data Analyst", "Globex Corp"]],
            [["2013", "–", "2015"], ["Intern", "Initech"]],
        ]
    )
    read = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles]
    assert read == [
        ("Software Engineer", "Acme Ltd", "2019-01", "2021-12"),
        ("Data Analyst", "Globex Corp", "2016-03", "present"),
        ("Intern", "Initech", "2013", "2015"),
    ]


def test_two_dates_running_backwards_in_a_cell_are_not_joined_into_one_range() -> None:
    roles = _table_cv([[["2021", "2019"], ["Software Engineer, Acme Ltd", "Data Analyst, Globex Corp"]]])
    assert all(r.start.value == r.end.value for r in roles)  # two one-year roles (or none), never 2021-2019


def test_spanish_en_before_a_named_company_parts_title_and_employer() -> None:
    roles = _roles("Desarrollador de software en Acme S.A.S. (2019 - 2021)", "Construí el sistema de pagos.")
    assert len(roles) == 1
    assert (roles[0].title.value, roles[0].employer.value) == ("Desarrollador de software", "Acme S.A.S.")


def test_en_before_a_field_of_study_is_no_employer() -> None:
    assert line_segments("Licenciado en Economía") == [("Licenciado en Economía", False)]
