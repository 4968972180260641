"""Rules written on tune-half misses of the real corpus (2026-12-02): each shape is built here, not taken from a file.

A heading in title case in a tab column ("Work Experience<TABS>Employer"), a contact line that names a heading word
("Portfolio: https://…"), an employer's street address beside the dates, and a role's head line dressed in a deeper
heading style than its section's heading.
"""

from __future__ import annotations

from app.documents.cv_lines import Line
from app.documents.cv_structure import read_outline, split_sections
from app.documents.cv_vocab import heading_kind
from tests.docx_build import named_cv as _cv


def _roles(data: bytes) -> list[tuple[str, str, str, str]]:
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]


def test_a_title_case_heading_in_a_tab_column_opens_its_section() -> None:
    data = _cv(
        ("Education\t\t\t\t\tForsyth Technical Community College", None),
        ("2014-2017\t\t\t\t\tWinston-Salem, NC", None),
        ("Work Experience\t\t\t\t\tDavie County Public Library", None),
        ("Library Assistant\t\t\t\t\tMay 2018-Present", None),
    )
    assert _roles(data) == [("Library Assistant", "Davie County Public Library", "2018-05", "present")]


def test_a_role_word_before_one_tab_is_no_side_heading() -> None:
    # "Experience<TAB>5 years": a label and its value at one tab stop, not a heading in a column of its own
    data = _cv(
        ("Experience", "Heading 1"),
        ("Support Analyst\tNorthwind Traders\t2021 – 2023", None),
        ("Service\tDesk support for 300 users", None),
    )
    assert _roles(data) == [("Support Analyst", "Northwind Traders", "2021", "2023")]


def test_a_contact_line_with_a_heading_word_and_a_link_opens_no_section() -> None:
    lines = [
        Line("Kai Lindqvist", "p1", "body"),
        Line("Portfolio: https://kai.example.org", "p2", "body"),
        Line("Experience", "p3", "body", bold=True),
        Line("Support Analyst, Northwind Traders, 2021 – 2023", "p4", "body"),
    ]
    kinds = [(s.kind, s.title) for s in split_sections(lines)]
    assert ("projects", "Portfolio: https://kai.example.org") not in kinds
    assert kinds[-1][0] == "experience"


def test_an_employers_street_address_beside_the_dates_is_not_the_title() -> None:
    data = _cv(
        ("Work Experience", "Heading 1"),
        ("Davie County Public Library", None),
        ("May 2018-Present\t\t\t371 N Main St", None),
        ("Mocksville, NC 27028", None),
    )
    assert _roles(data) == [("", "Davie County Public Library", "2018-05", "present")]


def test_a_role_head_in_a_deeper_heading_style_stays_in_its_section() -> None:
    # A Spanish template: "Higher Education" in Heading 4 makes Heading 4 a heading style; under "WORK
    # EXPERIENCE" a Heading 4 line naming no role word ("Bodeguero", "Reponedor") was filed as a part and lost.
    lines = [
        Line("Kai Lindqvist", "p1", "body"),
        Line("EDUCATION", "p2", "body", style="Heading 2"),
        Line("Higher Education", "p3", "body", style="Heading 4"),
        Line("March 2025 – ongoing", "p4", "body"),
        Line("WORK EXPERIENCE", "p5", "body", style="Heading 2"),
        Line("Lidl – Reponedor", "p6", "body", style="Heading 4"),
        Line("Inventario, reponer stock", "p7", "body"),
    ]
    work = [s for s in split_sections(lines) if s.kind == "experience"]
    assert [x.text for x in work[-1].lines] == ["Lidl – Reponedor", "Inventario, reponer stock"]


def test_a_dressed_head_over_plain_lines_in_an_undated_role_section_is_a_role() -> None:
    data = _cv(
        ("Education", "Heading 2"),
        ("Higher Education", "Heading 4"),
        ("March 2025 – ongoing", None),
        ("Work Experience", "Heading 2"),
        ("Lidl Supermercados SA – Reponedor", "Heading 4"),
        ("Inventario, reponer stock", None),
    )
    roles = read_outline(data).roles
    assert [(r.title.value, r.employer.value, r.start.value) for r in roles] == [
        ("Reponedor", "Lidl Supermercados SA", "")
    ]
    assert [b.text for b in roles[0].bullets] == ["Inventario, reponer stock"]
    assert roles[0].title.confidence < 0.9  # undated: the seeker confirms it


def test_headings_of_part_time_freelance_and_voluntary_work_name_role_sections() -> None:
    assert heading_kind("Summer Jobs") == "experience"
    assert heading_kind("Freelance Work") == "experience"
    assert heading_kind("Freelance") is None  # alone on its line, an undated role's employer as often
    assert heading_kind("Voluntary Work") == "volunteering"
    assert heading_kind("경력") == "experience"
    # as part of a line, a firm's name or a title, not a heading
    assert heading_kind("Blue Sky Ventures") is None
    assert heading_kind("Freelance Designer") is None
