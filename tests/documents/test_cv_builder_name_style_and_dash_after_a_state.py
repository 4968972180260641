"""A résumé builder's export keeps the web page's class names as styles: the seeker's name is the line in a style named
"…_name" ("Div_document_name"), wherever the sidebar puts it; a contact line in such a style is no name. And a dash
written against a state's code ("Peninsula RV, Sequim, WA- Owner/Manager") parts the fields as a spaced one does."""

from __future__ import annotations

import docx
from docx.enum.style import WD_STYLE_TYPE

from app.documents.cv_structure import read_outline
from tests.docx_build import saved, section_cv


def _builder_cv(name_style: str, name_line: str) -> bytes:
    d = docx.Document()
    d.styles.add_style(name_style, WD_STYLE_TYPE.PARAGRAPH)
    d.add_paragraph("Well-qualified developer with a year of experience in web applications.")
    d.add_paragraph("Work History", style="Heading 1")
    d.add_paragraph("2019-09 - 2019-12\tFront End Developer Intern")
    d.add_paragraph("HNG Internship, Benin, Edo")
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("2012-08 - 2016-07\tBachelor of Science: Computer Science")
    d.add_paragraph(name_line, style=name_style)
    d.add_paragraph("Contact", style="Heading 1")
    d.add_paragraph("camille.tanaka@example.org")
    return saved(d)


def test_the_line_in_a_builders_name_style_is_the_name() -> None:
    assert read_outline(_builder_cv("Div_document_name", "CAMILLE TANAKA")).name.value == "CAMILLE TANAKA"


def test_a_contact_line_in_a_name_style_is_no_name() -> None:
    got = read_outline(_builder_cv("Div_name", "Benin, Edo | +234 810 555 0199")).name.value
    assert got != "Benin, Edo" and "+234" not in got


def test_a_dash_against_a_states_code_parts_the_title() -> None:
    data = section_cv(
        "Experience",
        "Simpleview Inc, Tucson, AZ - CMS Developer I\tMay 2021 - Sep 2022",
        "Built the CMS's modules",
        "Peninsula RV, Sequim, WA- Owner/Manager\tOct 2008 - Sep 2020",
        "Ran the dealership",
    )
    got = [(r.title.value, r.employer.value) for r in read_outline(data).roles]
    assert got[1] == ("Owner/Manager", "Peninsula RV")


def test_a_builders_style_for_another_name_is_no_name() -> None:
    got = read_outline(_builder_cv("Div_school_name", "Benson Idahosa University")).name.value
    assert got != "Benson Idahosa University"
