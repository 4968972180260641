"""Small Word documents for tests, built in the test with python-docx."""

from __future__ import annotations

import io

import docx
from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph


def saved(document: Document) -> bytes:
    """The document's .docx bytes."""
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def docx_bytes(*paragraphs: tuple[str, str | None]) -> bytes:
    """A document of these (text, style) paragraphs; style None is Word's Normal."""
    d = docx.Document()
    for text, style in paragraphs:
        d.add_paragraph(text, style=style)
    return saved(d)


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
