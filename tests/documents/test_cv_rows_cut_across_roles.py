"""A one-column table whose rows cut the roles anywhere (the first row holding one role's employer and title and
the next role's employer, each row after it a title and the next employer): no row is one role's, and each title
takes the employer over it, as the lines read down the page."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

ROLES = [
    ("Harbourview Analytics", "Lisbon, Portugal", "Data Intern", "May 2019 – August 2019"),
    ("Institute of Coastal Studies", "Porto, Portugal", "Research Intern, Team Lead", "March 2016 – June 2016"),
    ("Meridian University", "Coimbra, Portugal", "Teaching Assistant", "September 2014 – April 2017"),
    ("Brightwave Software", "Braga, Portugal", "Software Developer", "July 2011 – June 2013"),
]


def _cv(rows: list[list[tuple[str, bool]]]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Inês Carvalho", style="Title")
    d.add_paragraph("ines.carvalho@example.org")
    d.add_paragraph("Work Experience", style="Heading 1")
    table = d.add_table(rows=0, cols=1)
    for lines in rows:
        cell = table.add_row().cells[0]
        cell.paragraphs[0].text = ""
        for k, (text, bold) in enumerate(lines):
            par = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            par.add_run(text).bold = bold
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("MSc Computer Science, Meridian University, 2011")
    return saved(d)


def _employer(role: tuple[str, str, str, str]) -> tuple[str, bool]:
    return f"{role[0]}\t{role[1]}", True


def _title(role: tuple[str, str, str, str]) -> tuple[str, bool]:
    return f"{role[2]}\t{role[3]}", False


def test_rows_that_cut_across_roles_do_not_give_a_role_the_next_employer() -> None:
    rows = [[_employer(ROLES[0]), _title(ROLES[0]), _employer(ROLES[1])]]
    rows += [[_title(ROLES[k]), _employer(ROLES[k + 1])] for k in range(1, len(ROLES) - 1)]
    rows += [[_title(ROLES[-1])]]
    got = [(r.title.value, r.employer.value, r.place.value) for r in read_outline(_cv(rows)).roles]
    assert got == [(title, employer, place) for employer, place, title, _ in ROLES]


def test_rows_that_each_hold_one_role_still_read_row_by_row() -> None:
    rows = [[_employer(role), _title(role)] for role in ROLES]
    got = [(r.title.value, r.employer.value) for r in read_outline(_cv(rows)).roles]
    assert got == [(title, employer) for employer, _, title, _ in ROLES]
