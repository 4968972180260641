"""Two things inside an experience section that are no role's field: a short group line ("Industry", "Academic") over
role lines that name their title and employer on their own, and a bullet that tells a task in a sentence with a
range of years inside it ("Led the 2020 – 2021 move to the new site.")."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

_DESC = "Cut picking errors by a third with a new scanning routine."


def _cv(*lines: tuple[str, str]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Kai Lindqvist", style="Title")
    d.add_paragraph("kai.lindqvist@example.org | +44 20 7946 0958")
    d.add_paragraph("Experience", style="Heading 1")
    for text, kind in lines:
        if kind == "bullet":
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph().add_run(text).bold = kind == "bold"
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("BSc Logistics, University of Leeds, 2015")
    return saved(d)


def _roles(data: bytes) -> list[tuple[str, str, str, str]]:
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]


def test_a_group_line_over_whole_role_lines_is_no_field_of_the_role() -> None:
    got = _roles(
        _cv(
            ("Industry", "bold"),
            ("Operations Manager, Northwind Logistics, 2019 – Present", ""),
            (_DESC, "bullet"),
            ("Academic", "bold"),
            ("Research Assistant, University of Leeds, 2015 – 2019", ""),
            (_DESC, "bullet"),
        )
    )
    assert got == [
        ("Operations Manager", "Northwind Logistics", "2019", "present"),
        ("Research Assistant", "University of Leeds", "2015", "2019"),
    ]


def test_an_employer_line_over_a_title_line_still_names_the_employer() -> None:
    got = _roles(
        _cv(
            ("Northwind", "bold"),
            ("Operations Manager, 2019 – Present", ""),
            (_DESC, "bullet"),
            ("Contoso", "bold"),
            ("Shift Supervisor, 2015 – 2019", ""),
            (_DESC, "bullet"),
        )
    )
    assert got == [
        ("Operations Manager", "Northwind", "2019", "present"),
        ("Shift Supervisor", "Contoso", "2015", "2019"),
    ]


def test_a_bullet_telling_a_task_with_years_inside_is_no_role() -> None:
    got = _roles(
        _cv(
            ("Operations Manager | Northwind Logistics | 2019 – Present", "bold"),
            ("Won the 2021 site safety award.", "bullet"),
            ("Led the 2020 – 2021 move to the new site.", "bullet"),
            ("Shift Supervisor | Contoso Retail | 2015 – 2019", "bold"),
            (_DESC, "bullet"),
        )
    )
    assert got == [
        ("Operations Manager", "Northwind Logistics", "2019", "present"),
        ("Shift Supervisor", "Contoso Retail", "2015", "2019"),
    ]


def test_a_bulleted_role_line_under_a_span_is_still_a_role() -> None:
    got = _roles(
        _cv(
            ("Freelance Consultant, 2015 – 2021", "bold"),
            ("Data Engineer, Northwind Logistics, 2019 – 2021", "bullet"),
            ("Analyst, Contoso Retail, 2015 – 2018", "bullet"),
        )
    )
    assert ("Data Engineer", "Northwind Logistics", "2019", "2021") in got
    assert ("Analyst", "Contoso Retail", "2015", "2018") in got


def _two_roles(block: tuple[tuple[str, str], ...], *, contoso: tuple[tuple[str, str], ...]) -> list[tuple[str, ...]]:
    return _roles(_cv(*block, (_DESC, "bullet"), *contoso, (_DESC, "bullet")))


def test_what_an_employer_does_after_a_dash_or_in_brackets_is_no_part_of_its_name() -> None:
    dashed = _two_roles(
        (
            ("Northwind Logistics — Third-party logistics for grocers", "bold"),
            ("Operations Manager, 2019 – Present", ""),
        ),
        contoso=(("Contoso Retail — Grocery chain with 40 stores", "bold"), ("Shift Supervisor, 2015 – 2019", "")),
    )
    bracketed = _two_roles(
        (
            ("Northwind Logistics (third-party logistics for grocers)", "bold"),
            ("Operations Manager | 2019 – Present", ""),
        ),
        contoso=(("Contoso Retail (grocery chain with 40 stores)", "bold"), ("Shift Supervisor | 2015 – 2019", "")),
    )
    want = [
        ("Operations Manager", "Northwind Logistics", "2019", "present"),
        ("Shift Supervisor", "Contoso Retail", "2015", "2019"),
    ]
    assert dashed == want
    assert bracketed == want


def test_a_line_saying_what_the_employer_does_between_it_and_the_title_is_passed_over() -> None:
    got = _two_roles(
        (
            ("Northwind Logistics", "bold"),
            ("Third-party logistics for grocers", ""),
            ("Operations Manager\t2019 – Present", ""),
        ),
        contoso=(
            ("Contoso Retail", "bold"),
            ("Grocery chain with 40 stores", ""),
            ("Shift Supervisor\t2015 – 2019", ""),
        ),
    )
    assert got == [
        ("Operations Manager", "Northwind Logistics", "2019", "present"),
        ("Shift Supervisor", "Contoso Retail", "2015", "2019"),
    ]
