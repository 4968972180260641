"""A CV whose roles are one line each, with no bullets, has its "Education" heading right under the last role's dates
line, and its "Skills" heading right under a dated degree. Dressed unlike the section heading above them (bold
"Education" under bold capitals "PROFESSIONAL EXPERIENCE"), they were taken for lines of a role: the degree and
every course under them were read as posts held. Heading words alone of a section that lists no posts (education,
skills, languages, interests, referees) now end the roles above them however they are dressed.

Found by the independent "roles in the wild" set (`bench/bench_cv_roles_wild.py`, tune seeds: its extra roles fell
from 764 to 436); the CVs below are made up."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

ROLES = [
    ("Deputy Head Teacher", "St Joseph's Catholic School", "11/2024–4/2025", "2024-11", "2025-04"),
    ("Head of Science", "London Academy", "8/2022–11/2024", "2022-08", "2024-11"),
    ("Maths Teacher", "Riverside High School", "2/2021–7/2022", "2021-02", "2022-07"),
]


def _heading(d: docx.Document, text: str, dress: str) -> None:
    if dress == "bold":
        d.add_paragraph().add_run(text).bold = True
    else:
        d.add_paragraph(text, style=dress)


def _cv(dress: str, separator: str, after: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Oliver Grant", style="Title")
    d.add_paragraph("oliver.grant@example.org | Manchester")
    d.add_paragraph().add_run("PROFESSIONAL EXPERIENCE").bold = True
    for title, employer, dates, _, _ in ROLES:
        d.add_paragraph(separator.join([title, employer, "London", dates]))
    _heading(d, "Education", dress)
    d.add_paragraph(separator.join(["PGCE Secondary Mathematics", "University of Leeds", "10/2001–10/2005"]))
    d.add_paragraph(separator.join(["A Levels", "Leeds Sixth Form College", "8/1998–8/2001"]))
    _heading(d, after, dress)
    d.add_paragraph(separator.join(["Excel for Business", "Coursera", "2020"]))
    return saved(d)


@pytest.mark.parametrize("dress", ["bold", "Heading 2"])
@pytest.mark.parametrize("separator", [", ", " | "])
@pytest.mark.parametrize("after", ["Skills", "Languages", "References"])
def test_education_under_a_one_line_role_ends_the_roles(dress: str, separator: str, after: str) -> None:
    out = read_outline(_cv(dress, separator, after))
    got = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in out.roles]
    assert got == [(t, e, s, f) for t, e, _, s, f in ROLES]


def test_a_heading_that_names_more_than_its_section_still_heads_nothing() -> None:
    """ "Education Officer, Leeds City Council, …" under a role's dates line is the next post (words besides the
    heading's own), not the end of the roles."""
    d = docx.Document()
    d.add_paragraph("Oliver Grant", style="Title")
    d.add_paragraph("oliver.grant@example.org")
    d.add_paragraph().add_run("PROFESSIONAL EXPERIENCE").bold = True
    d.add_paragraph("Head of Science, London Academy, London, 8/2022–11/2024")
    d.add_paragraph().add_run("Education Officer, Leeds City Council, Leeds, 3/2019–7/2022").bold = True
    out = read_outline(saved(d))
    assert [(r.title.value, r.employer.value) for r in out.roles] == [
        ("Head of Science", "London Academy"),
        ("Education Officer", "Leeds City Council"),
    ]
