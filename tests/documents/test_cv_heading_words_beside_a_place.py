"""Words in capitals with a place beside them after a tab ("HIGHLIGHTED PERSONAL PROJECTS<TAB>Remote"), written as
the employers' lines under them are ("MICROVERSE<TAB>Remote"), head a role: a heading in a left column has the
section's text beside it, never a place alone. A heading with a role's text beside it still opens its section."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def test_heading_words_with_a_place_beside_them_head_a_role() -> None:
    data = docx_bytes(
        ("SASHA BRENNAN\tFULL-STACK WEB DEVELOPER", None),
        ("sasha.brennan@example.org", None),
        ("EXPERIENCE", None),
        ("HIGHLIGHTED PERSONAL PROJECTS\tRemote", None),
        ("Full Stack Web Developer\tFebruary 2022 – Present", None),
        ("Awesome Books — a website that lists the books of a library and lets users add and remove them.", None),
        ("MICROVERSE\tRemote", None),
        ("Mentor (Volunteer)\tMarch 2022 – Present", None),
        ("Mentoring junior web developers through code reviews.", None),
        ("EDUCATION", None),
        ("TECHNICAL UNIVERSITY OF MOMBASA\tSeptember 2017 – December 2021", None),
    )
    got = [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]
    assert ("Mentor (Volunteer)", "MICROVERSE", "2022-03") in got
    assert ("Full Stack Web Developer", "HIGHLIGHTED PERSONAL PROJECTS", "2022-02") in got


def test_a_side_heading_beside_a_roles_text_still_opens_its_section() -> None:
    data = docx_bytes(
        ("Sasha Brennan", "Title"),
        ("sasha.brennan@example.org", None),
        ("WORK\t\tInternational Ivy, Sparta, NJ\t7/15 – 8/15", None),
        ("EXPERIENCE:\t\tJava Instructor", None),
        ("EDUCATION\t\tNorthwind University, BSc Computer Science, 2016", None),
    )
    got = [(r.title.value, r.employer.value) for r in read_outline(data).roles]
    assert got == [("Java Instructor", "International Ivy")]
