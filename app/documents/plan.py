"""What a tailoring engine (offline or LLM) may ask the writer to do, as validated data.

Both models are the structured-output contract with the LLM engineer: field names are stable, and every
container is a list of objects (no free-form dict keys) so the JSON schema stays simple for providers.

Ids are the reader's paragraph ids (`p12` in the body, `t0r1c0p3` in a table cell, `h0p1` in a header,
`f0p0` in a footer). A cover letter may also cite its template's paragraphs with the prefix `cl:`
(e.g. `cl:p5`). The writer never trusts a plan: unknown ids are refused here or ignored with a note in the
report, and every rewritten sentence goes through the fact gate.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

PARAGRAPH_ID = re.compile(r"^(cl:)?(p\d+|t\d+(r\d+c\d+)+p\d+|[hf]\d+p\d+|[hf]\d+t\d+(r\d+c\d+)+p\d+)$")
MAX_TEXT = 2000


def _check_id(value: str) -> str:
    if not PARAGRAPH_ID.match(value):
        raise ValueError(f"not a paragraph id: {value!r}")
    return value


def _unique(values: list[str], what: str) -> list[str]:
    seen: set[str] = set()
    for v in values:
        if v in seen:
            raise ValueError(f"{what} lists {v!r} twice")
        seen.add(v)
    return values


class PlanModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Rewrite(PlanModel):
    """New wording for one paragraph, citing the paragraphs whose facts it uses."""

    paragraph_id: str = Field(description="the paragraph whose text is replaced")
    text: str = Field(min_length=1, max_length=MAX_TEXT, description="the new wording, plain text")
    source_ids: list[str] = Field(
        min_length=1, description="paragraphs the facts come from; usually includes paragraph_id itself"
    )

    @field_validator("paragraph_id")
    @classmethod
    def _pid(cls, v: str) -> str:
        return _check_id(v)

    @field_validator("source_ids")
    @classmethod
    def _sources(cls, v: list[str]) -> list[str]:
        return _unique([_check_id(s) for s in v], "source_ids")


class BulletSelection(PlanModel):
    """Which bullets stay under one entry (a role, or a skills section) and in what order."""

    parent_id: str = Field(description="the entry's heading paragraph (role line) or the section heading")
    bullet_ids: list[str] = Field(description="bullets to keep, most relevant first; unlisted ones are dropped")

    @field_validator("parent_id")
    @classmethod
    def _pid(cls, v: str) -> str:
        return _check_id(v)

    @field_validator("bullet_ids")
    @classmethod
    def _bullets(cls, v: list[str]) -> list[str]:
        return _unique([_check_id(s) for s in v], "bullet_ids")


class TailoringPlan(PlanModel):
    """How to tailor one CV to one posting. Only reorders, selects and rephrases: adds no facts."""

    section_order: list[str] = Field(
        default_factory=list,
        description="section heading ids in the wanted order; sections only move among their siblings "
        "(same body or same table cell); unlisted sections keep their place after the listed ones",
    )
    bullets: list[BulletSelection] = Field(
        default_factory=list, description="per entry, the bullets kept and their order"
    )
    summary: Rewrite | None = Field(None, description="the rewritten profile / summary paragraph")
    rewrites: list[Rewrite] = Field(default_factory=list, description="rewritten bullets or lines")
    skills_emphasis: list[str] = Field(
        default_factory=list, description="skills from the CV that the posting asks for, most important first"
    )
    rationale: str = Field("", max_length=MAX_TEXT, description="one or two sentences for the seeker")

    @field_validator("section_order")
    @classmethod
    def _order(cls, v: list[str]) -> list[str]:
        return _unique([_check_id(s) for s in v], "section_order")

    @model_validator(mode="after")
    def _no_double_rewrite(self) -> TailoringPlan:
        targets = [r.paragraph_id for r in self.rewrites]
        if self.summary is not None:
            targets.append(self.summary.paragraph_id)
        _unique(targets, "rewrites")
        _unique([b.parent_id for b in self.bullets], "bullets")
        return self


class CitedParagraph(PlanModel):
    """One paragraph of a cover letter's body and the CV (or template) paragraphs it draws on."""

    text: str = Field(min_length=1, max_length=MAX_TEXT)
    source_ids: list[str] = Field(
        default_factory=list,
        description="paragraphs the facts come from; may be empty for a paragraph with no facts",
    )

    @field_validator("source_ids")
    @classmethod
    def _sources(cls, v: list[str]) -> list[str]:
        return _unique([_check_id(s) for s in v], "source_ids")


class CoverLetterDraft(PlanModel):
    """The cover letter's variable parts; name block, date and sign-off come from the template."""

    salutation: str = Field(min_length=1, max_length=200, description='e.g. "Dear Ms Lee," or "Dear Hiring Manager,"')
    paragraphs: list[CitedParagraph] = Field(min_length=1, max_length=8, description="the body, in order")
