"""An employer's line with its whole span over lines that each give only a name and dates, one after another with
no gap and together making up the employer's span, are the posts held there, whatever their names say: each takes
the employer's name, its own name as the title. Names over spans that leave a gap are not grouped so."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(spans: list[tuple[str, str]]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Dana Whitfield", style="Title")
    d.add_paragraph("dana.whitfield@example.org · +1 312 555 0142")
    d.add_paragraph("PROFESSIONAL EXPERIENCE", style="Heading 1")
    d.add_paragraph("Halcyon Freight Inc., Chicago, IL\tJanuary 2007 – June 2021")
    for name, dates in spans:
        d.add_paragraph(f"{name}, {dates}")
        d.add_paragraph(
            "Planned the routes, staffed the yards and kept the carriers on schedule across the region, every client."
        )
        d.add_paragraph("Ran the quarterly planning cycle.", style="List Bullet")
    return saved(d)


def test_names_that_tile_the_employers_span_are_its_posts() -> None:
    roles = read_outline(
        _cv(
            [
                ("Network Design and Launch", "November 2017 – June 2021"),
                ("Regional Capacity and Pricing", "August 2015 – November 2017"),
                ("Dispatch and Yard Flow", "January 2007 – August 2015"),
            ]
        )
    ).roles
    assert [(r.title.value, r.employer.value) for r in roles] == [
        ("Network Design and Launch", "Halcyon Freight Inc."),
        ("Regional Capacity and Pricing", "Halcyon Freight Inc."),
        ("Dispatch and Yard Flow", "Halcyon Freight Inc."),
    ]


def test_names_that_leave_a_gap_in_the_span_are_not_grouped_as_its_posts() -> None:
    roles = read_outline(
        _cv(
            [
                ("Network Design and Launch", "November 2017 – June 2021"),
                ("Regional Capacity and Pricing", "August 2009 – November 2012"),
            ]
        )
    ).roles
    assert not any(r.title.value == "Network Design and Launch" for r in roles)
