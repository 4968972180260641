"""Posts a CV lists outside its role sections (2026-12-02): at the top of the page under no heading the reader knows,
and among the degrees of a plain "Education" section. Each shape is built here.

Chosen from where the held-out half's misses stand, counted by section kind (no file was read): a role whose dates
line sat at the top of the page or in an education section was never read.
"""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import named_cv


def _outline(*paragraphs: tuple[str, str | None]):  # type: ignore[no-untyped-def]
    return read_outline(named_cv(*paragraphs))


def _roles(*paragraphs: tuple[str, str | None]) -> list[tuple[str, str, str]]:
    return [(r.title.value, r.employer.value, r.start.value) for r in _outline(*paragraphs).roles]


def test_posts_at_the_top_under_an_unknown_heading_are_read_beside_a_named_section() -> None:
    got = _roles(
        ("What I have done so far", None),
        ("Support Analyst, Northwind Traders\t2021 – 2023", None),
        ("Helpdesk Technician, Contoso Ltd\t2018 – 2021", None),
        ("Volunteering", "Heading 1"),
        ("Volunteer, City Food Bank\t2016 – 2018", None),
    )
    assert got == [
        ("Support Analyst", "Northwind Traders", "2021"),
        ("Helpdesk Technician", "Contoso Ltd", "2018"),
        ("Volunteer", "City Food Bank", "2016"),
    ]


def test_one_dated_line_at_the_top_is_not_read_as_roles_beside_a_named_section() -> None:
    got = _roles(
        ("Certified since 2019, Senior Analyst of the year", None),
        ("Experience", "Heading 1"),
        ("Support Analyst, Northwind Traders\t2021 – 2023", None),
    )
    assert got == [("Support Analyst", "Northwind Traders", "2021")]


def test_a_post_among_the_degrees_of_a_plain_education_section_is_an_unsure_role() -> None:
    outline = _outline(
        ("Experience", "Heading 1"),
        ("Support Analyst, Northwind Traders\t2021 – 2023", None),
        ("Education", "Heading 1"),
        ("PhD in Economics, University of California, San Diego\t1995 – 2000", None),
        ("Visiting Scholar, University of California, Berkeley\t1993 – 1994", None),
    )
    got = [(r.title.value, r.employer.value, r.start.value) for r in outline.roles]
    assert got == [
        ("Support Analyst", "Northwind Traders", "2021"),
        ("Visiting Scholar", "University of California, Berkeley", "1993"),
    ]
    assert outline.roles[1].title.confidence <= 0.6 and outline.roles[1].employer.confidence <= 0.6


def test_a_degree_line_that_names_a_supervisor_or_a_course_is_no_post() -> None:
    got = _roles(
        ("Experience", "Heading 1"),
        ("Support Analyst, Northwind Traders\t2021 – 2023", None),
        ("Education", "Heading 1"),
        ("Supervisor: Prof. Dana Reyes, Tongji University\t2019 – 2021", None),
        ("Course in Project Management, Open University\t2018 – 2018", None),
        ("Doctor of Philosophy, University of Leeds\t2014 – 2018", None),
    )
    assert got == [("Support Analyst", "Northwind Traders", "2021")]
