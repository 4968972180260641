"""Undated roles written "Title at Organisation" line after line are read when the titles are in a language whose post
nouns the reader does not know ("specjalista do spraw dostępności cyfrowej at Fundacja Vis Maior"): the "at" says
which side is the post. Lines of skills parted by commas, with no "at", stay no roles."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(lines: list[str]) -> bytes:
    d = docx.Document()
    d.add_paragraph().add_run("Robin Lindqvist").bold = True
    d.add_paragraph("Warszawa, PL | robin.lindqvist@example.org")
    d.add_paragraph().add_run("WORK EXPERIENCE").bold = True
    for line in lines:
        d.add_paragraph().add_run(line).bold = True
    d.add_paragraph().add_run("EDUCATION").bold = True
    d.add_paragraph("Uniwersytet Warszawski, 2008")
    return saved(d)


def test_at_lines_with_unknown_post_nouns_are_undated_roles() -> None:
    out = read_outline(
        _cv(
            [
                "naczelnik wydziału at Ministerstwo Cyfryzacji",
                "specjalista do spraw dostępności cyfrowej at Fundacja Vis Maior",
                "doradca do spraw Konwencji at Polski Związek Głuchych",
            ]
        )
    )
    assert [(r.title.value, r.employer.value, r.start.value) for r in out.roles] == [
        ("naczelnik wydziału", "Ministerstwo Cyfryzacji", ""),
        ("specjalista do spraw dostępności cyfrowej", "Fundacja Vis Maior", ""),
        ("doradca do spraw Konwencji", "Polski Związek Głuchych", ""),
    ]


def test_comma_lines_of_skills_are_no_roles() -> None:
    out = read_outline(_cv(["Python, Django", "React, Redux", "PostgreSQL, Redis"]))
    assert out.roles == []
