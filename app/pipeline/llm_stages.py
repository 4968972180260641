"""LLM stages the runner calls when `gateway.enabled(stage)`: fit assessment, tailoring plan, cover letter,
review. Each returns the validated answer and its usage; each raises a typed error the runner turns into a
`pending` job (InvalidAnswer keeps the raw answer in `detail["raw"]`; BudgetExceeded says which budget).

No database here: the gateway is built from the worker's environment and the work order's agents config.
The application's recipient never comes from a model: `application_recipient` reads the posting only.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from app.config.agents import AgentsConfig
from app.config.search import SearchConfig
from app.documents.facts import SKILL_TERMS
from app.documents.plan import CoverLetterDraft, TailoringPlan
from app.domain.models import Job, MatchResult, Usage
from app.llm import LLMGateway
from app.llm.checks import cover_letter_check, fit_check, plan_check
from app.llm.factory import gateway_for as gateway_for  # re-exported: the runner and tests use it from here
from app.llm.prompts import build_cover_letter_prompt, build_fit_prompt, build_review_prompt, build_tailor_prompt
from app.llm.schemas import DocumentReview, FitAssessment
from app.llm.types import Answer

log = logging.getLogger(__name__)


def watch_terms(search: SearchConfig) -> list[str]:
    """Skills an answer may not add unless the CV shows them: the fact gate's lexicon and the criteria."""
    s = search.skills
    synonyms = [alt for alts in s.synonyms.values() for alt in alts]
    return sorted(set(SKILL_TERMS) | {t.lower() for t in [*s.all_must(), *s.preferred, *s.nice_to_have, *synonyms]})


def assess_fit(
    gateway: LLMGateway, job: Job, search: SearchConfig, cv_text: str, match: MatchResult
) -> tuple[MatchResult, Answer[FitAssessment]]:
    """The deterministic match with the model's assessment attached as `match.llm` (the score stays)."""
    answer = gateway.ask(
        "match",
        build_fit_prompt(job, search, cv_text),
        FitAssessment,
        job_id=job.id,
        check=fit_check(cv_text, search.skills.synonyms),
    )
    llm: dict[str, Any] = {
        **answer.value.model_dump(mode="json"),
        "model": answer.usage.model,
        "provider": answer.usage.provider,
        "cached": answer.usage.cached,
    }
    return match.model_copy(update={"llm": llm}), answer


def plan_tailoring(
    gateway: LLMGateway, job: Job, search: SearchConfig, agents: AgentsConfig, cv_text: str
) -> Answer[TailoringPlan]:
    """A tailoring plan whose skills and contact details all trace back to the CV."""
    prompt = build_tailor_prompt(job, search, cv_text, agents.tailor)
    return gateway.ask(
        "tailor",
        prompt,
        TailoringPlan,
        job_id=job.id,
        check=plan_check(cv_text, watch_terms(search), search.skills.synonyms),
    )


def draft_cover_letter(
    gateway: LLMGateway, job: Job, search: SearchConfig, agents: AgentsConfig, cv_text: str, template_text: str = ""
) -> Answer[CoverLetterDraft]:
    """A cover-letter draft that adds no skill or contact detail the CV lacks."""
    prompt = build_cover_letter_prompt(job, search, cv_text, template_text, agents.cover_letter)
    return gateway.ask(
        "cover_letter",
        prompt,
        CoverLetterDraft,
        job_id=job.id,
        check=cover_letter_check(cv_text + "\n" + template_text, watch_terms(search)),
    )


def review_documents(
    gateway: LLMGateway, job: Job, search: SearchConfig, cv_text: str, documents_text: str
) -> Answer[DocumentReview]:
    """A second reading of the tailored documents; `approved=False` should send the job to a person."""
    return gateway.ask(
        "review", build_review_prompt(job, search, cv_text, documents_text), DocumentReview, job_id=job.id
    )


def cv_texts(cv_bytes: bytes, cl_bytes: bytes | None) -> tuple[str, str]:
    """The CV's paragraphs with their ids, and the cover-letter template's, as the prompts show them."""
    from app.documents import cv_prompt_text, read_cv, template_prompt_text

    return cv_prompt_text(read_cv(cv_bytes)), (template_prompt_text(cl_bytes) if cl_bytes else "")


@dataclass
class LLMDocuments:
    """What the models proposed for one job; None where a stage runs offline (the writer then plans)."""

    plan: TailoringPlan | None = None
    letter: CoverLetterDraft | None = None
    usage: list[Usage] = field(default_factory=list)


def llm_documents(
    gateway: LLMGateway, job: Job, search: SearchConfig, agents: AgentsConfig, cv_bytes: bytes, cl_bytes: bytes | None
) -> LLMDocuments:
    """The tailoring plan and the cover-letter draft from the models, for `tailor_application(plan=, letter=)`.

    Raises InvalidAnswer, BudgetExceeded or ProviderUnavailable: the runner's stage turns it into `pending`.
    """
    out = LLMDocuments()
    if not (gateway.enabled("tailor") or gateway.enabled("cover_letter")):
        return out
    cv_text, template_text = cv_texts(cv_bytes, cl_bytes)
    if gateway.enabled("tailor"):
        plan = plan_tailoring(gateway, job, search, agents, cv_text)
        out.plan, out.usage = plan.value, [*out.usage, plan.usage]
    if gateway.enabled("cover_letter"):
        letter = draft_cover_letter(gateway, job, search, agents, cv_text, template_text)
        out.letter, out.usage = letter.value, [*out.usage, letter.usage]
    return out


def usage_data(usages: list[Usage]) -> dict[str, Any]:
    """Usage records for a `stage.finished` event's output (the recorder writes them to DuckDB)."""
    return {"usage": [u.model_dump(mode="json") for u in usages], "cost": sum(u.cost for u in usages)}


def application_recipient(job: Job) -> str | None:
    """Where an application goes: the posting's own address, never anything a model wrote."""
    return job.apply_email
