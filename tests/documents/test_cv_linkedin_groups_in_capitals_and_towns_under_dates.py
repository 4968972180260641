"""Two things the role set in the wild found on fresh seeds (even seeds 1200 to 1798 of
`bench/bench_cv_roles_wild.py`; its report seeds stay the odd ones below 600), both in LinkedIn's profile saved as a
document:

- Each employer in bold capitals over the posts held there, with LinkedIn's total ("3 years 9 months") under it, in a
  CV whose own headings ("ABOUT ME") are bold capitals too. The employer was taken for a heading, as it stood three
  lines over its first dates and the reader looked two lines down only; the employers below it then sat under that
  "heading", outside the roles, and were read as headings too. The total is now looked past.
- A town right under a post's dates ("Toronto, ON, CA"), the place LinkedIn writes there, was read as the employer of
  the next post at the same firm.

LinkedIn family on those seeds: 48 → 63 of 63 roles. The CVs below are made up."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

GROUPS = [
    (
        "KESTREL FREIGHT",
        "6 years 2 months",
        [
            ("Transport Planner", "March 2021 - Present (3 years 9 months)", "Toronto, ON, CA"),
            ("Shift Lead", "June 2018 - February 2021 (2 years 9 months)", "Calgary, AB, CA"),
        ],
    ),
    ("NORTHGATE FOODS", "", [("Clerk", "September 2015 - May 2018 (2 years 9 months)", "Toronto, ON, CA")]),
    ("ASHFORD COUNCIL", "", [("Porter", "January 2013 - August 2015 (2 years 8 months)", "Halifax, NS, CA")]),
]
WANT = [
    ("Transport Planner", "KESTREL FREIGHT", "2021-03", "present"),
    ("Shift Lead", "KESTREL FREIGHT", "2018-06", "2021-02"),
    ("Clerk", "NORTHGATE FOODS", "2015-09", "2018-05"),
    ("Porter", "ASHFORD COUNCIL", "2013-01", "2015-08"),
]


def _cv(towns: bool, capitals: bool, bullets: bool = True) -> bytes:
    d = docx.Document()
    d.add_paragraph().add_run("Priya Raman").bold = True
    d.add_paragraph("priya.raman@example.org | 07700 900123 | Leeds")
    d.add_paragraph().add_run("ABOUT ME").bold = True
    d.add_paragraph("Planner with eleven years in transport, food production and local government.")
    d.add_paragraph("Experience", style="Heading 1")
    for employer, total, posts in GROUPS:
        d.add_paragraph().add_run(employer if capitals else employer.title()).bold = True
        if total:
            d.add_paragraph(total)
        for post, dates, town in posts:
            d.add_paragraph(post)
            d.add_paragraph(dates)
            if towns:
                d.add_paragraph(town)
            if bullets:
                d.add_paragraph("Kept the weekly schedule in line with the rules.", style="List Bullet")
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("September 2009 - June 2012\tBSc Geography, University of Leeds")
    return saved(d)


def _read(data: bytes) -> list[tuple[str, str, str, str]]:
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]


def _want(capitals: bool) -> list[tuple[str, str, str, str]]:
    return [(t, e if capitals else e.title(), s, f) for t, e, s, f in WANT]


@pytest.mark.parametrize("towns", [True, False])
def test_an_employer_in_capitals_over_linkedins_total_heads_its_posts(towns: bool) -> None:
    assert _read(_cv(towns, capitals=True)) == _want(True)


@pytest.mark.parametrize("capitals", [True, False])
def test_a_town_under_a_posts_dates_is_no_employer_of_the_next_post(capitals: bool) -> None:
    assert _read(_cv(towns=True, capitals=capitals, bullets=False)) == _want(capitals)
