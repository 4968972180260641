"""A bold "Projects" right under a role's line that names its post and its employer beside its dates heads the
projects done there: it is no employer of the role, and the dated projects under it ("Audience Response System
(2011 – 2014). Distributed system that …") are no roles. A bold title under a dates line that names no post is still
the role's title."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(role_line: str, under: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("GLENN MARSH")
    d.add_paragraph("Denver, CO 80111\t\tglenn.marsh@example.org")
    d.add_paragraph("SKILLS")
    d.add_paragraph("Web application development", style="List Bullet")
    d.add_paragraph("EMPLOYMENT")
    d.add_paragraph(role_line)
    d.add_paragraph().add_run(under).bold = True
    for item in (
        "Audience Response System (2011 – 2014). Distributed system that collects answers on mobile devices. NodeJS.",
        "Learning Management System (2012 – 2013). Web application that delivers online coursework. LAMP, jQuery.",
    ):
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph("EDUCATION")
    d.add_paragraph("Bachelor's Degree in Computing, University of Sunderland, 2005")
    return saved(d)


def test_projects_under_a_full_role_line_are_no_roles() -> None:
    out = read_outline(_cv("Senior Software Engineer\tEducational Measures\tSummer 2006 – Winter 2014", "Projects"))
    assert [(r.title.value, r.employer.value, r.start.value) for r in out.roles] == [
        ("Senior Software Engineer", "Educational Measures", "2006")
    ]


def test_a_bold_title_under_an_employers_dates_line_is_still_its_title() -> None:
    out = read_outline(_cv("Educational Measures\tSummer 2006 – Winter 2014", "Senior Software Engineer"))
    assert [(r.title.value, r.employer.value) for r in out.roles][:1] == [
        ("Senior Software Engineer", "Educational Measures")
    ]
