"""Write a cover letter: into the seeker's own template when there is one, else a plain python-docx letter.

In a template the name block, the contact line and the sign-off are left exactly as they are; the date and
the salutation are replaced keeping their run formatting, and the body paragraphs are replaced by the
draft's, each built on the first body paragraph's paragraph and run properties.
"""

from __future__ import annotations

import copy
import functools
import io
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import docx
from docx.shared import Pt
from lxml import etree

from app.documents.gate import GateContext, check_text
from app.documents.localise import format_day, localise_spelling
from app.documents.model import CvDocument
from app.documents.ooxml import W_P, W_PPR, first_rpr, iter_runs, make_run, paragraph_text, walk
from app.documents.package import DocxPackage
from app.documents.plan import CoverLetterDraft
from app.documents.text import MONTHS, normalise_space, split_sentences, word_count

_DATE_LINE = re.compile(
    r"^\s*(\d{1,2}(st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4}|[A-Za-z]+\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})\s*$"
)
_SALUTATION = re.compile(r"^\s*(dear\b|to whom\b|hello\b|hi\b)", re.I)
_SIGN_OFF = re.compile(
    r"^\s*(kind regards|regards|best regards|warm regards|yours sincerely|yours faithfully|sincerely|"
    r"best wishes|many thanks|with thanks|yours truly|respectfully)\b[,.!]?\s*$",
    re.I,
)


@dataclass
class LetterReport:
    template: bool = False
    salutation: str = ""
    words: int = 0
    paragraphs: int = 0
    dropped: list[dict[str, Any]] = field(default_factory=list)
    trimmed: list[str] = field(default_factory=list)
    spelling: list[str] = field(default_factory=list)
    sentences_checked: int = 0
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "template": self.template,
            "salutation": self.salutation,
            "words": self.words,
            "paragraphs": self.paragraphs,
            "dropped": self.dropped,
            "trimmed": self.trimmed,
            "spelling": self.spelling,
            "note": self.note,
            "fact_gate": {
                "checked": self.sentences_checked,
                "failed": len(self.dropped),
                "passed": self.sentences_checked - len(self.dropped),
            },
        }


def salutation_for(contact_name: str | None) -> str:
    name = normalise_space(contact_name or "")
    return f"Dear {name}," if name else "Dear Hiring Manager,"


@functools.lru_cache(maxsize=16)
def template_sources(cl_bytes: bytes) -> dict[str, str]:
    """The template's paragraphs as `cl:pN` sources a draft may cite (cached: one template, many letters)."""
    pkg = DocxPackage(cl_bytes)
    return {f"cl:{loc.id}": paragraph_text(loc.element) for loc in walk(pkg.body, "", "body", "body")}


def gate_letter(
    draft: CoverLetterDraft,
    ctx: GateContext,
    report: LetterReport,
    locale: str,
    protected: frozenset[str],
    word_limit: int,
) -> list[str]:
    """Body paragraphs that pass the gate (failing sentences dropped), localised and within the word limit."""
    body: list[list[str]] = []
    for para in draft.paragraphs:
        kept = []
        for v in check_text(para.text, para.source_ids, ctx, letter=True):
            report.sentences_checked += 1
            if v.ok:
                text, changes = localise_spelling(v.sentence, locale, protected)
                report.spelling += changes
                kept.append(text)
            else:
                report.dropped.append({"sentence": v.sentence, "reasons": v.problems})
        if kept:
            body.append(kept)
    _trim(body, word_limit, report)
    return [" ".join(p) for p in body]


def _trim(body: list[list[str]], limit: int, report: LetterReport) -> None:
    # The opening and the closing paragraphs frame the letter; the middle ones give up sentences first.
    def total() -> int:
        return sum(word_count(s) for p in body for s in p)

    while total() > limit and body:
        middle = [p for p in body[1:-1] if p] or [p for p in body if len(p) > 1] or body
        longest = max(middle, key=lambda p: sum(word_count(s) for s in p))
        report.trimmed.append(longest.pop())
        body[:] = [p for p in body if p]


def write_into_template(
    cl_bytes: bytes, salutation: str, body: list[str], today: date, locale: str, report: LetterReport
) -> bytes | None:
    """The letter in the seeker's template, or None when the template has no salutation and sign-off."""
    pkg = DocxPackage(cl_bytes)
    frame = body_frame(pkg)
    if frame is None or frame[2] == frame[1] + 1:
        return None
    paras, sal, sign = frame
    for p in paras[:sal]:
        text = paragraph_text(p)
        if _DATE_LINE.match(text) and _has_month_or_digits(text):
            _set_text(p, format_day(today, locale))
    _set_text(paras[sal], salutation)
    fill_body(paras, sal, sign, body)
    pkg.mark_dirty(pkg.body)
    report.template = True
    return pkg.to_bytes()


def body_frame(pkg: DocxPackage) -> tuple[list[etree._Element], int, int] | None:
    """(body paragraphs, index of the salutation, index of the sign-off), or None without both."""
    paras = [loc.element for loc in walk(pkg.body, "", "body", "body") if loc.container == "body"]
    texts = [paragraph_text(p) for p in paras]
    sal = next((i for i, t in enumerate(texts) if _SALUTATION.match(t)), None)
    if sal is None:
        return None
    sign = next((i for i in range(sal + 1, len(paras)) if _SIGN_OFF.match(texts[i])), None)
    return None if sign is None else (paras, sal, sign)


def fill_body(paras: list[etree._Element], sal: int, sign: int, body: list[str]) -> None:
    """Replace the paragraphs between the salutation and the sign-off with `body`, one paragraph each.

    The new paragraphs take the style of the first written body paragraph (else the first blank one, else
    the salutation). Blank paragraphs used as spacing (before, between or after the body) are kept where
    they were; a body of blank paragraphs only is spacing around and between the new paragraphs.
    """
    old = paras[sal + 1 : sign]
    filled = [bool(paragraph_text(p).strip()) for p in old]
    prototype = next((p for p, f in zip(old, filled, strict=True) if f), old[0] if old else paras[sal])
    spacer = next((p for p, f in zip(old, filled, strict=True) if not f), None)
    for p in old:
        p.getparent().remove(p)
    new = [_clone_with_text(prototype, text) for text in body]
    if spacer is not None:
        new = _spaced(new, spacer, filled)
    anchor = paras[sal]
    for el in new:
        anchor.addnext(el)
        anchor = el


def _spaced(new: list[etree._Element], spacer: etree._Element, filled: list[bool]) -> list[etree._Element]:
    """`new` with copies of the blank `spacer` where the old body had blanks: before, between, after."""
    first = filled.index(True) if any(filled) else 0
    last = len(filled) - 1 - filled[::-1].index(True) if any(filled) else 0
    between = not all(filled[first : last + 1])
    out = [copy.deepcopy(spacer)] if not filled[0] else []
    for i, el in enumerate(new):
        if i and between:
            out.append(copy.deepcopy(spacer))
        out.append(el)
    if not filled[-1] and len(filled) > 1:
        out.append(copy.deepcopy(spacer))
    return out


def _has_month_or_digits(text: str) -> bool:
    return any(w.lower().strip(",.") in MONTHS for w in text.split()) or bool(re.search(r"\d{1,2}[/.-]", text))


def _set_text(p: etree._Element, text: str) -> None:
    rpr = first_rpr(p)
    for r in list(iter_runs(p)):
        r.getparent().remove(r)
    p.append(make_run(text, rpr))


def _clone_with_text(prototype: etree._Element, text: str) -> etree._Element:
    p = etree.Element(W_P)
    ppr = prototype.find(W_PPR)
    if ppr is not None:
        p.append(copy.deepcopy(ppr))
    p.append(make_run(text, first_rpr(prototype)))
    return p


@functools.cache
def _plain_template() -> bytes:
    """A clean letter layout made once per process with python-docx; each letter fills a copy of it."""
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    run = d.add_paragraph().add_run("NAME")
    run.bold = True
    run.font.size = Pt(16)
    for text in ("CONTACT", "DATE", "Dear Hiring Manager,", "BODY", "Kind regards,", "NAME"):
        d.add_paragraph(text)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def plain_letter(cv: CvDocument, salutation: str, body: list[str], today: date, locale: str, name: str = "") -> bytes:
    """A clean letter for a seeker without a template: name, contact line, date, body, sign-off."""
    name = name or cv.name or "Applicant"
    contact_bits = [c.value for c in cv.contacts if c.kind == "location"][:1]
    contact_bits += [c.value for c in cv.contacts if c.kind in ("email", "phone", "url")]
    pkg = DocxPackage(_plain_template())
    paras = [loc.element for loc in walk(pkg.body, "", "body", "body")]
    name_top, contact, day, sal, body_proto, _, name_bottom = paras
    _set_text(name_top, name)
    _set_text(name_bottom, name)
    if contact_bits:
        _set_text(contact, "  |  ".join(dict.fromkeys(contact_bits)))
    else:
        contact.getparent().remove(contact)
    _set_text(day, format_day(today, locale))
    _set_text(sal, salutation)
    anchor = sal
    for text in body:
        anchor.addnext(_clone_with_text(body_proto, text))
        anchor = anchor.getnext()
    body_proto.getparent().remove(body_proto)
    pkg.mark_dirty(pkg.body)
    return pkg.to_bytes()


def body_sentences(body: list[str]) -> list[str]:
    return [s for p in body for s in split_sentences(p)]
