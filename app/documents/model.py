"""The structured view of a CV that engines, prompts and the fact gate work from.

Every paragraph keeps the id the writer uses to find it again in the Word file, so a plan made from this
model (by the offline engine or an LLM) can be applied to the seeker's own document.
"""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from pydantic import BaseModel, Field

ParagraphKind = Literal["name", "contact", "heading", "entry", "place", "bullet", "text", "empty"]
SectionKind = Literal[
    "summary",
    "skills",
    "experience",
    "education",
    "certifications",
    "languages",
    "projects",
    "volunteering",
    "referees",
    "interests",
    "other",
]
FactKind = Literal[
    "organisation",
    "title",
    "date",
    "number",
    "skill",
    "certification",
    "education",
    "contact",
]
ContactKind = Literal["email", "phone", "url", "location"]


class Paragraph(BaseModel):
    id: str = Field(description="stable id: p12 (body), t0r1c0p3 (table cell), h0p1 (header), f0p0 (footer)")
    text: str
    style: str = ""
    kind: ParagraphKind = "text"
    container: str = Field(description="body, a cell such as t0r0c1, or a header/footer such as h0")
    section_id: str | None = Field(None, description="the heading paragraph of the section it belongs to")
    list_item: bool = False
    bold: bool = Field(False, description="every text run is bold")
    editable: bool = Field(True, description="may be rewritten (not a heading, role line or contact line)")


class Entry(BaseModel):
    """One role (or qualification) line with its bullets."""

    id: str = Field(description="the paragraph holding the role line")
    section_id: str
    title: str = ""
    organisation: str = ""
    dates: str = ""
    start: str = ""
    end: str = ""
    place: str = ""
    current: bool = False
    bullet_ids: list[str] = Field(default_factory=list)


class Section(BaseModel):
    id: str = Field(description="the heading paragraph")
    title: str
    kind: SectionKind = "other"
    container: str
    paragraph_ids: list[str] = Field(default_factory=list, description="content paragraphs, heading excluded")
    entry_ids: list[str] = Field(default_factory=list)


class Contact(BaseModel):
    kind: ContactKind
    value: str
    source_id: str


class Fact(BaseModel):
    kind: FactKind
    value: str = Field(description="as written")
    norm: str = Field(description="normalised for comparison")
    source_id: str


class FactInventory(BaseModel):
    """Everything a tailored document may state, each with the paragraph it comes from."""

    facts: list[Fact] = Field(default_factory=list)

    def of(self, kind: FactKind) -> list[Fact]:
        return [f for f in self.facts if f.kind == kind]

    def norms(self, kind: FactKind, source_ids: set[str] | None = None) -> set[str]:
        return {f.norm for f in self.facts if f.kind == kind and (source_ids is None or f.source_id in source_ids)}


class CvDocument(BaseModel):
    name: str = ""
    paragraphs: list[Paragraph] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    entries: list[Entry] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list, description="skills as listed, in CV order")
    contacts: list[Contact] = Field(default_factory=list)
    facts: FactInventory = Field(default_factory=FactInventory)

    def paragraph(self, pid: str) -> Paragraph | None:
        return self._index().get(pid)

    def text_of(self, pid: str) -> str:
        p = self.paragraph(pid)
        return p.text if p else ""

    def section(self, sid: str) -> Section | None:
        return next((s for s in self.sections if s.id == sid), None)

    def entry(self, eid: str) -> Entry | None:
        return next((e for e in self.entries if e.id == eid), None)

    def sections_of(self, kind: SectionKind) -> list[Section]:
        return [s for s in self.sections if s.kind == kind]

    @cached_property
    def _by_id(self) -> dict[str, Paragraph]:
        # Built on first use; the reader fills `paragraphs` before any look-up and nothing adds to it later.
        return {p.id: p for p in self.paragraphs}

    def _index(self) -> dict[str, Paragraph]:
        return self._by_id
