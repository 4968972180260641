"""After applying (issue #16): replies understood and confirmed, application-form answers with the
seeker's saved personal answers, and interview briefs."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel, Field

from app.api.deps import get_service
from app.applications import followups, replies
from app.errors import InputError
from app.journey import elsewhere
from app.journey import service as journey
from app.journey.answers import SENSITIVE, Question
from app.service import Jobsmith
from app.store import answers as aq
from app.store import followups as fq

router = APIRouter(prefix="/api", tags=["journey"])
Service = Annotated[Jobsmith, Depends(get_service)]
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class ConfirmReplyBody(BaseModel):
    outcome: Literal["responded", "interview", "offer", "declined"] | None = Field(
        None, description="the outcome to record; empty = the one the reply proposes"
    )


class QuestionBody(BaseModel):
    text: str = Field(min_length=3, max_length=2000, description="the form's question, as written")
    limit: int = Field(1000, ge=20, le=20_000, description="the most characters the form's field takes")


class AnswersBody(BaseModel):
    questions: list[QuestionBody] = Field(min_length=1, max_length=50)


class AnswerEditBody(BaseModel):
    answer: str = Field(max_length=20_000, description="your own wording of this answer")


class ProfileBody(BaseModel):
    answers: dict[str, str] = Field(description="topic -> your saved answer; topics: " + ", ".join(SENSITIVE))


@router.get("/replies")
def list_replies(
    svc: Service, state: Literal["proposed", "confirmed", "dismissed", "all"] = "proposed", job_id: str | None = None
) -> dict[str, Any]:
    """Replies read from the mailbox, with what each seems to say and the outcome it proposes."""
    return {"items": replies.list_readings(svc.store, None if state == "all" else state, job_id)}


@router.post("/replies/{reading_id}/confirm")
def confirm_reply(reading_id: str, body: ConfirmReplyBody, svc: Service) -> dict[str, Any]:
    return replies.confirm_reading(svc.store, reading_id, body.outcome)


@router.post("/replies/{reading_id}/dismiss")
def dismiss_reply(reading_id: str, svc: Service) -> dict[str, Any]:
    return replies.dismiss_reading(svc.store, reading_id)


@router.get("/profile/answers")
def get_profile(svc: Service) -> dict[str, Any]:
    return {"answers": svc.store.write(aq.get_profile), "topics": list(SENSITIVE)}


@router.put("/profile/answers")
def put_profile(body: ProfileBody, svc: Service) -> dict[str, Any]:
    unknown = sorted(set(body.answers) - set(SENSITIVE))
    if unknown:
        raise InputError(f"unknown topics: {', '.join(unknown)}; expected some of {', '.join(SENSITIVE)}")
    svc.store.write(lambda cur: aq.put_profile(cur, {k: v.strip() for k, v in body.answers.items() if v.strip()}))
    return get_profile(svc)


@router.post("/jobs/{job_id}/answers")
async def draft_answers(job_id: str, body: AnswersBody, svc: Service) -> dict[str, Any]:
    """Draft an answer for each question from the CV and the posting (personal ones from your profile)."""
    questions = [Question(q.text, q.limit) for q in body.questions]
    return {"items": await run_in_threadpool(journey.draft_form_answers, svc, job_id, questions)}


@router.get("/jobs/{job_id}/answers")
def get_answers(job_id: str, svc: Service) -> dict[str, Any]:
    return {"items": svc.store.write(lambda cur: aq.list_answers(cur, job_id))}


@router.put("/jobs/{job_id}/answers/{idx}")
def edit_answer(job_id: str, idx: int, body: AnswerEditBody, svc: Service) -> dict[str, Any]:
    svc.store.write(lambda cur: aq.edit_answer(cur, job_id, idx, body.answer))
    return {"items": svc.store.write(lambda cur: aq.list_answers(cur, job_id))}


@router.get("/jobs/{job_id}/interview-brief")
async def get_brief(job_id: str, svc: Service) -> dict[str, Any]:
    return (await run_in_threadpool(journey.interview_brief, svc, job_id)).as_dict()


@router.get("/jobs/{job_id}/interview-brief.docx")
async def get_brief_docx(job_id: str, svc: Service) -> Response:
    data = await run_in_threadpool(journey.interview_brief_docx, svc, job_id)
    return Response(
        data, media_type=DOCX, headers={"Content-Disposition": f'attachment; filename="interview_brief_{job_id}.docx"'}
    )


class OutsideBody(BaseModel):
    title: str = Field(max_length=300, description="the role's title")
    company: str = Field(max_length=300, description="the company")
    url: str | None = Field(None, max_length=2000, description="the posting or application link")
    applied_on: date | None = Field(None, description="when you applied; default today")
    channel: str = Field("", max_length=100, description="how: LinkedIn Easy Apply, a recruiter, in person...")
    notes: str | None = Field(None, max_length=2000)


class OverrideBody(BaseModel):
    reason: str = Field(max_length=1000, description="why you want to apply despite the gate or the score")


@router.post("/applications/outside", status_code=201)
def record_outside(body: OutsideBody, svc: Service) -> dict[str, Any]:
    """Record an application you made outside jobsmith: it is tracked and counted like any other."""
    return elsewhere.record_outside(
        svc,
        title=body.title,
        company=body.company,
        url=body.url,
        applied_on=body.applied_on,
        channel=body.channel,
        notes=body.notes,
    )


@router.post("/jobs/{job_id}/apply-anyway")
def apply_anyway(job_id: str, body: OverrideBody, svc: Service) -> dict[str, Any]:
    """Tailor a filtered or rejected job anyway; your reason is kept in its history."""
    elsewhere.apply_anyway(svc, job_id, body.reason)
    return {"job_id": job_id, "status": "queued", "override": body.reason}


class FollowUpEditBody(BaseModel):
    body: str = Field(max_length=10_000, description="the message in your own words")


class FollowUpConfirmBody(BaseModel):
    sent: bool = Field(description="true: it did go (check your Sent folder); false: it did not")


@router.get("/followups")
def list_followups(
    svc: Service,
    state: Literal["draft", "approved", "sent", "unknown", "failed", "all"] = "draft",
    job_id: str | None = None,
) -> dict[str, Any]:
    """Follow-ups, thank-you notes and reminders; drafts wait for your approval."""
    states = None if state == "all" else (state,)
    return {"items": svc.store.write(lambda cur: fq.listing(cur, states, job_id))}


@router.put("/followups/{followup_id}")
def edit_followup(followup_id: str, body: FollowUpEditBody, svc: Service) -> dict[str, Any]:
    return followups.edit(svc.store, followup_id, body.body)


@router.post("/followups/{followup_id}/confirm")
def confirm_followup(followup_id: str, body: FollowUpConfirmBody, svc: Service) -> dict[str, Any]:
    return followups.confirm(svc.store, followup_id, sent=body.sent)


@router.post("/followups/{followup_id}/{action}")
def decide_followup(followup_id: str, action: Literal["approve", "dismiss", "done"], svc: Service) -> dict[str, Any]:
    """approve: sent by the next mail tick (within the send limits); dismiss; done (a reminder you acted on)."""
    return followups.decide(svc.store, followup_id, action)
