"""After applying (issue #16): replies understood and confirmed, application-form answers with the
seeker's saved personal answers, and interview briefs."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from app.api.deps import get_service
from app.api.schemas.journey import (
    AnswerEditBody,
    AnswersBody,
    ApplyAnyway,
    ConfirmReplyBody,
    FollowUp,
    FollowUpConfirmBody,
    FollowUpEditBody,
    FollowUps,
    FormAnswers,
    InterviewBrief,
    OutsideBody,
    OutsideRecorded,
    OverrideBody,
    ProfileAnswers,
    ProfileBody,
    ReplyReading,
    ReplyReadings,
)
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


@router.get("/replies", response_model=ReplyReadings)
def list_replies(
    svc: Service, state: Literal["proposed", "confirmed", "dismissed", "all"] = "proposed", job_id: str | None = None
) -> dict[str, Any]:
    """Replies read from the mailbox, with what each seems to say and the outcome it proposes."""
    return {"items": replies.list_readings(svc.store, None if state == "all" else state, job_id)}


@router.post("/replies/{reading_id}/confirm", response_model=ReplyReading)
def confirm_reply(reading_id: str, body: ConfirmReplyBody, svc: Service) -> dict[str, Any]:
    return replies.confirm_reading(svc.store, reading_id, body.outcome.value if body.outcome else None)


@router.post("/replies/{reading_id}/dismiss", response_model=ReplyReading)
def dismiss_reply(reading_id: str, svc: Service) -> dict[str, Any]:
    return replies.dismiss_reading(svc.store, reading_id)


@router.get("/profile/answers", response_model=ProfileAnswers)
def get_profile(svc: Service) -> dict[str, Any]:
    return {"answers": svc.store.write(aq.get_profile), "topics": list(SENSITIVE)}


@router.put("/profile/answers", response_model=ProfileAnswers)
def put_profile(body: ProfileBody, svc: Service) -> dict[str, Any]:
    unknown = sorted(set(body.answers) - set(SENSITIVE))
    if unknown:
        raise InputError(f"unknown topics: {', '.join(unknown)}; expected some of {', '.join(SENSITIVE)}")
    svc.store.write(lambda cur: aq.put_profile(cur, {k: v.strip() for k, v in body.answers.items() if v.strip()}))
    return get_profile(svc)


@router.post("/jobs/{job_id}/answers", response_model=FormAnswers)
async def draft_answers(job_id: str, body: AnswersBody, svc: Service) -> dict[str, Any]:
    """Draft an answer for each question from the CV and the posting (personal ones from your profile)."""
    questions = [Question(q.text, q.limit) for q in body.questions]
    return {"items": await run_in_threadpool(journey.draft_form_answers, svc, job_id, questions)}


@router.get("/jobs/{job_id}/answers", response_model=FormAnswers)
def get_answers(job_id: str, svc: Service) -> dict[str, Any]:
    return {"items": svc.store.write(lambda cur: aq.list_answers(cur, job_id))}


@router.put("/jobs/{job_id}/answers/{idx}", response_model=FormAnswers)
def edit_answer(job_id: str, idx: int, body: AnswerEditBody, svc: Service) -> dict[str, Any]:
    svc.store.write(lambda cur: aq.edit_answer(cur, job_id, idx, body.answer))
    return {"items": svc.store.write(lambda cur: aq.list_answers(cur, job_id))}


@router.get("/jobs/{job_id}/interview-brief", response_model=InterviewBrief)
async def get_brief(job_id: str, svc: Service) -> dict[str, Any]:
    return (await run_in_threadpool(journey.interview_brief, svc, job_id)).as_dict()


@router.get("/jobs/{job_id}/interview-brief.docx", response_class=Response)
async def get_brief_docx(job_id: str, svc: Service) -> Response:
    data = await run_in_threadpool(journey.interview_brief_docx, svc, job_id)
    return Response(
        data, media_type=DOCX, headers={"Content-Disposition": f'attachment; filename="interview_brief_{job_id}.docx"'}
    )


@router.post("/applications/outside", status_code=201, response_model=OutsideRecorded)
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


@router.post("/jobs/{job_id}/apply-anyway", response_model=ApplyAnyway)
def apply_anyway(job_id: str, body: OverrideBody, svc: Service) -> dict[str, Any]:
    """Tailor a filtered or rejected job anyway; your reason is kept in its history."""
    elsewhere.apply_anyway(svc, job_id, body.reason)
    return {"job_id": job_id, "status": "queued", "override": body.reason}


@router.get("/followups", response_model=FollowUps)
def list_followups(
    svc: Service,
    state: Literal["draft", "approved", "sent", "unknown", "failed", "all"] = "draft",
    job_id: str | None = None,
) -> dict[str, Any]:
    """Follow-ups, thank-you notes and reminders; drafts wait for your approval."""
    states = None if state == "all" else (state,)
    return {"items": svc.store.write(lambda cur: fq.listing(cur, states, job_id))}


@router.put("/followups/{followup_id}", response_model=FollowUp)
def edit_followup(followup_id: str, body: FollowUpEditBody, svc: Service) -> dict[str, Any]:
    return followups.edit(svc.store, followup_id, body.body)


@router.post("/followups/{followup_id}/confirm", response_model=FollowUp)
def confirm_followup(followup_id: str, body: FollowUpConfirmBody, svc: Service) -> dict[str, Any]:
    return followups.confirm(svc.store, followup_id, sent=body.sent)


@router.post("/followups/{followup_id}/{action}", response_model=FollowUp)
def decide_followup(followup_id: str, action: Literal["approve", "dismiss", "done"], svc: Service) -> dict[str, Any]:
    """approve: sent by the next mail tick (within the send limits); dismiss; done (a reminder you acted on)."""
    return followups.decide(svc.store, followup_id, action)
