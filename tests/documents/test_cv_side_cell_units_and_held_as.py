"""A two-column résumé table whose right cell holds each role's place over its dates, blank paragraphs apart, beside
a left cell of roles told apart by their bullets; how a post was held in brackets after its title ("(Part-time)");
an employer's founding year ("Est. 1999"); an employer's line above that sets its place in a column."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _doc() -> docx.document.Document:
    d = docx.Document()
    d.add_paragraph().add_run("Dana Gagnon").bold = True
    d.add_paragraph("Ottawa, ON | dana.gagnon@example.org")
    d.add_paragraph().add_run("PROFESSIONAL EXPERIENCE").bold = True
    return d


def _side_cell_cv(blank_lines: int) -> bytes:
    d = _doc()
    left, right = d.add_table(rows=1, cols=2).rows[0].cells
    roles = (
        ("REMEDY ROOM TREATMENT CENTRE", "Receptionist/Office Administrator", "August 2023 - December 2023", 5),
        ("NORTHWIND TRADERS", "Sales Associate", "March 2021 - August 2023", 3),
    )
    left.paragraphs[0].add_run(roles[0][0]).bold = True
    right.paragraphs[0].add_run("Ottawa, ON").bold = True
    right.add_paragraph(roles[0][2])
    for k, (employer, title, _, bullets) in enumerate(roles):
        if k:
            left.add_paragraph().add_run(employer).bold = True
            for _ in range(blank_lines):
                right.add_paragraph("")
            right.add_paragraph().add_run("Toronto, ON").bold = True
            right.add_paragraph(roles[1][2])
        left.add_paragraph(title)
        for n in range(bullets):
            left.add_paragraph(
                f"Handled the front desk, the phones and the bookings of the day, task {n}.", "List Bullet"
            )
    return saved(d)


def test_each_unit_of_place_and_dates_in_the_side_cell_goes_with_its_role() -> None:
    """However many blank paragraphs space the side cell's units (too few or too many to line them up with bullets
    that wrap), the first unit dates the first role and the second the second."""
    for blank_lines in (2, 9):
        out = read_outline(_side_cell_cv(blank_lines))
        got = [(r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in out.roles]
        assert got == [
            ("Receptionist/Office Administrator", "REMEDY ROOM TREATMENT CENTRE", "Ottawa, ON", "2023-08", "2023-12"),
            ("Sales Associate", "NORTHWIND TRADERS", "Toronto, ON", "2021-03", "2023-08"),
        ], blank_lines


def test_how_a_post_was_held_in_brackets_is_no_title_and_the_employer_line_above_keeps_its_place_apart() -> None:
    d = _doc()
    d.add_paragraph().add_run("CANADIAN TIRE\tOttawa, ON").bold = True
    d.add_paragraph("Customer service/cashier (Part-time)\tJune 2019–April 2020")
    d.add_paragraph("Handled cash and the till.", style="List Bullet")
    (role,) = read_outline(saved(d)).roles
    assert (role.title.value, role.employer.value, role.place.value) == (
        "Customer service/cashier (Part-time)",
        "CANADIAN TIRE",
        "Ottawa, ON",
    )
    assert (role.start.value, role.end.value) == ("2019-06", "2020-04")


def test_an_employers_founding_year_is_no_date() -> None:
    assert find_dates("DONNELLY GROUP, Est. 1999 – DUTCH LOVE") is None
    assert find_dates("Northwind (established 2001)") is None
    span = find_dates("Northwind, Est. 1999, Sales Associate, 2019 – 2021")
    assert span is not None and (span.start, span.end) == ("2019", "2021")


@pytest.mark.parametrize("note", ["Contract Position", "Contract Role", "Fixed-term Contract"])
def test_a_post_with_how_it_was_held_in_brackets_over_its_employers_line_keeps_both(note: str) -> None:
    """ "Data Scientist (Contract Position)" over "Mar 2019 – Dec 2020 | NASA Ames": the brackets say how the post
    was held, and the post's name before them is no employer."""
    d = _doc()
    d.add_paragraph("Research Scientist")
    d.add_paragraph("Jan 2021 – Present | University of Arizona")
    d.add_paragraph("Built the imaging pipeline for the new telescope.", style="List Bullet")
    d.add_paragraph(f"Data Scientist ({note})")
    d.add_paragraph("Mar 2019 – Dec 2020 | NASA Ames")
    d.add_paragraph("Trained models on the flight archive.", style="List Bullet")
    roles = read_outline(saved(d)).roles
    assert [(r.title.value, r.employer.value) for r in roles] == [
        ("Research Scientist", "University of Arizona"),
        (f"Data Scientist ({note})", "NASA Ames"),
    ]


@pytest.mark.parametrize("line", ["Research Assistant (Volunteer)", "Software Engineer (Intern)"])
def test_a_post_with_what_kind_of_post_in_brackets_is_one_title(line: str) -> None:
    """ "Research Assistant (Volunteer)" over its employer's line: the brackets name what kind of post it was, not
    the post, and the post's name before them is no employer."""
    d = _doc()
    d.add_paragraph("Northwind Traders, Leeds")
    d.add_paragraph(f"{line}\tMar 2019 – Present")
    d.add_paragraph("Ran the weekly stock counts.", style="List Bullet")
    (role,) = read_outline(saved(d)).roles
    assert (role.title.value, role.employer.value) == (line, "Northwind Traders")


def test_an_employer_with_the_post_in_brackets_is_still_read_so() -> None:
    d = _doc()
    d.add_paragraph("Apparel Business Systems (Lead PHP Developer)\tMar 2019 – Present")
    d.add_paragraph("Ran the weekly releases.", style="List Bullet")
    (role,) = read_outline(saved(d)).roles
    assert (role.title.value, role.employer.value) == ("Lead PHP Developer", "Apparel Business Systems")
