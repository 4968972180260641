"""The seeker's name where CVs put it beyond a plain top line (`cv_identity.read_name`): labels in many languages,
a cell of a page-head row, a nickname in brackets, a name box anchored late, a name written in lower case."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from app.documents.cv_outline import HIGH_CONFIDENCE
from app.documents.cv_structure import read_outline
from tests.docx_build import cv_around_one_role as _cv


def _lines(*texts: str) -> Callable[[Document], None]:
    def write(d: Document) -> None:
        for t in texts:
            d.add_paragraph(t)

    return write


def _row(*cells: str) -> Callable[[Document], None]:
    def write(d: Document) -> None:
        row = d.add_table(rows=1, cols=len(cells)).rows[0]
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
        d.add_paragraph("+44 7700 900123 | jane.doe@example.org")

    return write


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (("Personalia", "Naam:\t\t\t\tRuben Verhoef", "Woonplaats:\t\tDelft"), "Ruben Verhoef"),
        (("Dane osobowe", "Imię i nazwisko: Anna Nowak"), "Anna Nowak"),
        (("Kişisel Bilgiler", "Ad Soyad: Ayşe Yılmaz"), "Ayşe Yılmaz"),
        (("Thông tin cá nhân", "Họ và tên: Nguyễn Văn An"), "Nguyễn Văn An"),
        (("인적 사항", "이름: 김민준"), "김민준"),
        (("Osobní údaje", "Jméno a příjmení: Jana Nováková"), "Jana Nováková"),
        (("Date personale", "Nume: Popescu", "Prenume: Ioana"), "Ioana Popescu"),
        (("Persönliche Daten", "Name: Müller", "Vorname: Jürgen"), "Jürgen Müller"),
    ],
)
def test_a_name_label_in_other_languages_gives_the_name_not_the_heading_over_it(
    lines: tuple[str, ...], name: str
) -> None:
    assert read_outline(_cv(_lines(*lines))).name.value == name


def test_a_name_in_the_middle_cell_of_a_page_head_row_among_contacts_is_the_name() -> None:
    outline = read_outline(
        _cv(_row("Grafton, Wisconsin", "jane.doe@example.org", "Jane Doe", "linkedin.com/in/jane-doe"))
    )
    assert outline.name.value == "Jane Doe"


def test_a_row_of_a_skills_table_at_the_top_holds_no_name() -> None:
    def top(d: Document) -> None:
        table = d.add_table(rows=3, cols=3)
        skills = [
            ("HTML / CSS", "Intermediate", "2y"),
            ("Angular Material", "Advanced", "4y"),
            ("Git", "Beginner", "6m"),
        ]
        for row, cells in zip(table.rows, skills, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text

    assert read_outline(_cv(top)).name.value == ""


def test_a_form_row_gives_the_name_beside_its_labelled_fields() -> None:
    outline = read_outline(_cv(_row("王磊", "性别:", "男", "电话:", "14434012285")))
    assert outline.name.value == "王磊"


@pytest.mark.parametrize(
    ("shown", "name"),
    [("Lin（Yoyo） Zhou", "Lin Zhou"), ("Anna [Annie] Ivanova", "Anna Ivanova"), ("Kenji「Ken」Sato", "Kenji Sato")],
)
def test_a_nickname_in_brackets_of_any_kind_is_left_out_of_the_name(shown: str, name: str) -> None:
    def top(d: Document) -> None:
        d.add_paragraph(shown, style="Title")
        d.add_paragraph("+44 7700 900123 | jane.doe@example.org")

    assert read_outline(_cv(top)).name.value == name


def test_a_name_in_brackets_in_the_first_cell_of_a_heading_table_is_not_a_heading() -> None:
    def top(d: Document) -> None:
        table = d.add_table(rows=4, cols=1)
        texts = ["Lin（Yoyo） Zhou", "Email: lin.zhou@example.org", "EDUCATION", "SKILLS"]
        for row, text in zip(table.rows, texts, strict=True):
            row.cells[0].text = text

    assert read_outline(_cv(top)).name.value == "Lin Zhou"


def _box(*lines: tuple[str, int]) -> Callable[[Document], None]:
    """A paragraph anchoring a text box (measured from that paragraph) of these (text, points) lines."""

    def write(d: Document) -> None:
        paras = "".join(
            f'<w:p><w:r><w:rPr><w:b/><w:sz w:val="{2 * size}"/></w:rPr><w:t>{text}</w:t></w:r></w:p>'
            for text, size in lines
        )
        xml = (
            f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict>'
            '<v:shape style="position:absolute;margin-left:0;margin-top:0;width:300pt;height:80pt;'
            'mso-position-vertical-relative:paragraph"><v:textbox><w:txbxContent>'
            f"{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>"
        )
        d.element.body.insert(len(d.element.body) - 1, parse_xml(xml))

    return write


def test_a_name_box_in_the_largest_type_anchored_late_is_the_name_less_surely() -> None:
    outline = read_outline(
        _cv(
            _lines("+40 765 669 303", "ioana.popescu@example.org", "Bucharest, Romania"),
            _box(("IOANA-CRISTINA", 24), ("POPESCU", 24), ("FRONTEND DEVELOPER", 14)),
        )
    )
    assert outline.name.value == "IOANA-CRISTINA POPESCU"
    assert outline.name.confidence < HIGH_CONFIDENCE


def test_a_box_in_the_largest_type_that_is_no_name_gives_none() -> None:
    outline = read_outline(
        _cv(_lines("+40 765 669 303", "ioana.popescu@example.org"), _box(("Frontend Developer", 24), ("", 0)))
    )
    assert outline.name.value == ""


def _set_apart(text: str) -> Callable[[Document], None]:
    def write(d: Document) -> None:
        run = d.add_paragraph().add_run(text)
        run.bold, run.font.size = True, Pt(20)
        d.add_paragraph("Atlanta, Georgia")
        d.add_paragraph("Email: robin.lindqvist@example.org")

    return write


@pytest.mark.parametrize("shown", ["d. Darnell whitfield", "jane doe", "maría del carmen fernández de la torre"])
def test_a_name_in_lower_case_set_apart_at_the_top_is_read_unsurely(shown: str) -> None:
    outline = read_outline(_cv(_set_apart(shown)))
    assert outline.name.value == shown
    assert outline.name.confidence < HIGH_CONFIDENCE


@pytest.mark.parametrize("shown", ["software engineer in london", "open to work", "atlanta, georgia"])
def test_a_lower_case_line_that_is_no_name_is_not_read_as_one(shown: str) -> None:
    assert read_outline(_cv(_set_apart(shown))).name.value == ""


def test_a_name_beside_a_personal_information_heading_under_a_page_header_is_the_name() -> None:
    def top(d: Document) -> None:
        header = d.sections[0].header
        header.paragraphs[0].text = "E: jane.doe@example.org"
        header.add_paragraph("Tel: +44 7700 900123")
        row = d.add_table(rows=1, cols=2).rows[0]
        row.cells[0].text, row.cells[1].text = "PERSONAL INFORMATION", "Jane [Janey] Doe"
        d.add_paragraph("Lyon, France")

    assert read_outline(_cv(top)).name.value == "Jane Doe"


def test_a_single_letter_is_never_a_name() -> None:
    """ "O" in a text box at the top (an icon's letter, a monogram) is not the seeker's name; two letters may be."""
    from app.documents.cv_identity import name_like

    assert not name_like("O")
    assert name_like("Li Na")


def test_a_name_over_the_contacts_below_an_opening_profile_is_read_unsurely() -> None:
    def write(d: Document) -> None:
        d.add_paragraph("About Me", style="Heading 1")
        d.add_paragraph("Operations lead with ten years in logistics and retail.")
        d.add_paragraph("Amara Okonkwo-Reyes")
        d.add_paragraph("amara@example.org | +44 20 7946 0958")

    out = read_outline(_cv(write))
    assert out.name.value == "Amara Okonkwo-Reyes"
    assert out.name.confidence < HIGH_CONFIDENCE


def test_a_referees_name_over_their_contacts_is_not_the_seekers() -> None:
    def before(d: Document) -> None:
        d.add_paragraph("About Me", style="Heading 1")
        d.add_paragraph("Operations lead with ten years in logistics and retail.")

    def after(d: Document) -> None:
        d.add_paragraph("References", style="Heading 1")
        d.add_paragraph("Jordan Whitfield")
        d.add_paragraph("jordan.whitfield@example.org")

    assert read_outline(_cv(before, after)).name.value == ""
