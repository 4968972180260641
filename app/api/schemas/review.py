"""Review before approval (app/api/review.py): request bodies and answers.

Several answers here leave a key out rather than send it empty (an approval plan has `link` only for an
apply-link job, `why` only when held): their routes set `response_model_exclude_unset`, so the models list
every key that may appear and the answer carries only those the code set.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from app.api.schemas.jobs import JobUsage

# --- request bodies ---


class PlanBody(BaseModel):
    job_ids: list[str] = Field(min_length=1, max_length=500, description="the jobs ticked on screen")
    versions: dict[str, str] = Field(default_factory=dict, description="job id -> updated_at the page showed")


class LetterBodyText(BaseModel):
    text: str = Field(max_length=20_000, description="the letter's body; blank lines separate paragraphs")


# --- answers ---


class ApprovalPlan(BaseModel):
    """How a job would leave on approval (app.review.plan.approval_plan)."""

    job_id: str
    title: str | None = None
    company: str | None = None
    status: str | None = None
    how: str = Field(description="email (now), link (the seeker applies), hold (not sent: `why`) or missing")
    link: str | None = Field(None, description="how=link: where to apply")
    recipient: str | None = Field(None, description="the validated address, when there is one")
    why: str | None = Field(None, description="how=hold: why nothing is sent")
    say: str = Field(description="the plan in words")


class ApprovalPlans(BaseModel):
    items: list[ApprovalPlan]
    summary: str = Field(description="the words of the confirmation")
    stale: dict[str, str] = Field(description="job id -> why it changed since the page showed it")


class ReviewJob(BaseModel):
    id: str
    status: str
    status_reason: str | None
    failed_stage: str | None
    error: str | None
    title: str
    company: str
    location: str | None
    remote: str | None
    employment_type: str | None
    salary_text: str | None
    source: str
    url: str | None
    apply_url: str | None
    apply_email: str | None
    score: float | None


class ReviewDocuments(BaseModel):
    """Each document as safe HTML (None: there is none)."""

    cv: str | None
    cv_original: str | None = Field(description="the seeker's CV template")
    cover_letter: str | None
    cover_letter_original: str | None = Field(description="the seeker's cover-letter template")
    names: dict[str, str] = Field(description="document kind -> file name")


class Reordering(BaseModel):
    """Sections reordered (`before`, `after`) or bullets under an entry moved or dropped (`moved`, `dropped`)."""

    what: str
    before: list[str] | None = None
    after: list[str] | None = None
    moved: bool | None = None
    dropped: int | None = None


class Rewrite(BaseModel):
    before: str
    after: str


class Removal(BaseModel):
    where: str = Field(description="CV or cover letter")
    sentence: str
    why: str
    kept_instead: str


class SkillEmphasis(BaseModel):
    emphasised: list[str]
    refused: list[str]


class Changes(BaseModel):
    reordered: list[Reordering]
    rewritten: list[Rewrite]
    removed: list[Removal]
    skills: list[SkillEmphasis]


class EmailPreview(BaseModel):
    """The email exactly as the outbox would build it."""

    to: str
    from_: str = Field(alias="from")
    subject: str
    body: str
    attachments: list[str]
    attachment_problem: str | None
    sends_now: bool
    say: str


class Review(BaseModel):
    job: ReviewJob
    version: str = Field(description="the job's updated_at: send it back to refuse a stale action")
    posting_html: str
    # the stored match result (app.domain match JSON, as written by the version that matched the job)
    match: dict[str, Any]
    missing_skills: list[str]
    documents: ReviewDocuments
    letter_body: str | None
    saved_edit: str | None = Field(description="your own letter body, when the current letter lost it")
    changes: Changes
    plan: ApprovalPlan
    email: EmailPreview | None
    actions: list[str] = Field(description="the buttons to show")
    usage: JobUsage | None


class LetterEditDiscarded(BaseModel):
    job_id: str
    discarded: bool


class LetterEdited(BaseModel):
    job_id: str
    body: str = Field(description="the letter's body as kept")
    pdf: bool = Field(description="a PDF was made again")
    pdf_error: str | None
