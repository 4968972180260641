"""Roles laid out in Word tables: a row's dates stay with the row they sit in, wherever their cell stands, and a
header row names its columns in several languages and reads each cell as the field it names."""

from __future__ import annotations

import docx

from app.documents.cv_outline import CvOutline
from app.documents.cv_structure import read_outline
from tests.docx_build import saved

Row = list[list[str]]  # cells, each a list of paragraphs; "• " starts a bullet, "**" a paragraph in bold


def _heading(d: docx.document.Document, text: str) -> None:
    """A heading as many CVs dress one: capitals in bold, no heading style."""
    d.add_paragraph().add_run(text.upper()).bold = True


def _cv(heading: str, *tables: list[Row], between: str = "") -> bytes:
    d = docx.Document()
    d.add_paragraph("Sam Okoye", style="Title")
    d.add_paragraph("sam.okoye@example.org | +1 617 555 0100")
    _heading(d, heading)
    for n, rows in enumerate(tables):
        if n and between:
            d.add_paragraph(between)
        table = d.add_table(rows=len(rows), cols=len(rows[0]))
        for i, row in enumerate(rows):
            for j, paragraphs in enumerate(row):
                cell = table.cell(i, j)
                for k, text in enumerate(paragraphs):
                    bullet = text.startswith("• ")
                    p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    p.add_run(text.removeprefix("• ").removeprefix("**")).bold = text.startswith("**") or None
                    if bullet:
                        p.style = "List Bullet"
    _heading(d, "Education")
    d.add_paragraph("BSc Economics, University of Leeds, 2012")
    return saved(d)


def _triples(outline: CvOutline) -> list[tuple[str, str, str, str]]:
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in outline.roles]


def test_a_dates_cell_right_of_the_role_dates_that_role_not_the_next() -> None:
    data = _cv(
        "Experience",
        [
            [["**CPANAX", "Frontend Developer", "• Started the company."], ["2023 – 2024"]],
            [["**LYNCROS", "Full Stack Developer", "• Ran the payments service."], ["2022 – 2023"]],
        ],
    )
    assert _triples(read_outline(data)) == [
        ("Frontend Developer", "CPANAX", "2023", "2024"),
        ("Full Stack Developer", "LYNCROS", "2022", "2023"),
    ]


def test_a_dates_cell_left_of_a_role_with_bullets_dates_its_own_row() -> None:
    data = _cv(
        "Experience",
        [
            [["Jan 2020 – Present"], ["**Head of Engineering", "Sand Technologies", "Built the platform team."]],
            [["Jan 2018 – Dec 2019"], ["**Director of Engineering", "Jemstep", "Led three delivery teams."]],
            [["Mar 2008 – Dec 2017"], ["**Principal Consultant", "Driven Software", "Grew the firm to 40 people."]],
        ],
    )
    assert _triples(read_outline(data)) == [
        ("Head of Engineering", "Sand Technologies", "2020-01", "present"),
        ("Director of Engineering", "Jemstep", "2018-01", "2019-12"),
        ("Principal Consultant", "Driven Software", "2008-03", "2017-12"),
    ]


def test_header_rows_name_their_columns_in_other_languages() -> None:
    for header, section in (
        (["Fechas", "Empresa", "Cargo", "Funciones"], "Experiencia laboral"),
        (["Zeitraum", "Arbeitgeber", "Position", "Aufgaben"], "Berufserfahrung"),
        (["Okres", "Pracodawca", "Stanowisko", "Obowiązki"], "Doświadczenie zawodowe"),
        (["时间", "公司", "职位", "职责"], "工作经历"),
    ):
        data = _cv(
            section,
            [
                [[header[0]], [header[1]], [header[2]], [header[3]]],
                [["03/2021 – 05/2024"], ["CPANAX"], ["Frontend Developer"], ["Started the company"]],
                [["01/2018 – 02/2021"], ["Lyncros"], ["Full Stack Developer"], ["Ran the payments service"]],
            ],
        )
        assert _triples(read_outline(data)) == [
            ("Frontend Developer", "CPANAX", "2021-03", "2024-05"),
            ("Full Stack Developer", "Lyncros", "2018-01", "2021-02"),
        ], header


def test_a_title_cell_under_a_header_keeps_its_comma() -> None:
    data = _cv(
        "Experience",
        [
            [["Dates"], ["Position"], ["Employer"]],
            [["July 2023 – May 2024"], ["Technical Analyst, Investment Banking"], ["Credit Suisse"]],
            [["May 2020 – June 2020"], ["Technology Intern, International Wealth Management (part-time)"], ["UBS"]],
        ],
    )
    assert _triples(read_outline(data)) == [
        ("Technical Analyst, Investment Banking", "Credit Suisse", "2023-07", "2024-05"),
        ("Technology Intern, International Wealth Management", "UBS", "2020-05", "2020-06"),
    ]


def test_roles_after_a_table_with_a_header_row_in_the_same_section_are_read_too() -> None:
    data = _cv(
        "Appointments",
        [
            [["Dates"], ["Position"], ["Institution"]],
            [["05/2015 – 09/2016"], ["Postdoctoral Fellow"], ["Rockefeller University"]],
        ],
        [
            [["2022 –"], ["Instructor"], ["Harvard Medical School"]],
            [["2024 –"], ["Adjunct Faculty"], ["MGH Institute of Health Professions"]],
        ],
        between="Faculty posts held since residency",
    )
    assert _triples(read_outline(data)) == [
        ("Postdoctoral Fellow", "Rockefeller University", "2015-05", "2016-09"),
        ("Instructor", "Harvard Medical School", "2022", "present"),
        ("Adjunct Faculty", "MGH Institute of Health Professions", "2024", "present"),
    ]
