"""The seeker's name found late (in a text box in the CV's largest type, anchored in its last section) tells the
seeker's own phone and e-mail under it from another person's; a phone number of one repeated digit ("+00 (0)00 000
0000") is a placeholder, never a contact."""

from __future__ import annotations

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from app.documents.cv_structure import read_outline
from tests.docx_build import saved, text_box


def _late_name_cv(phone: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("\t\t\t   \tO\t")  # a monogram drawn over the page
    d.add_paragraph("About Me", style="Heading 1")
    d.add_paragraph("A finance student who likes order, numbers and people.")
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("Bachelor of Business Administration, 6th semester.")
    d.add_paragraph("Work History", style="Heading 1")
    d.add_paragraph("Library Assistant, Northwind University, 2022 – 2023")
    d.add_paragraph("Hobbies", style="Heading 1")
    d.add_paragraph("Reading, chess and long walks.")
    lines = ["Most Nasrin Akter Hossain", phone, "nasrin.hossain@example.org"]
    box = text_box(lines, (360, 600, 200, 90), fallback=False)
    name_run = box.findall(".//" + qn("w:r"))[0]
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "40")  # 20 pt, the CV's largest type
    props = OxmlElement("w:rPr")
    props.append(size)
    name_run.insert(0, props)
    d.add_paragraph()._p.append(box)
    return saved(d)


def test_the_phone_and_email_under_a_late_found_name_are_the_seekers() -> None:
    outline = read_outline(_late_name_cv("03040231130"))
    assert outline.name.value == "Most Nasrin Akter Hossain"
    assert outline.contact.emails == ["nasrin.hossain@example.org"]
    assert outline.contact.phones == ["03040231130"]


def test_a_number_of_one_repeated_digit_is_no_phone() -> None:
    d = docx.Document()
    d.add_paragraph("Ana Ribeiro", style="Title")
    d.add_paragraph("Lisbon, PT • ana.ribeiro@example.org • +00 (0)00 000 0000 • +351 912 345 678")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Analyst, Northwind Traders, 2019 – 2023")
    assert read_outline(saved(d)).contact.phones == ["+351 912 345 678"]
