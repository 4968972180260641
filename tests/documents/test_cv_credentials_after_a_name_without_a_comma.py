"""Found by reading made-up CVs of nurses, vets, teachers and lawyers (not from a corpus file): a professional
body's or licence's letters written after the name with no comma ("Niamh Kelly RGN", "Gloria Diaz RN BSN", "Fiona
Blake BVSc MRCVS") were kept in the name, a degree's class in brackets left its letters behind ("Olivia Martin BA
(Hons) PGCE" read "Olivia Martin BA PGCE"), and "Esq." after a comma was no credential. Known post-nominals, words
shaped as degrees ("BVSc") and a bracketed class ("(Hons)") are credentials; a bare "BA" only before another one, as
"Mamadou Lamine BA" is a name."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(name: str, where: str) -> bytes:
    d = docx.Document()
    if where == "header":
        d.sections[0].header.paragraphs[0].add_run(name)
    elif where == "table":
        row = d.add_table(rows=1, cols=2).rows[0]
        row.cells[0].paragraphs[0].add_run(name)
        row.cells[1].paragraphs[0].add_run("Cork, Ireland\n+353 87 123 4567")
    else:
        d.add_paragraph(name, style="Title")
    d.add_paragraph("Cork, Ireland | +353 87 123 4567 | seeker@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Staff Nurse, Mercy Hospital, Cork\tMarch 2019 – Present")
    d.add_paragraph("Cared for patients on a busy surgical ward and trained new staff on night shifts.")
    return saved(d)


@pytest.mark.parametrize("where", ["title", "header", "table"])
@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Gloria Diaz RN BSN", "Gloria Diaz"),
        ("Niamh Kelly RGN", "Niamh Kelly"),
        ("Fiona Blake BVSc MRCVS", "Fiona Blake"),
        ("Olivia Martin BA (Hons) PGCE", "Olivia Martin"),
        ("Olivia Martin BA (Hons)", "Olivia Martin"),
        ("Tom Baker BEng (Hons) CEng MICE", "Tom Baker"),
        ("Michael Ross, Esq.", "Michael Ross"),
        ("Michael Ross Esq.", "Michael Ross"),
    ],
)
def test_credentials_after_the_name_are_no_part_of_it(line: str, name: str, where: str) -> None:
    assert read_outline(_cv(line, where)).name.value == name


@pytest.mark.parametrize("line", ["Mamadou Lamine BA", "Anouk DE VRIES", "Maria GARCIA LOPEZ", "Ngoc Anh TRAN"])
def test_a_short_capital_word_alone_after_a_name_stays_in_it(line: str) -> None:
    assert read_outline(_cv(line, "title")).name.value == line
