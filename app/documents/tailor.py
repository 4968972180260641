"""The entry point the pipeline calls: a tailored CV and cover letter as bytes, with a report.

Pure: bytes in, bytes out, no disk and no network, so it runs the same in a worker or in tests.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from app.config.agents import AgentsConfig
from app.config.search import SearchConfig
from app.documents import letter as letter_mod
from app.documents.cv_apply import apply_outline
from app.documents.cv_outline import CvOutline
from app.documents.facts import phrase_in
from app.documents.gate import GateContext
from app.documents.model import CvDocument
from app.documents.offline import make_letter, make_plan
from app.documents.plan import BulletSelection, CoverLetterDraft, TailoringPlan
from app.documents.reader import load
from app.documents.relevance import posting_terms, posting_text, skill_terms_for
from app.documents.safety import validate_docx
from app.documents.text import fold
from app.documents.writer import apply_plan
from app.domain.models import Job, MatchResult


class TailoredDocuments(BaseModel):
    cv_docx: bytes
    cl_docx: bytes
    report: dict[str, Any] = Field(default_factory=dict, description="JSON-serialisable: what changed and why")
    engine: str = Field("offline", description="offline or llm")


def clear_caches() -> None:
    """Forget every memoised result (parsed CVs, validated files, folded text): for cold benchmarks."""
    from app.documents import claims, facts, gate, text
    from app.documents.reader import MODEL_CACHE
    from app.documents.safety import clear_validation_cache

    MODEL_CACHE.clear()
    clear_validation_cache()
    letter_mod.template_sources.cache_clear()
    for fn in (text.fold, facts.quantities, facts.dates, facts.terms_in, gate._tokens, claims.stems, claims.bindings):
        fn.cache_clear()


def protected_words(cv: CvDocument, job: Job) -> frozenset[str]:
    """Words spelling normalisation must not touch: names of employers, institutions, certifications, people.

    Skills are not protected: "Programme governance" is a skill, but "programme" is still an ordinary word.
    """
    names = [f.value for f in cv.facts.facts if f.kind in ("organisation", "certification", "education")]
    names += [cv.name, job.company]
    return frozenset(w for n in names for w in re.findall(r"[a-z]+", fold(n)))


def _within_limits(plan: TailoringPlan, cv: CvDocument, agents: AgentsConfig) -> TailoringPlan:
    """An LLM's plan obeys the same limits as the offline one: at most max_bullets_per_role per role."""
    limit = agents.tailor.max_bullets_per_role
    bullets = [
        b.model_copy(update={"bullet_ids": b.bullet_ids[:limit]}) if cv.entry(b.parent_id) else b for b in plan.bullets
    ]
    skills = plan.skills_emphasis[: agents.tailor.max_skills]
    bullets += _emphasis_order(plan, cv, skills)
    return plan.model_copy(update={"bullets": bullets, "skills_emphasis": skills})


def _emphasis_order(plan: TailoringPlan, cv: CvDocument, skills: list[str]) -> list[BulletSelection]:
    """A plan that names skills to emphasise but leaves the skill lines alone: lines with them go first."""
    chosen = {b.parent_id for b in plan.bullets}
    out = []
    for section in cv.sections_of("skills"):
        items = [pid for pid in section.paragraph_ids if (p := cv.paragraph(pid)) and p.kind in ("bullet", "text")]
        if section.id in chosen or len(items) < 2 or not skills:
            continue

        def rank(pid: str) -> int:
            text = fold(cv.text_of(pid))
            return next((i for i, s in enumerate(skills) if phrase_in(fold(s), text)), len(skills))

        ordered = sorted(items, key=lambda pid: (rank(pid), items.index(pid)))
        if ordered != items:
            out.append(BulletSelection(parent_id=section.id, bullet_ids=ordered))
    return out


def _needs_review(cv: CvDocument, search: SearchConfig) -> list[str]:
    """What a person must look at before these documents go out: the CV was not understood well enough.

    Rule 6 fails closed on facts; a CV whose name, contact details or roles were not found is read too
    poorly to tailor safely, so a person looks first.
    """
    out = []
    if not (cv.name or search.seeker_name):
        out.append("the seeker's name was not found in the CV (set seeker_name in search.yaml)")
    if not any(c.kind in ("email", "phone") for c in cv.contacts):
        out.append("no email address or phone number was found in the CV")
    if not any(e.bullet_ids and e.organisation for e in cv.entries):
        out.append("no roles with achievements were found in the CV: check how it was read")
    return out


def gate_removals(reverted: list[dict[str, Any]], dropped: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every sentence the fact gate removed, in one list: document, sentence, reasons, and what replaced it."""
    out = [
        {
            "document": "cv",
            "paragraph_id": r.get("paragraph_id"),
            "sentence": r.get("sentence", ""),
            "reasons": list(r.get("reasons", [])),
            "replaced_by": r.get("restored"),
        }
        for r in reverted
    ]
    out += [
        {
            "document": "cover_letter",
            "paragraph_id": None,
            "sentence": d.get("sentence", ""),
            "reasons": list(d.get("reasons", [])),
            "replaced_by": None,
        }
        for d in dropped
    ]
    return out


def tailor_application(
    cv_bytes: bytes,
    cl_bytes: bytes | None,
    job: Job,
    match: MatchResult | None,
    search: SearchConfig,
    agents: AgentsConfig,
    *,
    today: date,
    plan: TailoringPlan | None = None,
    letter: CoverLetterDraft | None = None,
    outline: CvOutline | None = None,
) -> TailoredDocuments:
    """Tailor the seeker's CV and cover letter to one job; every written sentence passes the fact gate.

    When `plan` or `letter` is None the offline engine makes it; when given (an LLM's), it is validated and
    gated exactly the same way. Raises DocumentError for unreadable or unsafe input files.
    """
    validate_docx(cv_bytes, "CV")
    if cl_bytes is not None:
        validate_docx(cl_bytes, "cover letter")
    engine = "llm" if plan is not None or letter is not None else "offline"
    engines = {
        "cv": "llm" if plan is not None else "offline",
        "cover_letter": "llm" if letter is not None else "offline",
    }
    plan = TailoringPlan.model_validate(plan.model_dump()) if plan is not None else None
    letter = CoverLetterDraft.model_validate(letter.model_dump()) if letter is not None else None

    loaded = load(cv_bytes)
    if outline is not None:  # the seeker's confirmed reading: tailoring and the fact gate work from it
        loaded.cv = apply_outline(loaded.cv, outline)
    cv = loaded.cv
    terms = posting_terms(job, match, search).specific_to([p.text for p in cv.paragraphs])
    skill_terms = skill_terms_for(job, match, search)
    protected = protected_words(cv, job)
    locale = search.locale

    plan = make_plan(cv, terms, agents, job) if plan is None else _within_limits(plan, cv, agents)
    cv_ctx = GateContext(cv=cv, skill_terms=skill_terms, posting=posting_text(job))
    cv_report = apply_plan(loaded, plan, cv_ctx, locale, protected)
    cv_out = loaded.package.to_bytes()

    expected_salutation = letter_mod.salutation_for(job.contact_name)
    extra = dict(letter_mod.template_sources(cl_bytes)) if cl_bytes is not None else {}
    if letter is None:
        letter = make_letter(cv, job, terms, agents, expected_salutation, template=extra)
    cl_ctx = GateContext(
        cv=cv,
        extra_sources=extra,
        skill_terms=skill_terms,
        job_title=job.title,
        company=job.company,
        contact_name=job.contact_name or "",
        posting=posting_text(job),
    )
    cl_report = letter_mod.LetterReport(salutation=expected_salutation)
    body = letter_mod.gate_letter(letter, cl_ctx, cl_report, locale, protected, agents.cover_letter.word_limit)
    if not body:
        # Every sentence failed the gate: fall back to the offline letter, which quotes the CV.
        engines["cover_letter"] = "offline (fallback)"
        fallback = make_letter(cv, job, terms, agents, expected_salutation, template=extra)
        body = letter_mod.gate_letter(fallback, cl_ctx, cl_report, locale, protected, agents.cover_letter.word_limit)
    cl_out = None
    if cl_bytes is not None:
        cl_out = letter_mod.write_into_template(cl_bytes, expected_salutation, body, today, locale, cl_report)
    if cl_out is None:
        if cl_bytes is not None:
            cl_report.note = (
                "the cover-letter template has no salutation (Dear ...) or sign-off (Kind regards, ...) "
                "around its body, so a plain letter was made"
            )
        cl_out = letter_mod.plain_letter(
            cv, expected_salutation, body, today, locale, name=cv.name or search.seeker_name
        )
    cl_report.words = sum(len(p.split()) for p in body)
    cl_report.paragraphs = len(body)

    cv_text = fold("\n".join(p.text for p in cv.paragraphs))
    report: dict[str, Any] = {
        "engine": engine,
        "engines": engines,
        "locale": locale,
        "cv": cv_report.as_dict(),
        "cover_letter": cl_report.as_dict(),
        "skills_emphasised": [s for s in plan.skills_emphasis if phrase_in(fold(s), cv_text)],
        "skills_refused": [s for s in plan.skills_emphasis if not phrase_in(fold(s), cv_text)],
        "salutation_replaced": letter.salutation != expected_salutation,
        "rationale": plan.rationale,
    }
    report["needs_review"] = _needs_review(cv, search)
    removals = gate_removals(cv_report.reverted, cl_report.dropped)
    if cl_report.dropped and cl_report.words < agents.cover_letter.min_words:
        report["needs_review"].append(
            f"the cover letter has only {cl_report.words} words after the fact gate removed "
            f"{len(cl_report.dropped)} sentence(s) (minimum {agents.cover_letter.min_words}): "
            "write or edit the letter before it is sent"
        )
    report["fact_gate"] = {
        "passed": not cv_report.reverted and not cl_report.dropped,
        "cv_reverted": len(cv_report.reverted),
        "cover_letter_dropped": len(cl_report.dropped),
        "removals": removals,
    }
    return TailoredDocuments(cv_docx=cv_out, cl_docx=cl_out, report=report, engine=engine)
