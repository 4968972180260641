"""Role blocks laid out in ways the random layout grammar (`tests/fixtures/cv_corpus/layout_grammar.py`) showed the
reader missing: each test is one reader rule, on a small CV built here."""

from __future__ import annotations

from app.documents.cv_lines import read_lines
from app.documents.cv_outline import RoleOutline
from app.documents.cv_structure import read_outline, split_sections
from app.documents.package import DocxPackage
from tests.docx_build import docx_bytes


def _roles(*block: tuple[str, str | None]) -> list[RoleOutline]:
    """The roles of a CV whose headings are written in capitals (no heading style), as `block` lays them out."""
    outline = read_outline(
        docx_bytes(
            ("Alex Moreno", "Title"),
            ("alex.moreno@example.org", None),
            ("PROFESSIONAL EXPERIENCE", None),
            *block,
            ("SKILLS", None),
            ("Python, SQL, Excel", None),
            ("EDUCATION", None),
            ("BSc Economics, University of Leeds, 2015", None),
        )
    )
    return outline.roles


def test_an_employer_in_capitals_under_a_line_of_dates_alone_starts_a_role_not_a_section() -> None:
    roles = _roles(
        ("Apr 2023 - Now", None),
        ("NORTHWIND TRADERS", None),
        ("Data Analyst", None),
        ("Built the weekly sales report.", "List Bullet"),
        ("Jun 2019 - Nov 2022", None),
        ("GLOBEX CORPORATION", None),
        ("Support Engineer", None),
        ("Answered customer tickets.", "List Bullet"),
    )
    assert [(r.title.value, r.employer.value, r.start.value) for r in roles] == [
        ("Data Analyst", "NORTHWIND TRADERS", "2023-04"),
        ("Support Engineer", "GLOBEX CORPORATION", "2019-06"),
    ]


def test_an_employer_in_capitals_under_the_title_and_dates_line_stays_in_the_role() -> None:
    roles = _roles(
        ("Data Analyst\tApr 2023 - Now", None),
        ("NORTHWIND TRADERS", None),
        ("Built the weekly sales report.", "List Bullet"),
        ("Support Engineer\tJun 2019 - Nov 2022", None),
        ("GLOBEX CORPORATION", None),
        ("Answered customer tickets.", "List Bullet"),
    )
    assert [(r.title.value, r.employer.value) for r in roles] == [
        ("Data Analyst", "NORTHWIND TRADERS"),
        ("Support Engineer", "GLOBEX CORPORATION"),
    ]


def test_an_employer_in_capitals_two_lines_under_its_dates_stays_in_the_role() -> None:
    roles = _roles(
        ("Apr 2023 - Now", None),
        ("Data Analyst", None),
        ("NORTHWIND TRADERS", None),
        ("Built the weekly sales report.", "List Bullet"),
        ("Jun 2019 - Nov 2022", None),
        ("Support Engineer", None),
        ("GLOBEX CORPORATION", None),
        ("Answered customer tickets.", "List Bullet"),
    )
    assert [(r.title.value, r.employer.value) for r in roles] == [
        ("Data Analyst", "NORTHWIND TRADERS"),
        ("Support Engineer", "GLOBEX CORPORATION"),
    ]


def test_a_title_holding_a_heading_word_dressed_like_the_roles_titles_is_a_role_not_a_section() -> None:
    roles = _roles(
        ("DATA ANALYST", None),
        ("Northwind Traders", None),
        ("2021 - 2023", None),
        ("Built the weekly sales report.", "List Bullet"),
        ("HEAD REFEREE", None),
        ("Riverside Football League", None),
        ("2019 - 2021", None),
        ("Refereed the league's final.", "List Bullet"),
    )
    assert [(r.title.value, r.employer.value, r.start.value) for r in roles] == [
        ("DATA ANALYST", "Northwind Traders", "2021"),
        ("HEAD REFEREE", "Riverside Football League", "2019"),
    ]


def test_a_heading_in_the_roles_dress_over_dated_lines_still_heads_its_section() -> None:
    outline = read_outline(
        docx_bytes(
            ("Alex Moreno", "Title"),
            ("alex.moreno@example.org", None),
            ("EXPERIENCE", None),
            ("DATA ANALYST", None),
            ("Northwind Traders", None),
            ("2021 - 2023", None),
            ("Built the weekly sales report.", "List Bullet"),
            ("EDUCATION", None),
            ("BSc Economics", None),
            ("2015 - 2018", None),
        )
    )
    assert [r.title.value for r in outline.roles] == ["DATA ANALYST"]


def test_a_title_of_heading_words_under_its_dates_and_employer_is_the_roles_title() -> None:
    roles = _roles(
        ("June 2021 – August 2023, Northwind Traders", None),
        ("Data Analyst", None),
        ("Built the weekly sales report.", "List Bullet"),
        ("July 2017 – May 2021, Riverside Coding Club", None),
        ("Volunteer", None),
        ("Taught a weekly class.", "List Bullet"),
    )
    assert [(r.title.value, r.employer.value) for r in roles] == [
        ("Data Analyst", "Northwind Traders"),
        ("Volunteer", "Riverside Coding Club"),
    ]


def test_a_heading_dressed_like_the_other_headings_under_a_last_role_without_bullets_still_heads_its_section() -> None:
    data = docx_bytes(
        ("Alex Moreno", "Title"),
        ("alex.moreno@example.org", None),
        ("EXPERIENCE", None),
        ("June 2021 – August 2023, Northwind Traders", None),
        ("Data Analyst", None),
        ("July 2017 – May 2021, Riverside Coding Club", None),
        ("VOLUNTEERING", None),
        ("Taught a weekly coding class", None),
        ("SKILLS", None),
        ("Python, SQL", None),
    )
    assert [s.kind for s in split_sections(read_lines(DocxPackage(data)))] == [
        "top",
        "experience",
        "volunteering",
        "skills",
    ]


def test_a_title_with_only_a_field_word_follows_the_way_the_sections_sure_roles_are_written() -> None:
    roles = _roles(
        ("Data Analyst – Northwind Traders Ltd", None),
        ("2021 - 2023", None),
        ("Built the weekly sales report.", "List Bullet"),
        ("Support Engineer – Globex Corporation", None),
        ("2019 - 2021", None),
        ("Answered customer tickets.", "List Bullet"),
        ("Enterprise Mobile Technology Architecture – Southern California Edison", None),
        ("2016 - 2019", None),
        ("Moved the fleet off legacy servers.", "List Bullet"),
    )
    assert [(r.title.value, r.employer.value) for r in roles][2] == (
        "Enterprise Mobile Technology Architecture",
        "Southern California Edison",
    )


def test_a_strong_organisation_word_in_the_title_slot_still_keeps_its_own_reading() -> None:
    roles = _roles(
        ("Data Analyst – Northwind Traders Ltd", None),
        ("2021 - 2023", None),
        ("Built the weekly sales report.", "List Bullet"),
        ("Support Engineer – Globex Corporation", None),
        ("2019 - 2021", None),
        ("Answered customer tickets.", "List Bullet"),
        ("Riverside University – Front of House", None),
        ("2016 - 2019", None),
        ("Served the university's guests.", "List Bullet"),
    )
    assert [(r.title.value, r.employer.value) for r in roles][2] == ("Front of House", "Riverside University")
