"""Read a Word CV into a `CvDocument`: sections, entries, bullets, skills and contact details.

Sections are found by heading styles and by short all-bold lines, in the body, in table cells, and in the
header and footer. Every paragraph gets the stable id the writer uses to find it again.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass

from app.documents import facts as facts_mod
from app.documents.entries import find_entries
from app.documents.lexicon import section_kind
from app.documents.model import Contact, CvDocument, Paragraph, Section
from app.documents.ooxml import Located, all_bold, has_numbering, paragraph_text, style_id, walk
from app.documents.package import DocxPackage
from app.documents.text import DATE_RANGE, EMAIL, URL, find_phones, normalise_space

_SEPARATORS = re.compile(r"\s+[|·•]\s+|\s{2,}[–—-]\s{1,}|\s+\|\s*")
_NAME = re.compile(r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}$")


@dataclass
class LoadedDocx:
    """A parsed Word file: its parts, the model, and where each paragraph lives."""

    package: DocxPackage
    cv: CvDocument
    located: dict[str, Located]


class _ModelCache:
    """The models of the last few CVs read, by content hash: a worker tailors one CV to many postings.

    Models in here are shared, so they are never mutated after `build_model` returns; `read_cv` hands out
    a fresh model for callers that might.
    """

    def __init__(self, size: int = 16) -> None:
        self.size = size
        self._items: OrderedDict[bytes, CvDocument] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: bytes) -> CvDocument | None:
        with self._lock:
            model = self._items.get(key)
            if model is not None:
                self._items.move_to_end(key)
            return model

    def put(self, key: bytes, model: CvDocument) -> None:
        with self._lock:
            self._items[key] = model
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()


MODEL_CACHE = _ModelCache()


def read_cv(data: bytes) -> CvDocument:
    """Parse a Word CV into the structured model (no validation of the file itself: see `validate_docx`)."""
    package = DocxPackage(data)
    return build_model(package, locate_all(package))


def load(data: bytes) -> LoadedDocx:
    """The file parsed for writing, with its (cached, read-only) model."""
    package = DocxPackage(data)
    located = locate_all(package)
    key = hashlib.sha256(data).digest()
    cv = MODEL_CACHE.get(key)
    if cv is None:
        cv = build_model(package, located)
        MODEL_CACHE.put(key, cv)
    return LoadedDocx(package, cv, {loc.id: loc for loc in located})


def locate_all(package: DocxPackage) -> list[Located]:
    """Every paragraph of the body, its tables, and each distinct header and footer, with its id."""
    out = list(walk(package.body, "", "body", "body"))
    counters = {"h": 0, "f": 0}
    for letter, name in package.header_footer_parts():
        prefix = f"{letter}{counters[letter]}"
        counters[letter] += 1
        out.extend(walk(package.xml(name), prefix, prefix, "header" if letter == "h" else "footer"))
    return out


def _is_heading(text: str, style: str, bold: bool, list_item: bool) -> bool:
    t = text.strip()
    if not t or list_item:
        return False
    low = style.lower()
    if low.startswith("heading") or "section" in low or (low.endswith("heading") and "char" not in low):
        return True  # "Heading 1", or a seeker's own "CV Section" / "Resume Heading" style
    if len(t) > 40 or len(t.split()) > 5 or t.endswith((".", ",", ";")):
        return False
    if any(ch.isdigit() for ch in t) or EMAIL.search(t):
        return False
    return bold or (t.isupper() and len(t) > 2)


def _has_contact(text: str) -> bool:
    return bool(EMAIL.search(text) or URL.search(text) or find_phones(text))


def _is_role_title(text: str, style: str, located: list[Located], texts: list[str], i: int) -> bool:
    if style.lower().startswith("heading") or section_kind(text) != "other":
        return False
    container = located[i].container
    for j in range(i + 1, len(located)):
        if located[j].container == container and texts[j].strip():
            return DATE_RANGE.search(texts[j]) is not None
    return False


def _only_url(text: str) -> bool:
    return not EMAIL.search(text) and not find_phones(text)


def build_model(package: DocxPackage, located: list[Located]) -> CvDocument:
    names = package.style_names()
    paragraphs: list[Paragraph] = []
    sections: list[Section] = []
    current: dict[str, str | None] = {"body": None}
    texts = [paragraph_text(loc.element) for loc in located]
    for i, loc in enumerate(located):
        el = loc.element
        text = texts[i]
        style = names.get(style_id(el), "") or "Normal"
        list_item = has_numbering(el) or "list" in style.lower()
        para = Paragraph(
            id=loc.id, text=text, style=style, container=loc.container, list_item=list_item, bold=all_bold(el)
        )
        paragraphs.append(para)
        if loc.area in ("header", "footer"):
            para.kind = "contact" if _has_contact(text) else ("empty" if not text.strip() else "text")
            para.editable = False
            continue
        if loc.container not in current:
            current[loc.container] = current["body"]  # a cell starts inside the body's current section
        if _classify(para, text, located, texts, i, current[loc.container] is None):
            sections.append(Section(id=loc.id, title=text.strip(), kind=section_kind(text), container=loc.container))
            current[loc.container] = loc.id
            continue
        para.section_id = current[loc.container]
    return _document(paragraphs, sections)


def _classify(
    para: Paragraph, text: str, located: list[Located], texts: list[str], i: int, before_sections: bool
) -> bool:
    """Set the kind of body paragraph `i`; True when it is a section heading."""
    style, list_item = para.style, para.list_item
    if not text.strip():
        para.kind, para.editable = "empty", False
    elif style == "Title":
        para.kind, para.editable = "name", False
    elif _is_heading(text, style, para.bold, list_item) and _is_role_title(text, style, located, texts, i):
        # A bold "Senior Data Engineer" line whose employer and dates follow on the next line is the
        # first line of a role, not a section heading.
        para.kind, para.editable = "entry", False
    elif _is_heading(text, style, para.bold, list_item):
        para.kind, para.editable = "heading", False
        return True
    elif _has_contact(text) and (before_sections or not _only_url(text)):
        # A web address inside a section is content ("published at example.org/guide"); an email or a
        # phone number anywhere, or any address before the first heading, is a contact line.
        para.kind, para.editable = "contact", False
    elif list_item:
        para.kind = "bullet"
    return False


def _document(paragraphs: list[Paragraph], sections: list[Section]) -> CvDocument:
    """The CV from its classified paragraphs: sections filled, then entries, contacts, name, skills, facts."""
    by_id = {s.id: s for s in sections}
    for para in paragraphs:
        if para.section_id and para.kind != "heading":
            by_id[para.section_id].paragraph_ids.append(para.id)
    cv = CvDocument(paragraphs=paragraphs, sections=sections)
    cv.entries = find_entries(cv)
    cv.contacts = _contacts(cv)
    cv.name = _name(cv)
    for p in cv.paragraphs:
        if cv.name and p.kind == "text" and p.section_id is None and normalise_space(p.text) == cv.name:
            p.kind, p.editable = "name", False
    cv.skills = _skills(cv)
    cv.facts = facts_mod.build_inventory(cv)
    return cv


def _contacts(cv: CvDocument) -> list[Contact]:
    contacts: list[Contact] = []
    for p in cv.paragraphs:
        if p.kind != "contact":
            continue
        for m in EMAIL.finditer(p.text):
            contacts.append(Contact(kind="email", value=m.group(0), source_id=p.id))
        without_email = EMAIL.sub(" ", p.text)
        for m in URL.finditer(without_email):
            contacts.append(Contact(kind="url", value=m.group(0).rstrip("./"), source_id=p.id))
        for phone in find_phones(p.text):
            contacts.append(Contact(kind="phone", value=phone, source_id=p.id))
        if p.section_id is None:
            for seg in _SEPARATORS.split(p.text):
                seg = seg.strip()
                if not seg or _has_contact(seg) or any(c.isdigit() for c in seg):
                    continue
                # "Hobart, Tasmania" or "London": a place, not the seeker's name or a label.
                if "," in seg or (_NAME.match(seg) is None and len(seg.split()) <= 3 and ":" not in seg):
                    contacts.append(Contact(kind="location", value=seg, source_id=p.id))
    return contacts


def _name(cv: CvDocument) -> str:
    for p in cv.paragraphs:
        if p.kind == "name":
            return normalise_space(p.text)
    for p in cv.paragraphs:
        if p.kind == "contact" and p.id[0] in "hp":
            first = _SEPARATORS.split(p.text.strip())[0].strip()
            if _NAME.match(first):
                return first
    for p in cv.paragraphs:
        if p.section_id is None and p.text.strip() and p.id[0] == "p":
            t = normalise_space(p.text)
            return t if _NAME.match(t) else ""
    return ""


def split_skills(text: str) -> list[str]:
    """Items of a skills line: `Languages: Python, SQL` or `Agile delivery (Scrum, SAFe)`."""
    head, sep, tail = text.partition(":")
    if sep and len(head.split()) <= 4:
        text = tail
    items: list[str] = []
    inner = re.findall(r"\(([^)]*)\)", text)
    outer = re.sub(r"\([^)]*\)", "", text)
    for chunk in [outer, *inner]:
        for part in re.split(r"[,;•·|]", chunk):
            part = normalise_space(part).strip(" .")
            if not part:
                continue
            pair = re.fullmatch(r"([A-Z][\w.+#/-]*) (?:and|&) ([A-Z][\w.+#/-]*)", part)
            items.extend(pair.groups() if pair else [part])
    return items


def _skills(cv: CvDocument) -> list[str]:
    out: list[str] = []
    for section in cv.sections_of("skills"):
        for pid in section.paragraph_ids:
            p = cv.paragraph(pid)
            if p is not None and p.kind in ("bullet", "text"):
                out.extend(s for s in split_skills(p.text) if s not in out)
    return out
