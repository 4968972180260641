"""Jobs: add, list, detail, decide, ids and counts (app/api/jobs.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field, model_validator


class AddJobRequest(BaseModel):
    """Exactly one of url, text or payload."""

    url: str | None = Field(None, description="a job page URL (schema.org JobPosting or plain HTML)")
    text: str | None = Field(None, description="a pasted posting: first line the title")
    payload: str | None = Field(None, description="a file's text: an API payload, an RSS/Atom feed or HTML")
    filename: str | None = Field(None, description="the payload's file name, a hint for its format")

    @model_validator(mode="after")
    def _one(self) -> AddJobRequest:
        if sum(x is not None for x in (self.url, self.text, self.payload)) != 1:
            raise ValueError("give exactly one of url, text or payload")
        return self


class AddedJob(BaseModel):
    job_id: str
    title: str
    company: str
    status: str
    note: str = ""
    already_known: bool = Field(False, description="the posting was added before: job_id and status are that job's")


class JobSummary(BaseModel):
    id: str
    status: str
    status_reason: str | None = None
    failed_stage: str | None = None
    error: str | None = None
    title: str
    company: str
    location: str | None = None
    remote: str | None = None
    employment_type: str | None = None
    salary_text: str | None = None
    source: str
    url: str | None = None
    apply_url: str | None = None
    apply_email: str | None = None
    group_id: str | None = None
    score: float | None = None
    folder: str | None = None
    created_at: datetime
    updated_at: datetime


class JobPage(BaseModel):
    items: list[JobSummary]
    total: int
    limit: int
    offset: int


class JobDocument(BaseModel):
    kind: str = Field(description="cv, cover_letter, cv_pdf, cover_letter_pdf, job_info, ...")
    name: str
    sha256: str
    size: int
    created_at: datetime


class StatusChange(BaseModel):
    from_status: str | None
    to_status: str
    reason: str | None
    changed_at: datetime


class StageRun(BaseModel):
    run_id: str
    stage: str
    state: str
    error: str | None
    ms: float | None
    created_at: datetime


class JobUsage(BaseModel):
    calls: int
    cost: float = Field(description="USD")
    input_tokens: int
    output_tokens: int


class GateRemoval(BaseModel):
    document: str = Field(description="cv or cover_letter")
    paragraph_id: str | None = None
    sentence: str = ""
    reasons: list[str] = []
    replaced_by: str | None = Field(None, description="the CV's original sentence put back instead")


class FactGate(BaseModel):
    passed: bool
    removals: list[GateRemoval]
    needs_review: list[str]


class JobDetail(JobSummary):
    # `match` and `job` are the stored JSON of the match result and of the posting (app.domain models,
    # written by earlier versions too): passed through as stored.
    match: dict[str, Any] | None = None
    job: dict[str, Any]
    run_id: str | None = None
    documents: list[JobDocument] = []
    history: list[StatusChange] = []
    stages: list[StageRun] = []
    usage: JobUsage | None = None
    fact_gate: FactGate | None = Field(None, description="the fact gate's result for the current run")


class JobIdMatches(BaseModel):
    prefix: str
    matches: list[str] = Field(description="the ids that start with the prefix, in order (at most 10)")
    more: bool = Field(description="more jobs than those listed start with the prefix")


class ShortIdsRequest(BaseModel):
    ids: list[str] = Field(max_length=500)
    min_length: int = Field(8, ge=4, le=64)


class ShortIds(BaseModel):
    short: dict[str, str] = Field(description="each id -> its shortest unique prefix (an unknown id: itself)")


class DecisionRequest(BaseModel):
    reason: str | None = Field(None, max_length=500, description="why (kept in the job's history)")


class Stats(BaseModel):
    total: int
    by_status: dict[str, int]
