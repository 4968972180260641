"""Answers to an application form's questions, drafted from the CV and the posting only.

Sensitive or personal questions (work rights, sponsorship, salary, notice, disability, gender, ethnicity,
criminal record, references, ...) are never drafted and never sent to a model: they take the answer the
seeker saved once in their profile, or are left for the seeker and marked. Every other answer is built
from the CV's own lines (offline) or written by the model from them, and goes through the same fact gate
as the cover letter; a sentence that fails it is removed and the removal is shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Literal

from pydantic import BaseModel, Field

from app.documents.gate import GateContext, check_text
from app.documents.model import CvDocument
from app.domain.models import Job
from app.journey.evidence import Evidence, Requirement, back

AnswerState = Literal["drafted", "from_profile", "needs_you"]

# Topic -> how such a question is asked. A question matching any of these never reaches a model.
SENSITIVE: dict[str, re.Pattern[str]] = {
    k: re.compile(v, re.IGNORECASE)
    for k, v in {
        "work_rights": r"\b(right|rights|eligib\w*|authori[sz]\w*|entitled|permitted|legally able)\b.{0,40}\bwork\b|"
        r"\bwork (permit|rights|authori[sz]ation)\b|\bcitizen(ship)?\b|\bpermanent resident\b",
        "visa_sponsorship": r"\bsponsor(ship)?\b|\bvisa\b",
        "salary": r"\b(salary|pay|compensation|remuneration|rate|ctc|wage)s?\b.{0,30}\b(expect\w*|requirement|desired|"
        r"current|range)|\b(expected|desired|current) (salary|pay|compensation|rate|ctc)\b",
        "notice_period": r"\bnotice period\b|\b(when|how soon) (can|could) you start\b|"
        r"\bearliest start\b|\bstart date\b",
        "disability": r"\bdisabilit\w*|\badjustments?\b|\baccommodations?\b|\bimpairment\b|\bneurodiver\w*",
        "gender": r"\bgender\b|\bsex\b|\bpronouns?\b|\btransgender\b",
        "ethnicity": r"\bethnic\w*|\brace\b|\baboriginal\b|\btorres strait\b|\bindigenous\b|\bhispanic\b|\blatino\b",
        "criminal_record": r"\bcriminal\b|\bconvict\w*|\boffen[cs]es?\b|\bpolice (check|clearance)\b|"
        r"\bbackground check\b",
        "references": r"\breferees?\b|\breferences?\b",
        "age": r"\bage\b|\bdate of birth\b|\bborn\b|\bhow old\b",
        "religion": r"\breligio\w*|\bfaith\b",
        "sexual_orientation": r"\bsexual orientation\b|\blgbt\w*",
        "veteran": r"\bveteran\b|\bmilitary service\b|\barmed forces\b",
        "health": r"\bhealth (condition|issue)|\bmedical\b|\bpregnan\w*|\bvaccinat\w*",
        "family": r"\bmarital\b|\bmarried\b|\bchildren\b|\bdependants?\b|\bfamily status\b",
    }.items()
}


def sensitive_topic(question: str) -> str | None:
    """The personal topic a question asks about, or None for a question the CV may answer."""
    return next((topic for topic, rx in SENSITIVE.items() if rx.search(question)), None)


@dataclass
class Question:
    text: str
    limit: int = 1000  # characters, as the form's field allows


@dataclass
class Answer:
    question: str
    answer: str
    state: AnswerState
    topic: str | None = None
    sources: list[str] = field(default_factory=list)
    removed: list[dict[str, object]] = field(default_factory=list)
    limit: int = 1000
    note: str = ""

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


class ModelAnswer(BaseModel):
    index: int = Field(description="the question's number in the list")
    answer: str = Field(description="the answer, first person, only facts from the CV lines given")
    source_ids: list[str] = Field(default_factory=list, description="ids of the CV lines the answer uses")


class ModelAnswers(BaseModel):
    answers: list[ModelAnswer]


# (questions with their evidence) -> the model's answers; built by the caller from the LLM gateway.
ModelDrafter = Callable[[list[tuple[int, Question, list[Evidence]]]], ModelAnswers]


def _fit(text: str, limit: int) -> str:
    """Whole sentences up to `limit` characters (a form cuts mid-word; we do not)."""
    if len(text) <= limit:
        return text
    out = ""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if len(out) + len(sentence) + 1 > limit:
            break
        out = f"{out} {sentence}".strip()
    return out or text[:limit].rsplit(" ", 1)[0]


def _first_person(bullet: str) -> str:
    """'Migrated 120 pipelines' -> 'I migrated 120 pipelines' (an acronym or name keeps its capital)."""
    first = bullet.split(" ", 1)[0]
    if first.isupper() or first[:1].islower():
        return f"I {bullet}" if first[:1].islower() else bullet
    return f"I {bullet[0].lower()}{bullet[1:]}"


def _offline(evidence: list[Evidence]) -> str:
    parts = []
    for e in evidence:
        line = e.text.rstrip(".")
        if e.role:
            parts.append(f"As {e.role}, {_first_person(line)}.")
        else:
            parts.append(f"{line}.")
    return " ".join(parts)


def _gate(text: str, sources: list[str], ctx: GateContext) -> tuple[str, list[dict[str, object]]]:
    kept: list[str] = []
    removed: list[dict[str, object]] = []
    for verdict in check_text(text, sources, ctx, letter=True):
        if verdict.ok:
            kept.append(verdict.sentence)
        else:
            removed.append({"sentence": verdict.sentence, "reasons": verdict.problems})
    return " ".join(kept), removed


def draft_answers(
    questions: list[Question], job: Job, cv: CvDocument, profile: dict[str, str], model: ModelDrafter | None = None
) -> list[Answer]:
    """One answer per question, in order. `profile` maps a sensitive topic to the seeker's saved answer."""
    ctx = GateContext(cv=cv, job_title=job.title, company=job.company, contact_name=job.contact_name or "")
    out: list[Answer | None] = [None] * len(questions)
    general: list[tuple[int, Question, list[Evidence]]] = []
    for i, q in enumerate(questions):
        topic = sensitive_topic(q.text)
        if topic is not None:
            saved = profile.get(topic, "").strip()
            out[i] = Answer(
                q.text,
                _fit(saved, q.limit),
                "from_profile" if saved else "needs_you",
                topic,
                limit=q.limit,
                note=""
                if saved
                else f"a personal question ({topic.replace('_', ' ')}): answer it yourself, or save an "
                "answer in your profile",
            )
            continue
        [backed] = back([Requirement(q.text, ())], cv, per_requirement=2, min_score=1)
        general.append((i, q, backed.evidence))
    drafts: dict[int, tuple[str, list[str]]] = {}
    if model is not None and general:
        for a in model(general).answers:
            drafts[a.index] = (a.answer, a.source_ids)
    for i, q, evidence in general:
        text, sources = drafts.get(i, (_offline(evidence), [e.paragraph_id for e in evidence]))
        text, removed = _gate(text, sources, ctx)
        text = _fit(text, q.limit)
        out[i] = Answer(
            q.text,
            text,
            "drafted" if text else "needs_you",
            None,
            sources,
            removed,
            q.limit,
            "" if text else "nothing in your CV answers this: write it yourself",
        )
    return [a for a in out if a is not None]
