"""The job model every source normalises to, and the results of matching."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

Remote = Literal["remote", "hybrid", "onsite", "unknown"]
EmploymentType = Literal["full_time", "part_time", "contract", "temporary", "internship", "unknown"]
Period = Literal["hour", "day", "week", "month", "year"]


class Salary(BaseModel):
    """A pay range as the posting states it. Missing bounds stay None: never guessed."""

    min: float | None = None
    max: float | None = None
    currency: str | None = Field(None, description="ISO 4217 code, e.g. AUD")
    period: Period | None = None
    text: str | None = Field(None, description="the posting's own words, for display")
    ambiguous: bool = Field(False, description="the period or currency was inferred, not stated")


class Location(BaseModel):
    city: str | None = None
    region: str | None = None
    country: str | None = Field(None, description="ISO 3166 alpha-2 where known, e.g. AU")
    raw: str = ""


class Job(BaseModel):
    """One posting, normalised. `id` is stable for the same source posting."""

    id: str = ""
    title: str
    company: str
    locations: list[Location] = Field(default_factory=list)
    remote: Remote = "unknown"
    employment_type: EmploymentType = "unknown"
    salary: Salary | None = None
    posted_at: date | None = None
    description_html: str = ""
    description_text: str = ""
    url: str | None = None
    apply_url: str | None = None
    apply_email: str | None = None
    contact_name: str | None = None
    requisition_id: str | None = None
    source: str = "manual"
    source_id: str | None = None
    raw: dict[str, Any] = Field(default_factory=dict)

    def model_post_init(self, __context: Any) -> None:
        if not self.id:
            self.id = job_id_for(self.source, self.source_id, self.url, self.company, self.title)

    @property
    def location_text(self) -> str:
        return "; ".join(
            loc.raw or ", ".join(p for p in (loc.city, loc.region, loc.country) if p) for loc in self.locations
        )


def job_id_for(source: str, source_id: str | None, url: str | None, company: str, title: str) -> str:
    """A short stable id: the same source posting always gets the same id."""
    basis = f"{source}|{source_id}" if source_id else f"{source}|{url or ''}|{company}|{title}"
    return hashlib.sha256(basis.encode()).hexdigest()[:16]


class GateResult(BaseModel):
    """One hard gate (location, remote policy, job type, salary floor, exclusions, seniority)."""

    name: str
    passed: bool
    reason: str


class CriterionScore(BaseModel):
    """One scored criterion with the evidence behind it, for the UI to show."""

    name: str
    score: float = Field(ge=0, le=1)
    weight: float = Field(ge=0)
    matched: list[str] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)
    reason: str = ""


class MatchResult(BaseModel):
    passed_gates: bool
    score: float = Field(ge=0, le=1)
    gates: list[GateResult] = Field(default_factory=list)
    criteria: list[CriterionScore] = Field(default_factory=list)
    matched_skills: list[str] = Field(default_factory=list)
    summary: str = ""
    llm: dict[str, Any] | None = Field(None, description="optional LLM fit assessment")


class Usage(BaseModel):
    """Token usage and cost of one LLM call."""

    provider: str
    model: str
    stage: str
    input_tokens: int = 0
    output_tokens: int = 0
    cache_write_tokens: int = 0
    cache_read_tokens: int = 0
    cost: float = 0.0
    cached: bool = Field(False, description="answered from jobsmith's own cache: no paid call")
    at: datetime | None = None
