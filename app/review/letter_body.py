"""Edit only the body of a cover letter: the name block, date, salutation and sign-off stay as they are.

The body is every paragraph between the salutation ("Dear ...") and the sign-off ("Kind regards,").
A new body keeps the first body paragraph's style and the blank spacing paragraphs the letter used.
"""

from __future__ import annotations

import re

from lxml import etree

from app.documents.letter import body_frame, fill_body
from app.documents.ooxml import paragraph_text
from app.documents.package import DocxPackage
from app.errors import DocumentError, InputError

MAX_BODY_CHARS = 20_000
_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _frame(pkg: DocxPackage) -> tuple[list[etree._Element], int, int]:
    frame = body_frame(pkg)
    if frame is None:
        raise DocumentError(
            "the cover letter has no salutation (Dear ...) and sign-off (Kind regards, ...) "
            "around its body: replace the whole document instead"
        )
    return frame


def letter_body(docx: bytes) -> str:
    """The body's paragraphs as text, separated by blank lines."""
    paras, sal, sign = _frame(DocxPackage(docx))
    return "\n\n".join(t for t in (paragraph_text(p).strip() for p in paras[sal + 1 : sign]) if t)


def split_body(text: str) -> list[str]:
    text = _XML_INVALID.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not text:
        raise InputError("the letter's body is empty")
    if len(text) > MAX_BODY_CHARS:
        raise InputError(f"the letter's body is longer than {MAX_BODY_CHARS} characters")
    return [" ".join(chunk.split()) for chunk in re.split(r"\n\s*\n", text) if chunk.strip()]


def replace_body(docx: bytes, text: str) -> bytes:
    """The letter with its body replaced by `text` (blank lines separate paragraphs); nothing else changes."""
    body = split_body(text)
    pkg = DocxPackage(docx)
    paras, sal, sign = _frame(pkg)
    fill_body(paras, sal, sign, body)
    pkg.mark_dirty(pkg.body)
    return pkg.to_bytes()
