"""Roles laid out in Word tables: a row's dates stay with the row they sit in, wherever their cell stands, and a
header row names its columns in several languages and reads each cell as the field it names; a narrow cell's lines
go on the lines they stand level with, also when the rows cut the roles unevenly (blank paragraphs, a cell set to the
bottom, a cell merged down); label cells beside their values read as a form."""

from __future__ import annotations

from collections.abc import Callable

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table, _Cell

from app.documents.cv_forms import form_roles
from app.documents.cv_lines import read_lines
from app.documents.cv_outline import CvOutline
from app.documents.cv_structure import read_outline
from app.documents.package import DocxPackage
from tests.docx_build import saved

Row = list[list[str]]  # cells, each a list of paragraphs; "• " starts a bullet, "**" a paragraph in bold


def _heading(d: docx.document.Document, text: str) -> None:
    """A heading as many CVs dress one: capitals in bold, no heading style."""
    d.add_paragraph().add_run(text.upper()).bold = True


def _cv(heading: str, *tables: list[Row], between: str = "", dress: Callable[[Table], None] | None = None) -> bytes:
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
        if dress is not None:
            dress(table)
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


def _cell_prop(cell: _Cell, tag: str, val: str | None) -> None:
    el = OxmlElement(tag)
    if val is not None:
        el.set(qn("w:val"), val)
    cell._tc.get_or_add_tcPr().append(el)


def _row_texts(data: bytes) -> list[str]:
    return [line.text for line in read_lines(DocxPackage(data)) if line.area == "table"]


# A PDF converter's table: the wide cell holds one role's employer, title and bullets and the next role's employer at
# its foot; the narrow cell holds the place and the dates level with them, blank paragraphs spacing the last place
# down to the foot.
_DRIFTING = [
    [
        ["**InsiderSecurity", "Software Engineer", "• Built the scoring engine.", "• Ran the sensors.", "**Huawei"],
        ["Kuala Lumpur, Malaysia", "May 2024 – Present", "", "", "Kuala Lumpur, Malaysia"],
    ],
    [["Service Engineer"], ["December 2023 – April 2024"]],
    [["• Tested the billing system."], [""]],
]


def test_a_narrow_cell_spaced_down_by_blank_paragraphs_dates_the_lines_level_with_it() -> None:
    data = _cv("Experience", _DRIFTING)
    assert _row_texts(data)[:2] == ["InsiderSecurity\tKuala Lumpur, Malaysia", "Software Engineer\tMay 2024 – Present"]
    assert "Huawei\tKuala Lumpur, Malaysia" in _row_texts(data)
    assert _triples(read_outline(data)) == [
        ("Software Engineer", "InsiderSecurity", "2024-05", "present"),
        ("Service Engineer", "Huawei", "2023-12", "2024-04"),
    ]


def test_a_narrow_cell_set_to_the_bottom_stands_level_with_the_rows_foot() -> None:
    rows: list[Row] = [
        [["**InsiderSecurity"], ["Kuala Lumpur"]],
        [["Software Engineer"], ["May 2024 – Present"]],
        [["• Built the scoring engine.", "• Ran the sensors.", "**Huawei"], ["Kuala Lumpur"]],
        [["Service Engineer"], ["December 2023 – April 2024"]],
    ]
    data = _cv("Experience", rows, dress=lambda t: _cell_prop(t.cell(2, 1), "w:vAlign", "bottom"))
    assert "Huawei\tKuala Lumpur" in _row_texts(data)
    plain = _cv("Experience", rows)  # set to the top, the place stands beside the first bullet: no head line
    assert "Huawei\tKuala Lumpur" not in _row_texts(plain)


def test_a_narrow_cell_merged_down_over_a_roles_rows_dates_its_first_row() -> None:
    def merge(t: Table) -> None:
        for r in range(len(t.rows)):
            _cell_prop(t.cell(r, 1), "w:vMerge", "restart" if r % 3 == 0 else None)

    data = _cv(
        "Experience",
        [
            [["**Research Associate"], ["Jul 2024 – Present", "Islamabad, Pakistan"]],
            [["Computational Aeronautics Lab"], [""]],
            [["• Designed ducted wind turbines."], [""]],
            [["**Trainee"], ["Jun 2023 – Sep 2023", "Lahore, Pakistan"]],
            [["Dense Fusion"], [""]],
            [["• Wrote transport solvers."], [""]],
        ],
        dress=merge,
    )
    assert _row_texts(data)[:2] == [
        "Research Associate\tJul 2024 – Present",
        "Computational Aeronautics Lab\tIslamabad, Pakistan",
    ]
    assert _triples(read_outline(data)) == [
        ("Research Associate", "Computational Aeronautics Lab", "2024-07", "present"),
        ("Trainee", "Dense Fusion", "2023-06", "2023-09"),
    ]


def test_a_range_stacked_with_a_word_between_its_ends_is_one_range() -> None:
    data = _cv(
        "Experience",
        [
            [["**Engineering Manager", "Daxko", "• Led two teams."], ["Feb 2019 to", "Nov 2019"]],
            [["**Test Engineer", "Daxko", "• Tested the apps."], ["Aug 2012 to", "Feb 2016"]],
        ],
    )
    assert _triples(read_outline(data)) == [
        ("Engineering Manager", "Daxko", "2019-02", "2019-11"),
        ("Test Engineer", "Daxko", "2012-08", "2016-02"),
    ]


def test_rows_that_hold_two_roles_dates_give_no_role_its_rows_lines() -> None:
    # no bullets, and each row cut across two roles: the title and dates over the employer, whatever the rows
    data = _cv(
        "Experience",
        [
            [
                ["**Research Intern", "Samsung AI Center", "**Team Lead"],
                ["05/2019 – 08/2019", "Montreal", "03/2016 – 06/2016"],
            ],
            [["National Institute of Informatics", "**Teaching Assistant"], ["Tokyo", "09/2014 – 04/2017"]],
            [["McGill University"], ["Montreal"]],
        ],
    )
    assert _triples(read_outline(data)) == [
        ("Research Intern", "Samsung AI Center", "2019-05", "2019-08"),
        ("Team Lead", "National Institute of Informatics", "2016-03", "2016-06"),
        ("Teaching Assistant", "McGill University", "2014-09", "2017-04"),
    ]


def _label_form(labels: dict[str, str], roles: list[tuple[str, str, str, str]]) -> list[list[Row]]:
    """A consultant's CV: each role a table of label cells beside value cells, the title the first line under
    "Description" over a blank line and what was done."""
    return [
        [
            [[labels["client"]], [client]],
            [[labels["dates"]], [dates]],
            [[labels["place"]], [place]],
            [[labels["description"]], [title, "", "Kept the REST APIs.", "• Moved the services to Kafka."]],
        ]
        for client, dates, place, title in roles
    ]


def test_label_tables_read_as_forms_with_the_title_under_description_in_several_languages() -> None:
    roles = [
        ("Axxes - Brussels Airport Company", "10/2018 - Present", "Zaventem", "Software Engineer"),
        ("Mobco", "03/2018 - 06/2018", "Dilbeek", "Developer"),
    ]
    for labels in (
        {"client": "Client", "dates": "Period", "place": "Location", "description": "Description"},
        {"client": "Klant", "dates": "Periode", "place": "Locatie", "description": "Omschrijving"},
        {"client": "Kunde:", "dates": "Zeitraum:", "place": "Ort:", "description": "Beschreibung:"},
    ):
        data = _cv("Career History", *_label_form(labels, roles), between="")
        assert _triples(read_outline(data)) == [
            ("Software Engineer", "Axxes - Brussels Airport Company", "2018-10", "present"),
            ("Developer", "Mobco", "2018-03", "2018-06"),
        ], labels


def test_a_long_first_line_under_description_is_no_title() -> None:
    roles = form_roles(["Client\tMobco", "Period\t03/2018 - 06/2018", "Description\tBuilt the alerting module."])
    assert [(r.title, r.employer) for r in roles] == [("", "Mobco")]


def test_a_column_of_dates_spaced_down_to_the_rows_foot_dates_the_title_there() -> None:
    # the next role's title at the foot of the row, its dates spaced down to it by blank paragraphs: each date goes
    # on the line level with it, not on a line of its own before the role's first line
    data = _cv(
        "Experience",
        [
            [
                ["2019 – 2024", "", "", "", "2016 – 2019"],
                [
                    "**Front End Developer",
                    "GAIA Design",
                    "• Built the promotions pages.",
                    "• Moved the shop.",
                    "**Web Developer",
                ],
            ],
            [[""], ["Interjet", "• Ran the UX of the booking site."]],
        ],
    )
    assert _row_texts(data)[0] == "2019 – 2024\tFront End Developer"
    assert "2016 – 2019\tWeb Developer" in _row_texts(data)
    assert _triples(read_outline(data)) == [
        ("Front End Developer", "GAIA Design", "2019", "2024"),
        ("Web Developer", "Interjet", "2016", "2019"),
    ]


def test_a_forms_client_is_its_employer_only_when_it_names_no_employer() -> None:
    roles = form_roles(["Client\tNordbank", "Employer\tAxxes", "Period\t10/2018 - Present", "Role\tDeveloper"])
    assert [(r.title, r.employer) for r in roles] == [("Developer", "Axxes")]


def test_a_client_line_under_a_role_outside_a_form_is_no_employer() -> None:
    d = docx.Document()
    d.add_paragraph("Sam Okoye", style="Title")
    d.add_paragraph("sam.okoye@example.org | +1 617 555 0100")
    _heading(d, "Experience")
    for title, dates, client in (
        ("Senior Consultant, Accenture", "2019 – 2021", "Nordbank"),
        ("Consultant, Capgemini", "2016 – 2019", "Brussels Airport"),
    ):
        d.add_paragraph().add_run(f"{title}\t{dates}").bold = True
        d.add_paragraph(f"Client: {client}")
        d.add_paragraph("Moved the payments to Kafka.", style="List Bullet")
    assert [(r.title.value, r.employer.value) for r in read_outline(saved(d)).roles] == [
        ("Senior Consultant", "Accenture"),
        ("Consultant", "Capgemini"),
    ]
