"""Role blocks laid out in ways the random layout grammar (`tests/fixtures/cv_corpus/layout_grammar.py`) showed the
reader missing: each test is one reader rule, on a small CV built here."""

from __future__ import annotations

from app.documents.cv_outline import RoleOutline
from app.documents.cv_structure import read_outline
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
