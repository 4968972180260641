"""An organisation's name written with a dash ("Plataforma Solar de Almería - CIEMAT", "TU Delft – Infini Data Lab")
on a line of its own, under or over a clear title, is the employer whole; a dash before a place still parts the
place off, and a dash on the title's own line still parts title and employer. Whether the part after the dash is
the name's is a guess, so the seeker confirms it."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(*blocks: tuple[str, ...]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Sasha Novak", style="Title")
    d.add_paragraph("sasha.novak@example.org | +1 202 555 0113")
    d.add_paragraph("Experience", style="Heading 1")
    for block in blocks:
        for n, line in enumerate(block):
            p = d.add_paragraph()
            p.add_run(line).bold = n == 0
        d.add_paragraph("Wrote the control software for the test rig.", style="List Bullet")
    return saved(d)


def _roles(data: bytes) -> list[tuple[str, str, str, str, str]]:
    out = read_outline(data)
    return [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]


def test_a_dashed_name_on_its_own_line_under_the_title_is_the_employer_whole() -> None:
    got = _roles(
        _cv(
            ("PhD Student", "Plataforma Solar de Almería - CIEMAT", "Mar 2025 – Mar 2029"),
            ("Research Fellow", "University of Almería", "Feb 2023 – May 2023"),
        )
    )
    assert got[0] == ("PhD Student", "Plataforma Solar de Almería - CIEMAT", "", "2025-03", "2029-03")
    assert got[1] == ("Research Fellow", "University of Almería", "", "2023-02", "2023-05")


def test_a_dashed_name_over_the_title_and_dates_is_the_employer_whole() -> None:
    got = _roles(
        _cv(
            ("TU Delft – Infini Data Lab (WIS)", "Research Assistant\t09.2024 – current"),
            ("PricewaterhouseCoopers (PwC)", "Deal Analytics Software Intern\t03.2025 – 06.2025"),
        )
    )
    assert got[0][:2] == ("Research Assistant", "TU Delft – Infini Data Lab (WIS)")
    assert got[1][:2] == ("Deal Analytics Software Intern", "PricewaterhouseCoopers (PwC)")


def test_a_place_after_the_dash_is_still_the_place() -> None:
    got = _roles(_cv(("Software Engineer", "Northwind Traders - Seattle, WA", "2019 – 2021")))
    assert got == [("Software Engineer", "Northwind Traders", "Seattle, WA", "2019", "2021")]


def test_a_dash_on_the_title_line_still_parts_title_and_employer() -> None:
    got = _roles(_cv(("Data Analyst - Northwind Traders", "2019 – 2021")))
    assert got[0][:2] == ("Data Analyst", "Northwind Traders")


def test_a_dashed_employer_kept_whole_asks_for_confirmation() -> None:
    out = read_outline(_cv(("PhD Student", "Plataforma Solar de Almería - CIEMAT", "Mar 2025 – Mar 2029")))
    assert out.roles[0].employer.value == "Plataforma Solar de Almería - CIEMAT"
    assert not out.usable
    assert any("part of the employer's name" in d for d in out.doubts), out.doubts
