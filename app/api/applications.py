"""Approval, sending and tracking: modes, bulk approve, send, apply-link hand-off, unknown sends,
outcomes, metrics, CSV export and edits before approval (issue #7)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Query, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from app.api.deps import get_service, read_upload
from app.api.schemas.applications import (
    ApplicationDetail,
    ApplicationRow,
    BulkApproveBody,
    BulkApproved,
    ConfirmBody,
    DocumentReplaced,
    JobState,
    LetterBody,
    Metrics,
    Modes,
    ModesBody,
    NoteBody,
    OutcomeBody,
    RecipientBody,
    RecipientSet,
    SendResult,
    Tick,
)
from app.applications import edit, hooks, metrics, tracking
from app.review.plan import stale
from app.service import Jobsmith
from app.store import applications as applications_q
from app.store import jobs as q

router = APIRouter(prefix="/api", tags=["applications"])
Service = Annotated[Jobsmith, Depends(get_service)]


def _job(svc: Jobsmith, job_id: str) -> dict[str, Any]:
    row = q.get_job(svc.store, job_id)
    return {k: row[k] for k in ("id", "status", "status_reason", "failed_stage", "error", "title", "company")}


@router.get("/modes", response_model=Modes)
def get_modes(svc: Service) -> dict[str, Any]:
    return hooks.modes(svc).as_dict()


@router.put("/modes", response_model=Modes)
def put_modes(body: ModesBody, svc: Service) -> dict[str, Any]:
    return hooks.change_modes(svc, approval_mode=body.approval_mode, dry_run=body.dry_run).as_dict()


@router.post("/applications/approve", response_model=BulkApproved)
def bulk_approve(body: BulkApproveBody, svc: Service) -> dict[str, Any]:
    """Approve several jobs; each is sent at once when dry-run is off and it has an apply email."""
    changed = (
        stale(svc, {jid: (body.versions or {}).get(jid, "") for jid in body.job_ids})
        if body.versions is not None
        else {}
    )
    items = [tracking.BulkItem(jid, False, error=changed[jid]) for jid in dict.fromkeys(body.job_ids) if jid in changed]
    items += tracking.approve_many([j for j in body.job_ids if j not in changed], svc.approve)
    for item in items:
        if item.ok and item.status is None:
            item.status = q.get_job(svc.store, item.job_id)["status"]
    return {"items": [i.__dict__ for i in items], "approved": sum(i.ok for i in items)}


@router.get("/applications", response_model=list[ApplicationRow])
def list_applications(
    svc: Service, view: str = "all", limit: Annotated[int, Query(ge=1, le=1000)] = 200
) -> list[dict[str, Any]]:
    """Applications for the UI: `all`, `unknown` (to confirm), `handoff` (apply by link), `failed` (send)."""
    return applications_q.list_applications(svc.store, view, limit)


@router.get("/applications/metrics", response_model=Metrics)
def get_metrics(svc: Service) -> dict[str, Any]:
    return metrics.metrics(svc.store)


@router.get("/applications/export.csv", response_class=Response)
def export(svc: Service) -> Response:
    return Response(
        metrics.export_csv(svc.store),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="applications.csv"'},
    )


@router.get("/applications/{job_id}", response_model=ApplicationDetail)
def application(job_id: str, svc: Service) -> dict[str, Any]:
    """The job's application: outbox row, every send attempt, outcomes, typed recipient."""
    return {"job": _job(svc, job_id), **applications_q.detail(svc.store, job_id)}


@router.post("/applications/{job_id}/send", response_model=SendResult)
def send(job_id: str, svc: Service) -> dict[str, Any]:
    """Send now. A job parked in `pending` by a send failure is approved again first (a person asked)."""
    return hooks.send_now(svc, job_id).__dict__


@router.post("/applications/{job_id}/applied", response_model=JobState)
def mark_applied(job_id: str, svc: Service, body: NoteBody | None = None) -> dict[str, Any]:
    """Apply-link hand-off: the seeker applied on the employer's site."""
    tracking.mark_applied(svc.store, job_id, note=body.note if body else None)
    return _job(svc, job_id)


@router.post("/applications/{job_id}/confirm", response_model=JobState)
def confirm(job_id: str, body: ConfirmBody, svc: Service) -> dict[str, Any]:
    """Settle an `unknown` send: sent (-> sent) or not sent (-> approved; send again when you wish)."""
    hooks.outbox_for(svc).confirm(job_id, sent=body.sent, note=body.note)
    return _job(svc, job_id)


@router.post("/applications/{job_id}/outcome", response_model=JobState)
def outcome(job_id: str, body: OutcomeBody, svc: Service) -> dict[str, Any]:
    tracking.record_outcome(svc.store, job_id, body.outcome, notes=body.notes, occurred_on=body.occurred_on)
    return _job(svc, job_id)


@router.put("/applications/{job_id}/recipient", response_model=RecipientSet)
def recipient(job_id: str, body: RecipientBody, svc: Service) -> dict[str, Any]:
    """Type the address to send to (validated); used instead of the posting's apply email."""
    return {"job_id": job_id, "recipient": tracking.set_recipient(svc.store, job_id, body.address)}


@router.put("/applications/{job_id}/documents/{kind}", response_model=DocumentReplaced)
async def replace_document(job_id: str, kind: str, svc: Service, file: Annotated[UploadFile, File()]) -> dict[str, Any]:
    """Replace the tailored CV (`cv`) or cover letter (`cover_letter`) with your own DOCX."""
    data = await read_upload(file)
    return await run_in_threadpool(
        edit.replace_document, svc.store, job_id, kind, data, file.filename or f"{kind}.docx"
    )


@router.put("/applications/{job_id}/cover-letter", response_model=DocumentReplaced)
def cover_letter(job_id: str, body: LetterBody, svc: Service) -> dict[str, Any]:
    """Rewrite the cover letter's text; the DOCX keeps the template's paragraph style."""
    return edit.set_cover_letter_text(svc.store, job_id, body.text)


@router.post("/applications/tick", response_model=Tick)
def tick(svc: Service) -> dict[str, Any]:
    """Send what is due and mark old silences no_response (the scheduler's job; callable by hand)."""
    return hooks.tick(svc)
