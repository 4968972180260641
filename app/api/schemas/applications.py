"""Approval, sending and tracking (app/api/applications.py): request bodies and answers."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, Field

from app.api.schemas.journey import FollowUp

# --- request bodies ---


class ModesBody(BaseModel):
    approval_mode: bool | None = Field(None, description="ask before anything is sent")
    dry_run: bool | None = Field(None, description="prepare documents but never send")


class BulkApproveBody(BaseModel):
    job_ids: list[str] = Field(min_length=1, max_length=500, description="jobs to approve (and send when ready)")
    versions: dict[str, str] | None = Field(
        None, description="job id -> updated_at the page showed; a job changed since then is refused"
    )


class NoteBody(BaseModel):
    note: str | None = Field(None, max_length=2000, description="why, in the seeker's words")


class ConfirmBody(NoteBody):
    sent: bool = Field(description="true: the message did go (check the Sent folder); false: it did not")


class OutcomeBody(BaseModel):
    outcome: str = Field(description="responded, interview, offer, declined, no_response or withdrawn")
    notes: str | None = Field(None, max_length=5000, description="what happened")
    occurred_on: date | None = Field(None, description="when it happened; default today")


class RecipientBody(BaseModel):
    address: str = Field(max_length=254, description="the address to send this application to")


class LetterBody(BaseModel):
    text: str = Field(max_length=20_000, description="the new cover letter; blank lines separate paragraphs")


# --- answers ---


class Modes(BaseModel):
    approval_mode: bool = Field(description="ask before anything is sent")
    dry_run: bool = Field(description="prepare documents but never send")


class JobState(BaseModel):
    """A job's status after an action on its application."""

    id: str
    status: str
    status_reason: str | None
    failed_stage: str | None
    error: str | None
    title: str
    company: str


class SendResult(BaseModel):
    """One send (app.applications.outbox.SendResult)."""

    job_id: str
    state: str = Field(description="sent, unknown, failed or deferred")
    job_status: str
    message_id: str | None
    recipient: str | None
    code: int | None = Field(description="the SMTP reply code, when there was one")
    detail: str
    retry_after: datetime | None = Field(description="deferred or temporarily failed: not before then (UTC)")
    extra: dict[str, Any] = Field(description="reserved for details a transport adds (free-form)")


class BulkItem(BaseModel):
    job_id: str
    ok: bool
    status: str | None = Field(description="the job's status afterwards")
    error: str | None = Field(description="why this job was not approved")
    send: SendResult | None = Field(description="the send made at once on approval, if any")


class BulkApproved(BaseModel):
    items: list[BulkItem]
    approved: int


class ApplicationRow(BaseModel):
    """One row of `GET /api/applications` (store.applications.list_applications)."""

    job_id: str
    title: str
    company: str
    status: str
    status_reason: str | None
    apply_url: str | None
    channel: str = Field(description="email or link")
    recipient: str | None
    outbox_state: str | None
    message_id: str | None
    error: str | None
    send_started_at: datetime | None
    sent_at: datetime | None
    applied_at: datetime | None


class FunnelBySource(BaseModel):
    """How far the jobs of one source got (app.domain.status.FUNNEL stages)."""

    source: str
    discovered: int
    matched: int
    approved: int
    applied: int
    responded: int
    interview: int
    offer: int


class TimeToResponse(BaseModel):
    median: int | float | None = Field(description="days")
    mean: float | None = Field(description="days")
    count: int


class Metrics(BaseModel):
    funnel: list[FunnelBySource]
    applied: int
    responded: int
    response_rate: float | None
    time_to_response_days: TimeToResponse
    by_status: dict[str, int]
    unknown_sends: int


class ApplicationRecord(BaseModel):
    job_id: str
    group_id: str
    channel: str = Field(description="email or link")
    recipient: str | None
    approved_at: datetime | None
    applied_at: datetime | None
    created_at: datetime


class OutboxRow(BaseModel):
    message_id: str
    job_id: str
    state: str
    recipient: str
    subject: str
    error: str | None
    created_at: datetime
    sent_at: datetime | None


class SendAttempt(BaseModel):
    job_id: str
    message_id: str
    result: str
    code: int | None
    error: str | None
    retry_after: datetime | None
    created_at: datetime


class Outcome(BaseModel):
    job_id: str
    outcome: str
    notes: str | None
    occurred_on: date | None
    created_at: datetime


class ApplicationDetail(BaseModel):
    job: JobState
    application: ApplicationRecord | None
    outbox: OutboxRow | None
    attempts: list[SendAttempt]
    outcomes: list[Outcome]
    recipient_override: str | None


class RecipientSet(BaseModel):
    job_id: str
    recipient: str = Field(description="the address as validated")


class DocumentReplaced(BaseModel):
    kind: str = Field(description="cv or cover_letter")
    name: str
    sha256: str
    size: int


class FollowUpSent(BaseModel):
    """A follow-up the tick tried to send: its row (app/api/schemas/journey.py FollowUp) or, deferred, this."""

    id: str
    state: str = Field(description="deferred")
    detail: str
    retry_after: datetime


class DigestSent(BaseModel):
    period: str
    state: str = Field(description="sent, failed or sending (maybe delivered)")
    delivered: list[str] = Field(description="email, webhook")
    detail: list[str] = Field(description="the problems met")


class Tick(BaseModel):
    sends: list[SendResult]
    replies: list[str] | str = Field(description="ids of the replies read, or why they could not be read")
    no_response: list[str] = Field(description="jobs marked no_response")
    follow_ups_drafted: list[str]
    follow_ups_sent: list[FollowUp | FollowUpSent]
    digest: DigestSent | None
