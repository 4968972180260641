"""A dated list item naming where ("Northwind Analytics, Pune, India [Summer, 2018]") over an item one level deeper
naming the post ("Research Intern @Vision team"): the line is the employer and its place, the item below the
title, "@" written against a name reads as "at", and a season with a comma ("Summer, 2018") is one date. An item
below that is a numbered task or has dates of its own names no post."""

from __future__ import annotations

import docx

from app.documents.cv_dates import find_dates
from app.documents.cv_head_line import line_segments
from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(items: list[tuple[str, str, str]]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Arjun Mehta", style="Title")
    d.add_paragraph("arjun.mehta@example.org")
    d.add_paragraph("Professional Experience", style="Heading 1")
    for head, post, note in items:
        d.add_paragraph(style="List Bullet").add_run(head).bold = True
        d.add_paragraph(post, style="List Bullet 2")
        d.add_paragraph(note, style="List Bullet 2")
    return saved(d)


def test_the_item_below_a_dated_employer_line_names_the_post() -> None:
    roles = read_outline(
        _cv(
            [
                ("Northwind Analytics, Pune, India [Summer, 2018]", "Research Intern @Vision team", "Project: defects"),
                ("Fabrikam Studios, Austin, Texas [Summer, 2017]", "Software Intern @Mobile team", "Project: uploads"),
                ("Globex Research, Boston [June 2015 - August 2016]", "Data Analyst", "Role: reported sales"),
            ]
        )
    ).roles
    assert [(r.title.value, r.employer.value, r.place.value, r.start.value) for r in roles] == [
        ("Research Intern", "Northwind Analytics", "Pune, India", "2018"),
        ("Software Intern", "Fabrikam Studios", "Austin, Texas", "2017"),
        ("Data Analyst", "Globex Research", "Boston", "2015-06"),
    ]


def test_the_item_below_a_line_read_as_employer_and_place_names_the_post() -> None:
    # the line names an organisation by its own words, so it is read as the employer: the item still names the post
    roles = read_outline(
        _cv(
            [
                (
                    "Northwind Institute of Technology, Springfield, Illinois [Summer, 2018]",
                    "Summer Research Intern @ABCD Labs",
                    "Project: fast sparse solvers",
                ),
                (
                    "Indian Institute of Science, Kolkata [Aug 2012 – August, 2014]",
                    "Research Assistant, Department of Physics",
                    "Worked on sparse coding for images.",
                ),
            ]
        )
    ).roles
    assert [(r.title.value, r.employer.value, r.place.value, r.start.value) for r in roles] == [
        ("Summer Research Intern", "Northwind Institute of Technology", "Springfield, Illinois", "2018"),
        ("Research Assistant", "Indian Institute of Science", "Kolkata", "2012-08"),
    ]


def test_an_item_with_its_own_dates_or_a_numbered_task_names_no_post() -> None:
    roles = read_outline(
        _cv(
            [
                ("TEDxOslo [September 2017 - Present]", "Lead Organizer (09/2017 - 12/2018)", "Advisor (12/2018 -)"),
                ("Umbrella Labs [March 2015 - August 2017]", "1. Led the design review", "2. Wrote the test plan"),
            ]
        )
    ).roles
    assert all(r.employer.value != "TEDxOslo, TEDxOslo" for r in roles)
    assert all(not r.title.value.startswith(("1.", "Led")) for r in roles)


def test_a_season_with_a_comma_before_its_year_is_one_date() -> None:
    span = find_dates("Globex Research, Austin, Texas [Summer, 2018]")
    assert span is not None and span.text == "Summer, 2018"


def test_at_sign_against_a_name_reads_as_at_but_an_address_stays_whole() -> None:
    assert line_segments("Research Intern @Vision team") == [("Research Intern", False), ("Vision team", True)]
    assert line_segments("jane.doe@example.org") == [("jane.doe@example.org", False)]
