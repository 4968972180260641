"""Review before approval: the posting and documents as safe HTML, what changed, the email itself,
what approval will do, and a body-only letter edit that regenerates the PDF."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.concurrency import run_in_threadpool

from app.api.deps import get_service
from app.api.schemas.review import ApprovalPlans, LetterBodyText, LetterEditDiscarded, LetterEdited, PlanBody, Review
from app.applications import edit
from app.documents.export import atomic_write
from app.errors import DocumentError, JobsmithError
from app.review import html, plan
from app.review.actions import actions_for
from app.review.changes import changes
from app.review.letter_body import letter_body, replace_body
from app.service import Jobsmith
from app.store import insights
from app.store import jobs as q

router = APIRouter(prefix="/api/review", tags=["review"])
Service = Annotated[Jobsmith, Depends(get_service)]


def _template(folder: Path, pattern: str) -> Path | None:
    files = sorted(folder.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True) if folder.is_dir() else []
    return files[0] if files else None


def _preview(path: Path | None) -> str | None:
    if path is None or not path.is_file():
        return None
    try:
        return html.docx_html(path.read_bytes())
    except Exception:  # a document mammoth cannot read: say so, never a raw trace
        return "<p><em>This document cannot be shown here; download it instead.</em></p>"


def _job_info(docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    info = docs.get("job_info")
    if info is None or not Path(info["path"]).is_file():
        return {}
    try:
        data = json.loads(Path(info["path"]).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}  # a job_info.json that is not an object shows nothing


@router.get("/{job_id}", response_model=Review, response_model_exclude_unset=True)
def review(job_id: str, svc: Service) -> dict[str, Any]:
    """Everything the seeker needs to decide on one job, as safe HTML and plain values."""
    row = q.get_job(svc.store, job_id)
    job = row["job"]
    docs = insights.documents(svc.store, job_id)
    tdir = svc.settings.TEMPLATES_DIR
    cv, cl = docs.get("cv"), docs.get("cover_letter")
    body = None
    if cl and Path(cl["path"]).is_file():
        try:
            body = letter_body(Path(cl["path"]).read_bytes())
        except JobsmithError:
            body = None
    the_plan = plan.approval_plan(svc, job_id)
    match = row.get("match") or {}
    missing = sorted(
        {
            m
            for c in match.get("criteria", [])
            for m in c.get("missing", [])
            if c.get("name") in ("must_have", "preferred")
        }
    )
    return {
        "job": {
            k: row[k]
            for k in (
                "id",
                "status",
                "status_reason",
                "failed_stage",
                "error",
                "title",
                "company",
                "location",
                "remote",
                "employment_type",
                "salary_text",
                "source",
                "url",
                "apply_url",
                "apply_email",
                "score",
            )
        },
        "version": str(row["updated_at"].isoformat()),
        "posting_html": html.posting_html(job.get("description_text"), job.get("description_html")),
        "match": match,
        "missing_skills": missing,
        "documents": {
            "cv": _preview(Path(cv["path"]) if cv else None),
            "cv_original": _preview(_template(tdir, "*_CV.docx")),
            "cover_letter": _preview(Path(cl["path"]) if cl else None),
            "cover_letter_original": _preview(_template(tdir, "*_CL.docx")),
            "names": {k: d["name"] for k, d in docs.items()},
        },
        "letter_body": body,
        "saved_edit": _saved_edit(svc, job_id, body),
        "changes": changes(_job_info(docs).get("tailoring")),
        "plan": the_plan,
        "email": plan.email_preview(svc, job_id),
        "actions": actions_for(row, the_plan),
        "usage": row.get("usage"),
    }


def _saved_edit(svc: Jobsmith, job_id: str, body: str | None) -> str | None:
    """The seeker's own letter body when the current letter no longer has it (a retry wrote a new one)."""
    saved = insights.letter_edit(svc.store, job_id)
    return saved if saved is not None and body is not None and saved.strip() != body.strip() else None


@router.delete("/{job_id}/letter-edit", response_model=LetterEditDiscarded)
def discard_letter_edit(job_id: str, svc: Service) -> dict[str, Any]:
    """Forget the seeker's saved letter body (the letter as it is now stays)."""
    svc.store.write(lambda cur: insights.drop_letter_edit(cur, job_id))
    return {"job_id": job_id, "discarded": True}


@router.post("/plan", response_model=ApprovalPlans, response_model_exclude_unset=True)
def approval_plan(body: PlanBody, svc: Service) -> dict[str, Any]:
    """What approving these jobs would do, and which of them changed since the page showed them."""
    plans = [plan.approval_plan(svc, jid) for jid in dict.fromkeys(body.job_ids)]
    return {"items": plans, "summary": plan.summary(plans), "stale": plan.stale(svc, body.versions)}


@router.put("/{job_id}/letter", response_model=LetterEdited)
async def edit_letter(job_id: str, body: LetterBodyText, svc: Service) -> dict[str, Any]:
    """Replace the letter's body only (name block, date, salutation, sign-off kept); the PDF is made again."""
    return await run_in_threadpool(_edit_letter, svc, job_id, body.text)


def _edit_letter(svc: Jobsmith, job_id: str, text: str) -> dict[str, Any]:
    from app.documents.pdf import docx_to_pdf, libreoffice_path

    cl = insights.documents(svc.store, job_id).get("cover_letter")
    if cl is None:
        raise DocumentError(f"job {job_id} has no cover letter")
    path = Path(cl["path"])
    had_pdf = "cover_letter_pdf" in insights.documents(svc.store, job_id)
    new = replace_body(path.read_bytes(), text)
    edit.replace_document(svc.store, job_id, "cover_letter", new, cl["name"])  # drops the stale PDF
    kept = letter_body(new)
    svc.store.write(lambda cur: insights.save_letter_edit(cur, job_id, kept))
    pdf_error = None
    pdf_made = False
    if had_pdf or svc.config.agents.export_pdf:
        if libreoffice_path() is None:
            pdf_error = "LibreOffice is not installed: no PDF was made"
        else:
            try:
                data = docx_to_pdf(new)
                out = path.with_suffix(".pdf")
                atomic_write(out, data)
                digest = hashlib.sha256(data).hexdigest()
                svc.store.write(
                    lambda cur: insights.put_document(
                        cur, job_id, "cover_letter_pdf", out.name, str(out), digest, len(data)
                    )
                )
                pdf_made = True
            except DocumentError as exc:
                pdf_error = exc.message
    return {"job_id": job_id, "body": kept, "pdf": pdf_made, "pdf_error": pdf_error}
