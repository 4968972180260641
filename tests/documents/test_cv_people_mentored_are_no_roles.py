"""Dated entries that open with a person's name under a heading of the people one supervised ("Undergraduate
Students", "Mentees") are those people, not posts: "Riley Hart, Mishler Lab, UCB<TAB>2018-2020" is no role of the
seeker's. A post listed after them in the same section ("Teaching Assistant, University of Leeds") still is."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _roles(*section: tuple[str, str | None]) -> list[tuple[str, str]]:
    data = docx_bytes(
        ("Jenna Okafor", "Title"),
        ("jenna.okafor@example.org", None),
        ("Research Experience", "Heading 1"),
        ("Graduate Student Researcher, University of California, Berkeley\t2015 – 2021", None),
        ("Studied desiccation tolerance in desert mosses.", "List Bullet"),
        *section,
        ("Education", "Heading 1"),
        ("PhD Integrative Biology, University of California, Berkeley, 2021", None),
    )
    return [(r.title.value, r.employer.value) for r in read_outline(data).roles]


def test_people_listed_under_a_plural_post_heading_are_no_roles() -> None:
    got = _roles(
        ("Mentorship", "Heading 1"),
        ("Undergraduate Students", None),
        ("Sam Delgado, Mishler Lab, UCB\t2018-2020", None),
        ("Riley Hart, Mishler Lab, UCB\t2018-2020", None),
    )
    assert got == [("Graduate Student Researcher", "University of California, Berkeley")]


def test_people_under_a_mentees_heading_are_no_roles_but_a_post_after_them_is() -> None:
    got = _roles(
        ("Teaching Experience", "Heading 1"),
        ("Mentees, WPI", None),
        ("Wei Chen (MS student, Data Science, WPI)\t2017 – 2018", None),
        ("Lena Fischer (Undergraduate student, Biomedical Engineering, WPI)\t2017", None),
        ("Teaching Assistant, University of Leeds\t2015 – 2016", None),
    )
    assert [t for t, _ in got] == ["Graduate Student Researcher", "Teaching Assistant"]
