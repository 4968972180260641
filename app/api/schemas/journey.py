"""After applying (app/api/journey.py): replies, form answers, interview briefs, outside applications and
follow-ups: request bodies and answers."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field, field_validator

from app.domain.status import RESPONSES, Status, values
from app.journey.answers import SENSITIVE

# --- request bodies ---


class ConfirmReplyBody(BaseModel):
    outcome: Status | None = Field(
        None, description="the outcome to record (responded, interview, offer or declined); empty = the proposed one"
    )

    @field_validator("outcome")
    @classmethod
    def _a_response(cls, value: Status | None) -> Status | None:
        if value is not None and value not in RESPONSES:
            raise ValueError(f"the outcome is one of {', '.join(values(RESPONSES))}")
        return value


class QuestionBody(BaseModel):
    text: str = Field(min_length=3, max_length=2000, description="the form's question, as written")
    limit: int = Field(1000, ge=20, le=20_000, description="the most characters the form's field takes")


class AnswersBody(BaseModel):
    questions: list[QuestionBody] = Field(min_length=1, max_length=50)


class AnswerEditBody(BaseModel):
    answer: str = Field(max_length=20_000, description="your own wording of this answer")


class ProfileBody(BaseModel):
    answers: dict[str, str] = Field(description="topic -> your saved answer; topics: " + ", ".join(SENSITIVE))


class OutsideBody(BaseModel):
    title: str = Field(max_length=300, description="the role's title")
    company: str = Field(max_length=300, description="the company")
    url: str | None = Field(None, max_length=2000, description="the posting or application link")
    applied_on: date | None = Field(None, description="when you applied; default today")
    channel: str = Field("", max_length=100, description="how: LinkedIn Easy Apply, a recruiter, in person...")
    notes: str | None = Field(None, max_length=2000)


class OverrideBody(BaseModel):
    reason: str = Field(max_length=1000, description="why you want to apply despite the gate or the score")


class FollowUpEditBody(BaseModel):
    body: str = Field(max_length=10_000, description="the message in your own words")


class FollowUpConfirmBody(BaseModel):
    sent: bool = Field(description="true: it did go (check your Sent folder); false: it did not")


# --- answers ---


class ReplyReading(BaseModel):
    """A reply read from the mailbox and what it seems to say (store.replies.READING_COLUMNS)."""

    id: str
    job_id: str
    message_id: str
    matched_by: str
    sender: str
    subject: str
    excerpt: str
    kind: str
    evidence: str
    proposed_outcome: str | None
    received_on: date | None
    state: str = Field(description="proposed, confirmed or dismissed")
    confirmed_outcome: str | None
    created_at: datetime
    title: str
    company: str
    job_status: str


class ReplyReadings(BaseModel):
    items: list[ReplyReading]


class ProfileAnswers(BaseModel):
    answers: dict[str, str] = Field(description="topic -> your saved answer")
    topics: list[str] = Field(description="the topics a saved answer may cover")


class RemovedSentence(BaseModel):
    """A sentence the fact gate removed, and why."""

    sentence: str
    reasons: list[str]


class FormAnswer(BaseModel):
    idx: int
    question: str
    answer: str
    state: str
    topic: str | None
    max_chars: int
    updated_at: datetime
    sources: list[str] = Field(description="the CV paragraphs the answer draws on")
    removed: list[RemovedSentence]
    note: str


class FormAnswers(BaseModel):
    items: list[FormAnswer]


class Story(BaseModel):
    requirement: str
    situation: str = Field(description="the CV's role line (title at employer, dates)")
    action_and_result: str = Field(description="the CV's bullet, verbatim")
    source: str = Field(description="paragraph id in the CV")
    prompt: str
    narrative: str
    removed: list[RemovedSentence]


class InterviewBrief(BaseModel):
    job_id: str
    title: str
    company: str
    stories: list[Story]
    likely_questions: list[str]
    gaps: list[str]
    questions_to_ask: list[str]
    note: str


class OutsideRecorded(BaseModel):
    job_id: str
    status: str
    note: str


class ApplyAnyway(BaseModel):
    job_id: str
    status: str = Field(description="queued")
    override: str = Field(description="your reason")


class FollowUp(BaseModel):
    """A follow-up, thank-you note or reminder (store.followups.COLUMNS)."""

    id: str
    job_id: str
    kind: str
    state: str = Field(description="draft, approved, sending, sent, unknown, failed, dismissed or done")
    recipient: str | None
    subject: str
    body: str
    in_reply_to: str | None
    message_id: str | None
    error: str | None
    created_at: datetime
    updated_at: datetime
    sent_at: datetime | None
    title: str
    company: str
    job_status: str


class FollowUps(BaseModel):
    items: list[FollowUp]
