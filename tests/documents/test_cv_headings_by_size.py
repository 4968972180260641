"""A CV that sets its headings apart by the size of their letters alone (18 pt over 12 pt text, neither bold nor
capitals nor a heading style): a longer heading in that size naming a kind of section ("Internship Experience in
Tech Companies") opens that section, as the short ones ("Summary", "Education") do."""

from __future__ import annotations

import docx
from docx.shared import Pt

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(heading_size: int) -> bytes:
    d = docx.Document()

    def para(text: str, size: int = 12, bold: bool = False) -> None:
        run = d.add_paragraph().add_run(text)
        run.font.size, run.bold = Pt(size), bold

    para("Aiden Okafor", 24)
    para("aiden.okafor@example.org")
    para("Summary", heading_size)
    para("A student of computer science at Northwind University who builds data tools.")
    para("Technical Skills", heading_size)
    para("Python, SQL and Rust, with some work in C++ and C# for games.")
    para("Internship Experience in Tech Companies", heading_size)
    table = d.add_table(rows=0, cols=1)
    for text, bold in (
        ("Internship", True),
        ("BrightLoop", True),
        ("January 2020 – February 2020", True),
        ("Built a dashboard of the team's deployments in React.", False),
        ("Internship", True),
        ("BrightLoop", True),
        ("June 2020 – September 2020", True),
        ("Moved the nightly jobs to a queue and cut their run time by half.", False),
    ):
        table.add_row().cells[0].paragraphs[0].add_run(text).bold = bold
    para("Education", heading_size)
    para("Northwind University, BSc Computer Science, 2018 – 2022")
    return saved(d)


def test_a_heading_set_apart_by_size_alone_opens_its_section() -> None:
    roles = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(_cv(18)).roles]
    assert roles == [
        ("Internship", "BrightLoop", "2020-01", "2020-02"),
        ("Internship", "BrightLoop", "2020-06", "2020-09"),
    ]


def test_a_line_in_the_texts_own_size_heads_nothing() -> None:
    # every line in 12 pt: the size sets no line apart
    outline = read_outline(_cv(12))
    assert all(r.title.value != "Internship Experience in Tech Companies" for r in outline.roles)
