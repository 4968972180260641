"""Runs the stages of one work order and reports everything as events. No database here.

Stages, in order: match (hard gates and score) -> liveness (is the posting still open? only for a job
that passed the gates, when the worker was given a re-check) -> tailor (CV and cover letter) -> pdf
(optional) -> check. A failing stage raises; the runner emits `stage.failed`, which the recorder turns into a
`pending` job with the stage and the reason (ARCHITECTURE.md rule 8).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, Protocol

from app.domain.models import Job, MatchResult
from app.errors import StageError
from app.pipeline.orders import BlobRef, Outcome, WorkOrder
from app.runtime.events import Event, event_id

log = logging.getLogger(__name__)
Emit = Callable[[Event], None]
# Re-checks a posting before documents are made (issue 13): {"state": open|closed|unreachable|unknown,
# "evidence": ...}. Never raises for a network failure; given by the worker (app.sources.liveness).
Recheck = Callable[[Job], dict[str, Any]]


class Blobs(Protocol):
    def put(self, data: bytes) -> str: ...

    def get(self, digest: str) -> bytes: ...


class StageContext:
    """Emits the started / finished / failed events of each stage of one run."""

    def __init__(self, order: WorkOrder, emit: Emit) -> None:
        self.order, self.emit = order, emit

    def event(self, stage: str, kind: str, etype: str, data: dict[str, Any] | None = None) -> None:
        self.emit(
            Event(
                id=event_id(self.order.run_id, stage, kind),
                type=etype,
                job_id=self.order.job.id,
                run_id=self.order.run_id,
                stage=stage,
                data=data or {},
            )
        )

    def run(self, stage: str, fn: Callable[[], Any], summarise: Callable[[Any], dict[str, Any]] | None = None) -> Any:
        self.event(stage, "started", "stage.started")
        t0 = time.perf_counter()
        try:
            result = fn()
        except Exception as exc:
            ms = (time.perf_counter() - t0) * 1000
            reason = exc.message if hasattr(exc, "message") else f"{type(exc).__name__}: {exc}"
            log.warning("pipeline.stage_failed job_id=%s stage=%s reason=%s", self.order.job.id, stage, reason)
            self.event(
                stage,
                "failed",
                "stage.failed",
                {"error": reason, "kind": type(exc).__name__, "ms": ms, "detail": getattr(exc, "detail", None)},
            )
            raise StageError(stage, reason) from exc
        ms = (time.perf_counter() - t0) * 1000
        self.event(stage, "finished", "stage.finished", {"ms": ms, "output": summarise(result) if summarise else {}})
        return result


def run_pipeline(order: WorkOrder, blobs: Blobs, emit: Emit, recheck: Recheck | None = None) -> Outcome | None:
    """Run every stage; return the outcome, or None when a stage failed (already reported).

    `recheck`, when given, asks whether the posting is still open, after the gates and before tailoring:
    a posting that fails the gates is never fetched.
    """
    ctx = StageContext(order, emit)
    try:
        outcome = _run(order, blobs, ctx, recheck)
    except StageError:
        return None
    ctx.event("pipeline", "finished", "job.finished", outcome.model_dump(mode="json"))
    return outcome


def _run(order: WorkOrder, blobs: Blobs, ctx: StageContext, recheck: Recheck | None = None) -> Outcome:
    from app.pipeline.match import failed_gates, match_job

    llm = LLMSteps.for_order(order, blobs, ctx)
    match: MatchResult = ctx.run(
        "match", lambda: llm.assess(match_job(order.job, order.search)), lambda m: m.model_dump(mode="json")
    )
    if not match.passed_gates and order.override is None:
        return Outcome(outcome="filtered", reason=failed_gates(match))
    if match.score < order.search.min_score and order.override is None:
        return Outcome(
            outcome="rejected", reason=f"score {match.score:.2f} is below the threshold {order.search.min_score:.2f}"
        )
    closed = _closed(order, ctx, recheck)
    if closed is not None:
        return closed

    refs, report = ctx.run(
        "tailor",
        lambda: _tailor(order, blobs, match, llm),
        lambda d: {"documents": [r.model_dump() for r in d[0]], "report": d[1]},
    )
    if order.agents.export_pdf:
        refs = refs + ctx.run("pdf", lambda: _pdf(refs, blobs), lambda p: {"documents": [r.model_dump() for r in p]})
    ctx.run("check", lambda: _check(refs, blobs, report, llm), lambda c: c)
    why = f"applied anyway ({order.override}); " if order.override is not None else ""
    return Outcome(
        outcome="documents_ready",
        reason=f"{why}score {match.score:.2f}: {match.summary}",
        documents=refs,
        report={"match": match.model_dump(mode="json"), "tailoring": report},
    )


def _closed(order: WorkOrder, ctx: StageContext, recheck: Recheck | None) -> Outcome | None:
    """Issue 13: a closed posting ends the run as `expired` with the evidence; an unreachable one is
    reported (the stage's output) and the run goes on."""
    if recheck is None:
        return None
    verdict: dict[str, Any] = ctx.run("liveness", lambda: recheck(order.job), lambda v: v)
    if verdict.get("state") != "closed":
        return None
    return Outcome(outcome="expired", reason=f"posting closed: {verdict.get('evidence', '')}")


class LLMSteps:
    """The optional model calls of a run. Every answer's usage (and a failed call's) leaves as an event."""

    def __init__(self, order: WorkOrder, blobs: Blobs, ctx: StageContext, gateway: Any) -> None:
        self.order, self.blobs, self.ctx, self.gateway = order, blobs, ctx, gateway
        self._n = 0
        self._cv_text: str | None = None

    @classmethod
    def for_order(cls, order: WorkOrder, blobs: Blobs, ctx: StageContext) -> LLMSteps:
        agents = order.agents
        wanted = any(getattr(agents, s).provider != "offline" for s in ("match", "tailor", "cover_letter", "review"))
        gateway = None
        if wanted:
            from app.pipeline.llm_stages import gateway_for

            gateway = gateway_for(agents)
        return cls(order, blobs, ctx, gateway)

    def on(self, stage: str) -> bool:
        return self.gateway is not None and self.gateway.enabled(stage)

    def cv_text(self) -> str:
        if self._cv_text is None:
            from app.documents import cv_prompt_text, read_cv
            from app.documents.cv_apply import apply_outline
            from app.documents.cv_outline import CvOutline

            cv = read_cv(self.blobs.get(self.order.cv.sha256)) if self.order.cv else None
            if cv is not None and self.order.cv_outline:  # the model sees the roles as the seeker confirmed them
                cv = apply_outline(cv, CvOutline.model_validate(self.order.cv_outline))
            self._cv_text = cv_prompt_text(cv) if cv is not None else ""
        return self._cv_text

    def call(self, stage: str, fn: Callable[[], Any]) -> Any:
        """Run one model call; record its usage, and a failed call's usage before the error goes on."""
        try:
            answer = fn()
        except Exception as exc:
            self.record(stage, getattr(exc, "usage", None) or [])
            raise
        self.record(stage, [answer.usage])
        return answer

    def record(self, stage: str, usages: list[Any]) -> None:
        for u in usages:
            self._n += 1
            self.ctx.event(stage, f"usage{self._n}", "usage", u.model_dump(mode="json"))

    def assess(self, match: MatchResult) -> MatchResult:
        """The model's fit assessment, only for jobs that pass the hard gates; the score stays deterministic."""
        if not match.passed_gates or not self.on("match"):
            return match
        from app.pipeline.llm_stages import assess_fit

        o = self.order
        assessed: list[MatchResult] = []

        def ask() -> Any:
            result, answer = assess_fit(self.gateway, o.job, o.search, self.cv_text(), match)
            assessed.append(result)
            return answer

        self.call("match", ask)
        return assessed[0]

    def plan_and_letter(self, cl: bytes | None) -> tuple[Any, Any]:
        from app.pipeline.llm_stages import draft_cover_letter, plan_tailoring

        o, plan, letter = self.order, None, None
        if self.on("tailor"):
            plan = self.call(
                "tailor", lambda: plan_tailoring(self.gateway, o.job, o.search, o.agents, self.cv_text())
            ).value
        if self.on("cover_letter"):
            from app.documents import template_prompt_text

            template = template_prompt_text(cl) if cl else ""
            letter = self.call(
                "cover_letter",
                lambda: draft_cover_letter(self.gateway, o.job, o.search, o.agents, self.cv_text(), template),
            ).value
        return plan, letter

    def review(self, documents_text: str) -> list[str]:
        """Problems a second reading found (empty when the review stage is offline or approves)."""
        if not self.on("review"):
            return []
        from app.pipeline.llm_stages import review_documents

        o = self.order
        answer = self.call(
            "review", lambda: review_documents(self.gateway, o.job, o.search, self.cv_text(), documents_text)
        )
        return [] if answer.value.approved else [str(i) for i in answer.value.issues] or [answer.value.summary]


def _tailor(order: WorkOrder, blobs: Blobs, match: MatchResult, llm: LLMSteps) -> tuple[list[BlobRef], dict[str, Any]]:
    from app.documents import tailor_application

    if order.cv is None:
        why = f" ({'; '.join(order.template_problems)})" if order.template_problems else ""
        raise StageError(
            "tailor",
            f"no usable CV found{why}: put your Word CV in current_cv_coverletter/ as "
            "<Your_Name>_CV.docx (and optionally <Your_Name>_CL.docx), then retry",
        )
    cv = blobs.get(order.cv.sha256)
    outline = usable_outline(cv, order.cv_outline)
    cl = blobs.get(order.cover_letter.sha256) if order.cover_letter else None
    plan, letter = llm.plan_and_letter(cl)
    result = tailor_application(
        cv,
        cl,
        order.job,
        match,
        order.search,
        order.agents,
        today=order.today,
        plan=plan,
        letter=letter,
        outline=outline,
    )
    cv_name = order.cv.name
    cl_name = order.cover_letter.name if order.cover_letter else cover_letter_name(cv_name)
    refs = [
        BlobRef(name=cv_name, sha256=blobs.put(result.cv_docx), size=len(result.cv_docx)),
        BlobRef(name=cl_name, sha256=blobs.put(result.cl_docx), size=len(result.cl_docx)),
    ]
    return refs, {**result.report, "engine": result.engine}


def usable_outline(cv: bytes, confirmed: dict[str, Any] | None) -> Any:
    """The CV's confirmed outline, or its reading when read with high confidence (tailoring and the fact gate then
    work from it, so "Title<TAB>Employer<TAB>Dates" lines are roles with employers); otherwise the job waits
    for one action from the seeker (every matched job the same), instead of documents from a misreading."""
    from app.documents.cv_outline import CONFIRM_ACTION, CvOutline
    from app.documents.cv_structure import read_outline

    outline = CvOutline.model_validate(confirmed) if confirmed else read_outline(cv)
    if not outline.usable:
        what = (
            "; ".join(outline.notes)
            if not outline.has_text
            else "check " + ", ".join(outline.low_fields()[:6] or ["the outline"])
        )
        raise StageError("tailor", f"{CONFIRM_ACTION} (jobsmith cv --edit, the UI's CV tab, or PUT /api/cv): {what}")
    return outline


def cover_letter_name(cv_name: str) -> str:
    """`Alex_Morgan_CV.docx` -> `Alex_Morgan_CL.docx`, for a seeker with no cover-letter template."""
    stem = cv_name.removesuffix(".docx")
    return (stem[:-3] if stem.endswith("_CV") else stem) + "_CL.docx"


def _pdf(refs: list[BlobRef], blobs: Blobs) -> list[BlobRef]:
    """PDFs where LibreOffice is installed, the CV's checked the way an applicant-tracking system reads it."""
    from app.documents import check_cv_pdf, docx_to_pdf, libreoffice_path

    if libreoffice_path() is None:
        return []
    out = []
    for ref in refs:
        docx = blobs.get(ref.sha256)
        pdf = docx_to_pdf(docx)
        if ref is refs[0]:
            check = check_cv_pdf(pdf, docx)
            if not check.ok:
                raise StageError("pdf", f"the CV's PDF does not read back correctly: {'; '.join(check.problems)}")
        out.append(BlobRef(name=ref.name.removesuffix(".docx") + ".pdf", sha256=blobs.put(pdf), size=len(pdf)))
    return out


def _check(refs: list[BlobRef], blobs: Blobs, report: dict[str, Any], llm: LLMSteps) -> dict[str, Any]:
    from app.documents import cv_prompt_text, read_cv, validate_docx

    for ref in refs:
        if ref.name.endswith(".docx"):
            validate_docx(blobs.get(ref.sha256), ref.name)
    unresolved = report.get("needs_review") or []
    if unresolved:
        raise StageError("check", f"the documents need a person: {unresolved}")
    if llm.on("review"):
        text = "\n\n".join(cv_prompt_text(read_cv(blobs.get(r.sha256))) for r in refs if r.name.endswith(".docx"))
        issues = llm.review(text)
        if issues:
            raise StageError("check", f"the review found problems: {'; '.join(issues)}")
    return {"checked": [r.name for r in refs]}
