"""Small Word documents for tests, built in the test with python-docx."""

from __future__ import annotations

import io

import docx
from docx.document import Document


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
