"""A Word template made of text boxes: boxes anchored out of reading order are read column by column when they
stand in two columns that each carry headings, and row by row (as written) otherwise."""

from __future__ import annotations

from xml.sax.saxutils import escape

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from app.documents.cv_lines import read_lines
from app.documents.cv_structure import read_outline
from app.documents.package import DocxPackage
from tests.docx_build import saved

_LEFT, _RIGHT = (0, 150), (200, 300)  # margin-left and width in points


def _box(frame: tuple[int, int], texts: list[str]) -> str:
    paragraphs = "".join(f"<w:p><w:r><w:t>{escape(t)}</w:t></w:r></w:p>" for t in texts)
    return (
        f'<w:r><w:pict><v:shape style="position:absolute;margin-left:{frame[0]}pt;margin-top:0;'
        f'width:{frame[1]}pt;height:100pt"><v:textbox><w:txbxContent>{paragraphs}</w:txbxContent>'
        "</v:textbox></v:shape></w:pict></w:r>"
    )


def _template(*anchors: list[tuple[tuple[int, int], list[str]]]) -> bytes:
    """A document whose body paragraphs hold nothing but these text boxes, each paragraph's in the given order."""
    d = docx.Document()
    for boxes in anchors:
        xml = "".join(_box(frame, texts) for frame, texts in boxes)
        d.element.body.insert(-1, parse_xml(f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml">{xml}</w:p>'))
    return saved(d)


_SIDEBAR_FIRST_IN_ROW = (
    [(_RIGHT, ["Alex Moreno", "Software engineer"])],
    [(_RIGHT, ["Experience"]), (_LEFT, ["Profile"])],
    [(_RIGHT, ["Software Engineer, Acme Ltd", "2019 - 2021"]), (_LEFT, ["I build tidy billing systems."])],
    [(_RIGHT, ["Education"]), (_LEFT, ["Contact"])],
    [(_RIGHT, ["BSc Economics, University of Leeds, 2015"]), (_LEFT, ["alex.moreno@example.org"])],
)


def test_a_two_column_template_is_read_one_column_after_the_other() -> None:
    texts = [line.text for line in read_lines(DocxPackage(_template(*_SIDEBAR_FIRST_IN_ROW)))]
    assert texts.index("Contact") < texts.index("Experience")
    assert texts.index("Experience") + 1 == texts.index("Software Engineer, Acme Ltd")


def test_the_role_under_the_main_column_s_heading_is_read_whole() -> None:
    roles = read_outline(_template(*_SIDEBAR_FIRST_IN_ROW)).roles
    assert [(r.title.value, r.employer.value, r.start.value) for r in roles] == [
        ("Software Engineer", "Acme Ltd", "2019")
    ]


def test_a_column_of_dates_beside_a_column_of_roles_stays_row_by_row() -> None:
    data = _template(
        [(_RIGHT, ["Experience"])],
        [(_LEFT, ["2019 - 2021"]), (_RIGHT, ["Software Engineer, Acme Ltd"])],
        [(_LEFT, ["2016 - 2018"]), (_RIGHT, ["Data Analyst, Globex Corp"])],
        [(_LEFT, ["2013 - 2015"]), (_RIGHT, ["Intern, Initech"])],
    )
    texts = [line.text for line in read_lines(DocxPackage(data))]
    assert texts[1:5] == ["2019 - 2021", "Software Engineer, Acme Ltd", "2016 - 2018", "Data Analyst, Globex Corp"]


_WPS = (
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def _drawing_box(frame: tuple[int, int], texts: list[str]) -> str:
    """A DrawingML text box (what Word writes today) placed from the margin, offsets in points."""
    paragraphs = "".join(f"<w:p><w:r><w:t>{escape(t)}</w:t></w:r></w:p>" for t in texts)
    emu = 12700
    return (
        f'<w:r><w:drawing><wp:anchor><wp:positionH relativeFrom="margin"><wp:posOffset>{frame[0] * emu}'
        f'</wp:posOffset></wp:positionH><wp:extent cx="{frame[1] * emu}" cy="{100 * emu}"/><a:graphic>'
        f"<a:graphicData><wps:wsp><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def test_drawing_text_boxes_placed_from_the_margin_are_read_by_column_too() -> None:
    d = docx.Document()
    for boxes in _SIDEBAR_FIRST_IN_ROW:
        xml = "".join(_drawing_box(frame, texts) for frame, texts in boxes)
        d.element.body.insert(-1, parse_xml(f"<w:p {nsdecls('w')} {_WPS}>{xml}</w:p>"))
    texts = [line.text for line in read_lines(DocxPackage(saved(d)))]
    assert texts.index("Contact") < texts.index("Experience")
    assert texts.index("Experience") + 1 == texts.index("Software Engineer, Acme Ltd")
