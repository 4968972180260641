"""An employer written as a list item of its own over the posts held there ("• Globex Corp", "QA Lead", "Jun 2016 –
Mar 2018", "QA Tester", "Feb 2015 – Jun 2016") heads those posts: each post under it, its title alone on the line
over its dates, was held at that employer."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

_GROUPS = [
    ("Northwind Traders", [("Software Engineer", "Jan 9, 2020-Present")]),
    ("ACME-Widgets LLC", [("Data Analyst", "Mar 12, 2018-Jan 9, 2020")]),
    (
        "GLOBAL WIDGET SUPPLY CORP",
        [("QA Lead", "Jun 1, 2016-Mar 1, 2018"), ("QA Tester", "Feb 1, 2015-Jun 1, 2016")],
    ),
]


def _cv(employer_style: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Jordan A. Mills")
    d.add_paragraph("jordan.mills@example.org")
    d.add_paragraph("Work History", style="Heading 1")
    for employer, posts in _GROUPS:
        d.add_paragraph(employer, style=employer_style)
        for title, dates in posts:
            d.add_paragraph(title)
            d.add_paragraph(dates)
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("BSc Computer Science, State University, 2014")
    return saved(d)


@pytest.mark.parametrize("employer_style", ["List Bullet", "Normal"])
def test_each_post_under_an_employers_own_line_is_held_there(employer_style: str) -> None:
    roles = read_outline(_cv(employer_style)).roles
    assert [(r.title.value, r.employer.value, r.start.value) for r in roles] == [
        ("Software Engineer", "Northwind Traders", "2020-01"),
        ("Data Analyst", "ACME-Widgets LLC", "2018-03"),
        ("QA Lead", "GLOBAL WIDGET SUPPLY CORP", "2016-06"),
        ("QA Tester", "GLOBAL WIDGET SUPPLY CORP", "2015-02"),
    ]
    assert not any(r.bullets for r in roles)


def test_a_roles_only_bullet_over_the_next_role_is_still_a_bullet() -> None:
    # each role's one bullet, unpunctuated, stands over the next role's title line and dates as an employer's line
    # would; the first role's bullet stands under its dates, not over the section's first role
    d = docx.Document()
    d.add_paragraph("Jordan A. Mills")
    d.add_paragraph("jordan.mills@example.org")
    d.add_paragraph("Work History", style="Heading 1")
    for title, employer, dates, bullet in [
        ("Software Engineer", "Northwind Traders", "Jan 2020 – Present", "Ran the release train"),
        ("Data Analyst", "ACME-Widgets LLC", "Mar 2018 – Jan 2020", "Built the churn model"),
        ("QA Tester", "Globex Corp", "Feb 2015 – Mar 2018", ""),
    ]:
        d.add_paragraph(f"{title}, {employer}")
        d.add_paragraph(dates)
        if bullet:
            d.add_paragraph(bullet, style="List Bullet")
    roles = read_outline(saved(d)).roles
    assert [(r.title.value, r.employer.value, [b.text for b in r.bullets]) for r in roles] == [
        ("Software Engineer", "Northwind Traders", ["Ran the release train"]),
        ("Data Analyst", "ACME-Widgets LLC", ["Built the churn model"]),
        ("QA Tester", "Globex Corp", []),
    ]
