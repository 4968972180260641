"""The seeker confirms how their CV was read, once: read it, show it, store the confirmed outline, requeue.

Until the reading is confirmed (or while the reader's confidence is low), the pipeline parks matched jobs
in `pending` with one action, CONFIRM_ACTION, instead of failing each one differently. Confirming stores
the outline by the CV file's content hash (re-used until the file changes) and queues those jobs again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Protocol

from app.documents.cv_outline import CONFIRM_ACTION, CvOutline, Scored, problems
from app.documents.cv_structure import read_outline
from app.errors import DocumentError, InputError, NotFound
from app.store import cv_outlines as store_q

if TYPE_CHECKING:
    from app.config.loader import Config
    from app.pipeline.orders import BlobRef
    from app.runtime.blobs import BlobStore
    from app.services.templates import Templates
    from app.store import Store


class Jobsmith(Protocol):
    """What this module needs of the app's service (a protocol, so the service may import this module)."""

    store: Store
    blobs: BlobStore
    config: Config

    def templates(self) -> Templates: ...

    def retry(self, job_id: str, reason: str = ...) -> None: ...


log = logging.getLogger(__name__)
__all__ = ["CONFIRM_ACTION", "confirm_cv", "confirmed_outline_for", "cv_view"]


def current_cv(svc: Jobsmith) -> tuple[BlobRef, bytes]:
    ref = svc.templates().cv
    if ref is None:
        why = "; ".join(svc.templates().problems)
        raise NotFound(
            "no usable CV in current_cv_coverletter/"
            + (f" ({why})" if why else "")
            + ": put your Word CV there as <Your_Name>_CV.docx"
        )
    return ref, svc.blobs.get(ref.sha256)


def stored_outline(svc: Jobsmith, sha256: str) -> CvOutline | None:
    row = store_q.get(svc.store, sha256)
    return CvOutline.model_validate_json(row["outline"]) if row else None


def confirmed_outline_for(svc: Jobsmith, ref: BlobRef | None) -> dict[str, Any] | None:
    """The confirmed outline of this CV file, for a work order (None: the worker reads the CV itself)."""
    if ref is None:
        return None
    outline = stored_outline(svc, ref.sha256)
    return outline.model_dump(mode="json") if outline else None


def cv_view(svc: Jobsmith) -> dict[str, Any]:
    """What `GET /api/cv` shows: the outline (confirmed, or as read), its confidence and what to check."""
    ref, data = current_cv(svc)
    outline = stored_outline(svc, ref.sha256) or proposed_outline(svc, data)
    return _view(svc, ref, outline)


def proposed_outline(svc: Jobsmith, data: bytes) -> CvOutline:
    """The structural reading; with a model configured for tailoring, the model's proposal grounded in the
    CV's text (answers are cached, so showing the CV again costs nothing)."""
    if svc.config.agents.tailor.provider == "offline":
        return read_outline(data)
    from app.llm.cv_propose import propose_outline
    from app.llm.factory import gateway_for

    try:
        gateway = gateway_for(svc.config.agents)
        if not gateway.enabled("tailor"):  # "auto" without a key: no model
            return read_outline(data)
        return propose_outline(gateway, data)
    except Exception as exc:  # a model that fails or is not reachable leaves the structural reading
        log.warning("cv.proposal_failed error=%s", exc)
        outline = read_outline(data)
        outline.notes.append(f"the model could not propose a reading ({exc}); this is the reader's own")
        return outline


def _view(svc: Jobsmith, ref: BlobRef, outline: CvOutline) -> dict[str, Any]:
    waiting = store_q.waiting_for_confirmation(svc.store, CONFIRM_ACTION)
    return {
        "file": ref.name,
        "sha256": ref.sha256,
        "confirmed": outline.confirmed,
        "usable": outline.usable,
        "confidence": round(outline.confidence, 2),
        "check": outline.low_fields(),
        "notes": outline.notes,
        "waiting_jobs": len(waiting),
        "outline": outline.model_dump(mode="json"),
    }


def confirm_cv(svc: Jobsmith, body: dict[str, Any]) -> dict[str, Any]:
    """Store the seeker's outline for the current CV file and queue again the jobs that waited for it."""
    ref, data = current_cv(svc)
    try:
        outline = CvOutline.model_validate(body)
    except ValueError as exc:
        raise InputError(f"the outline is not valid: {exc}") from exc
    found = problems(outline)
    if not read_outline(data).has_text:
        raise DocumentError(
            f"{ref.name}: this CV has no text, so there is nothing to confirm; "
            "save it as a Word document with real text"
        )
    if found:
        raise InputError("the outline cannot be confirmed: " + "; ".join(found), detail={"problems": found})
    outline = _as_confirmed(outline)
    svc.store.write(lambda cur: store_q.put(cur, ref.sha256, ref.name, outline.model_dump_json()))
    requeued = []
    for job_id in store_q.waiting_for_confirmation(svc.store, CONFIRM_ACTION):
        try:
            svc.retry(job_id)
            requeued.append(job_id)
        except Exception as exc:  # one job that cannot move must not stop the others
            log.warning("cv.requeue_failed job_id=%s error=%s", job_id, exc)
    view = _view(svc, ref, outline)
    view["requeued"] = requeued
    return view


def _as_confirmed(outline: CvOutline) -> CvOutline:
    """Every field the seeker confirmed carries full confidence."""

    def sure(s: Scored) -> Scored:
        return Scored(value=s.value.strip(), confidence=1.0)

    roles = [
        r.model_copy(update={k: sure(getattr(r, k)) for k in ("title", "employer", "place", "start", "end")})
        for r in outline.roles
    ]
    return outline.model_copy(update={"name": sure(outline.name), "roles": roles, "confirmed": True, "notes": []})
