"""A CV whose sections are tables, with each heading written between them as a bold paragraph: a heading the reader
cannot name ("Research Work"), dressed as its known headings are and standing where they stand, opens a section too.
Under such a heading, dated lines each over an organisation's line ("Postdoc Res.<TAB>2023.03-Present" over
"Institute of Molecular Science, Northwind University") are posts. "Cursus" and "Études" head a French CV's studies."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import heading_kind
from tests.docx_build import saved


def _table(d: docx.Document, rows: list[str]) -> None:
    table = d.add_table(rows=0, cols=1)
    for text in rows:
        table.add_row().cells[0].text = text


def _cv(heading: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Curriculum Vitae")
    d.add_paragraph().add_run("Minji Park").bold = True
    _table(d, ["Seoul, Republic of Korea", "Email: minji.park@example.org", "Phone: (082) 10-5555-0101"])
    d.add_paragraph().add_run("Education").bold = True
    _table(d, ["Ph.D.\t2016-2022", "Northwind University, Seoul, Republic of Korea", "M.S.\t2014-2016"])
    d.add_paragraph().add_run(heading).bold = True
    _table(
        d,
        [
            "Postdoc Res.\t2023.03-Present",
            "Institute of Molecular Science, Northwind University, Seoul, Republic of Korea",
            "Post-Doc.\t2022.09-2023.02",
            "Department of Chemistry, Eastbrook University, Seoul, Republic of Korea",
        ],
    )
    d.add_paragraph().add_run("Research Interests").bold = True
    _table(d, ["Catalysis for clean hydrogen", "Machine learning for materials"])
    d.add_paragraph().add_run("Publications").bold = True
    _table(d, ["Park, M., Lee, J. Single-atom catalysts. J. Chem. 12 (2021) 1-9."])
    d.add_paragraph().add_run("Teaching Experience").bold = True
    _table(d, ["1\t2024-present", "Lecturer, Department of Chemistry, Northwind University"])
    return saved(d)


def test_a_heading_between_tables_dressed_as_the_known_ones_opens_a_section_of_posts() -> None:
    roles = [(r.title.value, r.employer.value, r.start.value) for r in read_outline(_cv("Research Work")).roles]
    assert roles[:2] == [
        ("Postdoc Res", "Institute of Molecular Science, Northwind University, Seoul", "2023-03"),
        ("Post-Doc", "Department of Chemistry, Eastbrook University, Seoul", "2022-09"),
    ]


@pytest.mark.parametrize("word", ["Cursus", "CURSUS", "Études", "Scolarité", "Cursus universitaire"])
def test_french_words_for_ones_studies_head_the_studies(word: str) -> None:
    assert heading_kind(word) == "education"


def test_degrees_over_their_universities_under_an_unknown_heading_are_no_posts() -> None:
    d = docx.Document()
    d.add_paragraph("Minji Park", style="Title")
    d.add_paragraph("minji.park@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Lecturer\t2024 – Present")
    d.add_paragraph("Department of Chemistry, Northwind University")
    d.add_paragraph("My Path", style="Heading 1")
    for line in (
        "Ph.D. in Chemistry\t2016-2022",
        "Northwind University",
        "M.S. in Chemistry\t2014-2016",
        "Eastbrook University",
    ):
        d.add_paragraph(line)
    assert [r.title.value for r in read_outline(saved(d)).roles] == ["Lecturer"]
