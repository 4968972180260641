"""A table row per role in cells side by side: the title over the tools' bullets in one cell, the employer over what
was done in the next, the dates in the last ("PHP developer" / "Nearpod" / "abril 2015 - actual"). The bullets end the
first cell's fields; the next cell's first line is the role's employer, not part of its description."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

ROWS = [
    (
        "PHP developer",
        ["seo - google analytics", "javascript - angular"],
        "Nearpod",
        "Desarrollo del sitio de marketing con nuevas tecnologías",
        "abril 2015 - actual",
    ),
    ("Web UI developer", ["html5 - css3", "svn - maven"], "Globant", "UI for a bank", "julio 2014 - abril 2015"),
    (
        "Analista Programador",
        ["php5 - oop", "mysql"],
        "Net Labs",
        "Mantenimiento de un producto para proveedores de internet",
        "nov 2012 - nov 2013",
    ),
]


def _cv() -> bytes:
    d = docx.Document()
    d.add_paragraph().add_run("Sasha Marlowe").bold = True
    d.add_paragraph("sasha.marlowe@example.org")
    d.add_paragraph().add_run("Experiencia").bold = True
    table = d.add_table(rows=0, cols=3)
    for title, bullets, employer, what, dates in ROWS:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(title).bold = True
        for item in bullets:
            cells[0].add_paragraph(item, style="List Bullet")
        cells[1].text = employer
        cells[1].add_paragraph(what)
        cells[2].text = dates
    return saved(d)


def test_each_rows_employer_is_the_first_line_of_the_cell_after_the_bullets() -> None:
    got = [(r.title.value, r.employer.value, r.start.value) for r in read_outline(_cv()).roles]
    assert got == [
        ("PHP developer", "Nearpod", "2015-04"),
        ("Web UI developer", "Globant", "2014-07"),
        ("Analista Programador", "Net Labs", "2012-11"),
    ]
