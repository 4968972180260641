"""A heading word written in every role ("Technologies" in bold under each post) labels a part of each entry, not a
section: a CV names each of its sections once, so the roles after the third one are still roles."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

_ROLES = [
    ("Data Engineer", "Northwind Traders", "Jan 2021 – Present", "Python, Airflow, dbt"),
    ("Backend Developer", "Globex Corporation", "Mar 2018 – Dec 2020", "Go, PostgreSQL, Kafka"),
    ("Software Developer", "Initech", "Sep 2015 – Feb 2018", "Java, Spring, Oracle"),
]


def _put(d: docx.document.Document, text: str, dress: str) -> None:
    if dress == "bold":
        d.add_paragraph().add_run(text).bold = True
    else:
        d.add_paragraph(text, style=dress)


def _cv(label: str, dress: str, headings: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Ana Ribeiro", style="Title")
    d.add_paragraph("ana.ribeiro@example.org")
    _put(d, "EXPERIENCE", headings)
    for title, employer, dates, tools in _ROLES:
        _put(d, f"{title}, {employer}\t{dates}", "bold")
        d.add_paragraph("Moved the nightly batch jobs to a streaming design.", style="List Bullet")
        _put(d, label, dress)
        d.add_paragraph(tools)
    _put(d, "EDUCATION", headings)
    d.add_paragraph("BSc Computer Science, Universidade do Porto, 2011 – 2015")
    _put(d, "LANGUAGES", headings)
    d.add_paragraph("Portuguese, English")
    return saved(d)


@pytest.mark.parametrize(
    ("label", "dress", "headings"),
    [
        ("TECHNOLOGIES", "bold", "bold"),  # dressed as the headings are
        ("TECHNOLOGIES", "bold", "Heading 1"),
        ("Technologies", "Heading 1", "Heading 1"),  # in the headings' own style
        ("Skills", "Heading 1", "Heading 1"),
        ("TECHNOLOGIES", "Heading 2", "bold"),
    ],
)
def test_a_heading_word_in_every_role_leaves_the_roles_after_it_read(label: str, dress: str, headings: str) -> None:
    outline = read_outline(_cv(label, dress, headings))
    assert [(r.title.value, r.employer.value, r.start.value) for r in outline.roles] == [
        ("Data Engineer", "Northwind Traders", "2021-01"),
        ("Backend Developer", "Globex Corporation", "2018-03"),
        ("Software Developer", "Initech", "2015-09"),
    ]
    assert outline.education  # the sections after the roles are still read
