"""A skills table that says how long each skill was used and when last ("Java 6 ⇥ 10 Years ⇥ 2018") holds no roles,
however many of its rows carry a year: a row with a length of use beside a single year is a skill's row (from a
round-38 tune file, a Java lead's pandoc CV whose twenty skill rows were read as roles). A skills section that goes
on with dated posts still holds roles."""

from __future__ import annotations

from docx import Document

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(rows: list[tuple[str, str, str]]) -> bytes:
    doc = Document()
    doc.add_paragraph("Camille Tanaka", style="Title")
    doc.add_paragraph("Key Technical Skills", style="Heading 2")
    table = doc.add_table(rows=0, cols=3)
    for row in [("Tools / Technologies", "Commercial Experience", "Last Used"), *rows]:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    doc.add_paragraph("Corporate Experience", style="Heading 2")
    doc.add_paragraph("Senior Java Developer, British Telecom\tJanuary 2012 – January 2013")
    doc.add_paragraph("Built a diagnostics solution for broadband faults.", style="List Bullet")
    return saved(doc)


def test_skill_rows_with_years_of_use_are_no_roles() -> None:
    rows = [("Java 8", "2 Years", "2018"), ("Spring-Boot", "2 Years", "2018"), ("OSGI/Karaf", "5 Years", "2018"),
            ("XML – (XSD / XSLT / JAXB)", "7 Years", "2018")]  # fmt: skip
    roles = read_outline(_cv(rows)).roles
    assert [(r.title.value, r.employer.value) for r in roles] == [("Senior Java Developer", "British Telecom")]


def test_a_skills_section_going_on_with_dated_posts_still_holds_roles() -> None:
    rows = [("Team Lead", "Northwind", "2019 – 2021"), ("Developer", "Contoso", "2016 – 2019"),
            ("Intern", "Fabrikam", "2015 – 2016")]  # fmt: skip
    titles = [r.title.value for r in read_outline(_cv(rows)).roles]
    assert titles[:3] == ["Team Lead", "Developer", "Intern"]
