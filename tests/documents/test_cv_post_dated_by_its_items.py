"""A post written with no dates of its own ("Instructor of Record, Northwind State University, Springfield, IL"), over
the courses taught there, each dated in brackets closing its line ("Undergraduate Statistics (May-June 2020)"): the
post ran from the first of those dates to the last. A post's noun after "Co-" or "Vice-" names a post."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import role_score
from tests.docx_build import saved


def _cv(items: list[tuple[str, list[str]]], style: str = "List Bullet 2") -> bytes:
    d = docx.Document()
    d.add_paragraph("Ana Moreno-Vidal", style="Title")
    d.add_paragraph("ana.moreno@example.org | +1 (555) 201-3344")
    d.add_paragraph("Research Experience", style="Heading 1")
    d.add_paragraph("Sep 2016 - Present\tGraduate Researcher, Northwind State University, Springfield, IL")
    d.add_paragraph("Teaching and Mentoring Experience", style="Heading 1")
    for head, lines in items:
        d.add_paragraph(style=style).add_run(head).bold = True
        for line in lines:
            d.add_paragraph(line, style=style)
    d.add_paragraph("Skills", style="Heading 1")
    d.add_paragraph("R, Python, SPSS")
    return saved(d)


def _taught(data: bytes) -> list[tuple[str, str, str, str, str]]:
    return [
        (r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value)
        for r in read_outline(data).roles
        if r.start.value != "2016-09"
    ]


def test_a_post_takes_the_span_of_the_courses_under_it() -> None:
    roles = _taught(
        _cv(
            [
                (
                    "Instructor of Record, Northwind State University, Springfield, IL",
                    ["Undergraduate Statistics (May-June 2020 [Summer Session I])"],
                ),
                (
                    "Teaching Assistant (five semesters), Lakeside Technical Institute, Haifa, Israel",
                    [
                        "Introduction to Cognitive Psychology (Fall 2010, Spring 2011)",
                        "Introduction to Social Psychology (Spring 2012, Fall 2013)",
                        "Research Methods Seminar (Fall 2015)",
                    ],
                ),
            ]
        )
    )
    assert roles == [
        ("Instructor of Record", "Northwind State University", "Springfield, IL", "2020-05", "2020-06"),
        ("Teaching Assistant", "Lakeside Technical Institute", "Haifa, Israel", "2010", "2015"),
    ]


def test_the_courses_stay_the_posts_bullets() -> None:
    data = _cv(
        [
            (
                "Instructor, Riverside Community College, Tacoma, Washington",
                ["Writing Intensive Psychology Seminar [two sections] (Aug 2017)", "Memory and Learning (Jan 2018)"],
            )
        ]
    )
    role = next(r for r in read_outline(data).roles if r.title.value == "Instructor")
    assert (role.start.value, role.end.value) == ("2017-08", "2018-01")
    assert [b.text for b in role.bullets] == [
        "Writing Intensive Psychology Seminar [two sections] (Aug 2017)",
        "Memory and Learning (Jan 2018)",
    ]


def test_a_bracketed_aside_before_the_closing_dates_leaves_them_the_items() -> None:
    roles = _taught(
        _cv(
            [
                (
                    "Lab Instructor, Lakeside Technical Institute, Haifa, Israel",
                    ["Design seminar (an elective course open to all years: BA, MA) (May 2013, June 2014)"],
                )
            ]
        )
    )
    assert roles == [("Lab Instructor", "Lakeside Technical Institute", "Haifa, Israel", "2013-05", "2014-06")]


def test_a_co_post_is_a_post() -> None:
    roles = _taught(
        _cv(
            [
                (
                    "Co-Instructor, Northwind State University, Springfield, IL",
                    ["Workshop taught: Bayes and Data Workshop (Aug 2019)"],
                )
            ]
        )
    )
    assert roles == [("Co-Instructor", "Northwind State University", "Springfield, IL", "2019-08", "2019-08")]


def test_a_line_naming_no_post_takes_no_dates_from_the_lines_under_it() -> None:
    # a group of talks under the place they were given: no post was held there
    roles = _taught(_cv([("Northwind State University, Springfield, IL", ["Talk on memory (May 2019)"])]))
    assert roles == []


def test_prefixed_posts_are_posts_when_written_as_titles() -> None:
    assert [role_score(t) for t in ("Co-Instructor", "Vice-President", "Sub-Editor", "Co-Director")] == [1.0] * 4
    # inside an aside, in lower case, a lecture given with a colleague names no post
    assert role_score("co-lecturer with Jane Doe") == 0.0
