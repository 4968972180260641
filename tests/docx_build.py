"""Small Word documents for tests, built in the test with python-docx."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Pt
from docx.table import Table
from docx.text.paragraph import Paragraph


def saved(document: Document) -> bytes:
    """The document's .docx bytes."""
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def add_rows(document: Document, rows: Sequence[Sequence[str]]) -> Table:
    """A table of these rows added to `document`, each cell's text in its first paragraph."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).paragraphs[0].text = text
    return table


def docx_bytes(*paragraphs: tuple[str, str | None]) -> bytes:
    """A document of these (text, style) paragraphs; style None is Word's Normal."""
    d = docx.Document()
    for text, style in paragraphs:
        d.add_paragraph(text, style=style)
    return saved(d)


def bold_or_plain(*paragraphs: tuple[str, bool]) -> bytes:
    """A document of these (text, bold) paragraphs in Word's Normal style: a CV whose headings are told only by
    their weight."""
    d = docx.Document()
    for text, bold in paragraphs:
        d.add_paragraph().add_run(text).bold = bold
    return saved(d)


def bold_or_plain_sized(*paragraphs: tuple[str, bool, float]) -> bytes:
    """A document of these (text, bold, size in points) paragraphs: a CV that tells its headings, head lines and
    parts apart by weight and by the size of their letters."""
    d = docx.Document()
    for text, bold, size in paragraphs:
        run = d.add_paragraph().add_run(text)
        run.bold, run.font.size = bold, Pt(size)
    return saved(d)


def named_cv(*paragraphs: tuple[str, str | None]) -> bytes:
    """A CV of these (text, style) paragraphs under a name (in the Title style) and an e-mail address."""
    return docx_bytes(("Kai Lindqvist", "Title"), ("kai.lindqvist@example.org", None), *paragraphs)


def section_cv(heading: str, *lines: str, closing: tuple[str, str] | None = None) -> bytes:
    """A CV under a name and an e-mail address whose section `heading` (Heading 1) holds these lines as written
    (Normal style), then, if given, a closing section of one line: (its heading, its line)."""
    return styled_section_cv(heading, *((line, None) for line in lines), closing=closing)


def styled_section_cv(
    heading: str, *paragraphs: tuple[str, str | None], closing: tuple[str, str] | None = None
) -> bytes:
    """As `section_cv`, the section's paragraphs given as (text, style)."""
    tail = [(closing[0], "Heading 1"), (closing[1], None)] if closing else []
    return named_cv((heading, "Heading 1"), *paragraphs, *tail)


def add_hyperlink(paragraph: Paragraph, target: str, text: str) -> None:
    """A hyperlink at the end of `paragraph` showing `text` and leading to `target`, as Word writes one."""
    rid = paragraph.part.relate_to(target, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rid)
    link.append(text_run(text))
    paragraph._p.append(link)


def text_run(text: str) -> BaseOxmlElement:
    """A bare `w:r` holding `text`, to place inside a link, a field or a tracked insertion."""
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    return run


BULLET = ("Built the reporting pipeline used by every team.", "List Bullet")


def role_cv(*lines: str, description: tuple[str, str | None] = BULLET) -> bytes:
    """A CV whose Experience section holds these lines and one description of what was done, then Education."""
    return docx_bytes(
        ("Kai Lindqvist", "Title"),
        ("kai.lindqvist@example.org", None),
        ("Experience", "Heading 1"),
        *((line, None) for line in lines),
        description,
        ("Education", "Heading 1"),
        ("BSc Computer Science, University of Leeds, 2016", None),
    )


SHAPE_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
_EMU = 12700  # per point


def _box_paragraphs(texts: list[str]) -> str:
    from xml.sax.saxutils import escape

    return "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>' for t in texts)


def _shape(texts: list[str], x: float, y: float, w: float, h: float) -> str:
    return (
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="{int(x * _EMU)}" y="{int(y * _EMU)}"/>'
        f'<a:ext cx="{int(w * _EMU)}" cy="{int(h * _EMU)}"/></a:xfrm></wps:spPr><wps:txbx><w:txbxContent>'
        f"{_box_paragraphs(texts)}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
    )


def _anchor(graphic: str, at: tuple[float, float, float, float], h_from: str, v_from: str) -> str:
    x, y, w, h = at
    return (
        '<w:drawing><wp:anchor simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" '
        f'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="{h_from}"><wp:posOffset>'
        f'{int(x * _EMU)}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="{v_from}"><wp:posOffset>'
        f'{int(y * _EMU)}</wp:posOffset></wp:positionV><wp:extent cx="{int(w * _EMU)}" cy="{int(h * _EMU)}"/>'
        '<wp:wrapNone/><wp:docPr id="1" name="Text Box"/><a:graphic><a:graphicData '
        f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">{graphic}</a:graphicData>'
        "</a:graphic></wp:anchor></w:drawing>"
    )


def text_box(
    texts: list[str],
    at: tuple[float, float, float, float],
    h_from: str = "page",
    v_from: str = "page",
    fallback: bool = True,
) -> BaseOxmlElement:
    """A run holding a floating text box of these paragraphs, placed at (x, y, width, height) in points from what
    `h_from` and `v_from` name (page, margin, column, paragraph), as Word writes one: DrawingML with a VML copy
    in `mc:Fallback` (`fallback`), or DrawingML alone. Append it to a paragraph: that paragraph is its anchor."""
    from docx.oxml import parse_xml

    x, y, w, h = at
    drawing = _anchor(_shape(texts, 0, 0, w, h), at, h_from, v_from)
    if not fallback:
        return parse_xml(f"<w:r {SHAPE_NS}>{drawing}</w:r>")
    style = (
        f"position:absolute;margin-left:{x}pt;margin-top:{y}pt;width:{w}pt;height:{h}pt;"
        f"mso-position-horizontal-relative:{h_from};mso-position-vertical-relative:{v_from}"
    )
    vml = f'<w:pict><v:shape style="{style}"><v:textbox><w:txbxContent>{_box_paragraphs(texts)}</w:txbxContent>'
    return parse_xml(
        f'<w:r {SHAPE_NS}><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice><mc:Fallback>'
        f"{vml}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def grouped_text_boxes(boxes: list[tuple[list[str], tuple[float, float, float, float]]]) -> BaseOxmlElement:
    """A run holding a group of text boxes (`wpg:wgp`) placed from the page; each box's (x, y, width, height) in
    points from the page, written in the group's own coordinates as Word does."""
    from docx.oxml import parse_xml

    left, top = min(b[0] for _, b in boxes), min(b[1] for _, b in boxes)
    right, bottom = max(b[0] + b[2] for _, b in boxes), max(b[1] + b[3] for _, b in boxes)
    children = "".join(_shape(texts, b[0] - left, b[1] - top, b[2], b[3]) for texts, b in boxes)
    cx, cy = int((right - left) * _EMU), int((bottom - top) * _EMU)
    group = (
        f'<wpg:wgp><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/><a:chOff x="0" y="0"/>'
        f'<a:chExt cx="{cx}" cy="{cy}"/></a:xfrm></wpg:grpSpPr>{children}</wpg:wgp>'
    )
    drawing = _anchor(group, (left, top, right - left, bottom - top), "page", "page")
    return parse_xml(f"<w:r {SHAPE_NS}>{drawing.replace('wordprocessingShape', 'wordprocessingGroup')}</w:r>")


ONE_ROLE = [
    ("Experience", "Heading 1"),
    ("Software Engineer, Northwind Ltd, Jan 2019 - Present", None),
    ("Built the billing service used by every customer of the company.", None),
    ("Education", "Heading 1"),
    ("BSc Computer Science, University of Leeds, 2018", None),
]


def cv_around_one_role(before: Callable[[Document], None], after: Callable[[Document], None] | None = None) -> bytes:
    """A CV whose top is written by `before`, then a role and a degree, then whatever `after` writes."""
    d = docx.Document()
    before(d)
    for text, style in ONE_ROLE:
        d.add_paragraph(text, style=style)
    if after is not None:
        after(d)
    return saved(d)


def head_cv(lines: list[str], where: str) -> bytes:
    """A one-role CV whose head is these lines, the last of them the name: in the page header, in a one-cell table,
    in Word's Title style (`title`) or in plain paragraphs (`plain`), over a contact line and an Experience section."""
    d = docx.Document()
    if where == "header":
        header = d.sections[0].header
        header.paragraphs[0].add_run(lines[0])
        for text in lines[1:]:
            header.add_paragraph(text)
    elif where == "table":
        cell = d.add_table(rows=1, cols=1).rows[0].cells[0]
        cell.paragraphs[0].add_run(lines[0])
        for text in lines[1:]:
            cell.add_paragraph(text)
    else:
        for text in lines[:-1]:
            d.add_paragraph(text)
        d.add_paragraph(lines[-1], style="Title" if where == "title" else None)
    d.add_paragraph("Galway, Ireland | +353 87 123 4567 | seeker@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Bar Manager, The Anchor Inn, Galway\tMay 2018 – Present")
    d.add_paragraph("Ran the bar and the cellar, trained the weekend staff and kept the stock books every week.")
    return saved(d)
