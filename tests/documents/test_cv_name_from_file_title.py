"""A CV whose name is drawn as a picture has no name in its text: the title the file was saved with names the seeker,
unsurely (the seeker confirms it). A skill listed in a sidebar's table, or a line under a heading of the seeker's
studies or history, is no name set apart."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _sidebar_cv(title: str) -> bytes:
    d = docx.Document()
    d.core_properties.title = title
    table = d.add_table(rows=1, cols=2)
    side, main = table.rows[0].cells
    side.text = "jordan.lee@example.org"
    side.add_paragraph("5125550142")
    side.add_paragraph("Austin, TX 78701")
    side.add_paragraph("Skills")
    for skill in ("Financial Reporting", "Budget Planning", "Cash Flow Analysis"):
        side.add_paragraph(skill, style="List Bullet")
    main.text = "Experience"
    main.add_paragraph("Senior Accountant – Northwind Traders, Austin")
    main.add_paragraph("Jan 2019 – Present")
    main.add_paragraph("Closed the books each month for three business units and cut the close from ten days to six.")
    return saved(d)


def test_the_files_title_names_the_seeker_when_the_text_does_not() -> None:
    name = read_outline(_sidebar_cv("Jordan Lee")).name
    assert (name.value, name.confidence < 0.9) == ("Jordan Lee", True)


def test_a_skill_in_a_sidebar_list_is_no_name() -> None:
    assert read_outline(_sidebar_cv("Resume")).name.value != "Financial Reporting"


def test_a_line_under_the_education_heading_is_no_name() -> None:
    d = docx.Document()
    table = d.add_table(rows=1, cols=1)
    cell = table.rows[0].cells[0]
    cell.text = "jordan.lee@example.org"
    cell.add_paragraph("Austin, TX 78701")
    cell.add_paragraph("Education")
    cell.add_paragraph("Bachelor of Science in Accounting")
    cell.add_paragraph("Phi Beta Kappa – In progress, expected")
    d.add_paragraph("Closed the books each month for three business units and cut the close from ten days to six.")
    assert read_outline(saved(d)).name.value != "Phi Beta Kappa"
