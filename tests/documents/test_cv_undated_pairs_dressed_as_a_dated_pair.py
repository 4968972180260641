"""In a role section whose one dated role is written as a bold post's line over a plain organisation's line (its
dates a year inside a name: "Software Developer, Google Summer of Code 2019"), the undated pairs dressed line for line
as that role's ("Technical Analyst, Investment Banking" in bold over "Credit Suisse Business Analytics") are roles
whose dates the CV does not give; an award's pair ("Palmetto Fellows scholarship" over "Jairy C. Hunter, Jr.
scholarship") is none."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(pairs: list[tuple[str, str]]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Dana Brennan").runs[0].bold = True
    d.add_paragraph("dana.brennan@example.org")
    d.add_paragraph("POSITIONS HELD").runs[0].bold = True
    for post, org in pairs:
        d.add_paragraph().add_run(post).bold = True
        d.add_paragraph(org)
        d.add_paragraph("Order management systems", style="List Bullet")
    d.add_paragraph("EDUCATION").runs[0].bold = True
    d.add_paragraph("MS Computer Science, Arizona State University")
    return saved(d)


def _roles(data: bytes) -> list[tuple[str, str, str]]:
    return [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]


def test_undated_pairs_dressed_as_the_dated_pair_are_roles() -> None:
    got = _roles(
        _cv(
            [
                ("Technical Analyst, Investment Banking", "Credit Suisse Business Analytics"),
                ("Software Developer, Google Summer of Code 2019", "The Apache Software Foundation"),
                ("Technology Intern, International Wealth Management", "Credit Suisse"),
            ]
        )
    )
    assert ("Technical Analyst, Investment Banking", "Credit Suisse Business Analytics", "") in got
    assert ("Technology Intern, International Wealth Management", "Credit Suisse", "") in got
    assert len(got) == 3


def test_an_awards_pair_is_no_role() -> None:
    got = _roles(
        _cv(
            [
                ("Software Developer, Google Summer of Code 2019", "The Apache Software Foundation"),
                ("Palmetto Fellows scholarship", "Jairy C. Hunter, Jr. scholarship"),
            ]
        )
    )
    assert [t for t, _, _ in got] == ["Software Developer, Google Summer of Code"]
