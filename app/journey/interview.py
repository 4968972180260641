"""Interview preparation from the posting and the CV only.

The brief lists the posting's requirements, each with the seeker's evidence as STAR material (the
situation is the CV's own role line, the action and result are the CV's bullet quoted verbatim, with the
paragraph it comes from), likely questions drawn from the requirements, gaps to prepare for (requirements
nothing in the CV shows), and questions to ask drawn from what the posting says or leaves out. Nothing in
it states a fact about the seeker that is not a quotation of the CV.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from docx import Document
from pydantic import BaseModel, Field

from app.documents.gate import GateContext, check_text
from app.documents.model import CvDocument
from app.domain.models import Job
from app.errors import JobsmithError
from app.journey.evidence import Backed, back, requirements


@dataclass
class Story:
    requirement: str
    situation: str  # the CV's role line (title at employer, dates)
    action_and_result: str  # the CV's bullet, verbatim
    source: str  # paragraph id in the CV
    prompt: str
    narrative: str = ""  # with a model: the story told from the bullet, fact-gated against it
    removed: list[dict[str, object]] = field(default_factory=list)


@dataclass
class Brief:
    job_id: str
    title: str
    company: str
    stories: list[Story] = field(default_factory=list)
    likely_questions: list[str] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)
    questions_to_ask: list[str] = field(default_factory=list)
    note: str = ""

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


_PROMPT = (
    "Tell it as a story: the situation and your task at the time, what you did, and the result. "
    "Keep to what happened; the bullet has the facts."
)


def _likely_questions(job: Job, backed: list[Backed]) -> list[str]:
    out = [f"Why do you want this {job.title} role at {job.company}?"]
    for b in backed:
        if b.requirement.skills:
            out.append(f"Tell me about a time you used {', '.join(b.requirement.skills[:2])} to solve a real problem.")
        else:
            out.append(f"How have you approached this: \u201c{b.requirement.text}\u201d?")
    out.append("What would you want to achieve in your first three months?")
    return list(dict.fromkeys(out))[:8]


def _questions_to_ask(job: Job, backed: list[Backed]) -> list[str]:
    out = [f"What does success look like for the {job.title} in the first six months?"]
    if job.remote == "hybrid":
        out.append("The posting says hybrid: how many days a week is the team in the office?")
    if job.remote == "unknown" and not job.locations:
        out.append("Where is the team based, and how much of the work can be done remotely?")
    if job.salary is None:
        out.append("The posting gives no salary range: what range has been set for this role?")
    skills = [s for b in backed for s in b.requirement.skills]
    if skills:
        out.append(f"The posting names {skills[0]}: how does the team use it day to day?")
    out.append("How is the team organised, and who would I work with most closely?")
    return list(dict.fromkeys(out))[:6]


class StoryText(BaseModel):
    index: int = Field(description="the story's number in the list")
    narrative: str = Field(description="the story in the first person, two to four sentences, only facts given")


class BriefAnswer(BaseModel):
    stories: list[StoryText] = Field(default_factory=list)
    likely_questions: list[str] = Field(default_factory=list, description="questions this interview may ask")


BriefWriter = Callable[[Brief], BriefAnswer]


def _gated(text: str, sources: list[str], ctx: GateContext) -> tuple[str, list[dict[str, object]]]:
    kept: list[str] = []
    removed: list[dict[str, object]] = []
    for verdict in check_text(text, sources, ctx, letter=True):
        if verdict.ok:
            kept.append(verdict.sentence)
        else:
            removed.append({"sentence": verdict.sentence, "reasons": verdict.problems})
    return " ".join(kept), removed


def _with_model(brief: Brief, answer: BriefAnswer, ctx: GateContext) -> None:
    """The model's narratives and questions, each sentence checked against the CV line it tells."""
    for text in answer.stories:
        if 0 <= text.index < len(brief.stories):
            story = brief.stories[text.index]
            story.narrative, story.removed = _gated(text.narrative, [story.source], ctx)
    sources = [s.source for s in brief.stories]
    for question in answer.likely_questions[:6]:
        # A question's first word is capitalised by grammar, not a name; a false premise inside it ("at
        # Google", "400 engineers") is still caught.
        _, removed = _gated(question[:1].lower() + question[1:], sources, ctx)
        if question.strip() and not removed:
            brief.likely_questions.append(question.strip())
    brief.likely_questions = list(dict.fromkeys(brief.likely_questions))[:12]


def build_brief(job: Job, cv: CvDocument, model: BriefWriter | None = None) -> Brief:
    backed = back(requirements(job.description_text), cv)
    brief = Brief(job.id, job.title, job.company)
    for b in backed:
        if not b.evidence:
            brief.gaps.append(
                f"The posting asks for: \u201c{b.requirement.text}\u201d. Nothing in your CV shows it: "
                "prepare an honest answer (related work, or how you would learn it)."
            )
        for e in b.evidence:
            brief.stories.append(Story(b.requirement.text, e.role, e.text, e.paragraph_id, _PROMPT))
    brief.likely_questions = _likely_questions(job, backed)
    brief.questions_to_ask = _questions_to_ask(job, backed)
    if model is not None and brief.stories:
        try:
            answer = model(brief)
        except JobsmithError as exc:  # offline, budget, a bad answer: the offline brief stands, and says so
            brief.note = f"the model's narratives are missing: {exc.message}"
            return brief
        _with_model(
            brief,
            answer,
            GateContext(cv=cv, job_title=job.title, company=job.company, contact_name=job.contact_name or ""),
        )
    return brief


_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _xml_safe(brief: Brief) -> Brief:
    """Posting text may carry control characters, which a Word file cannot hold: drop them."""

    def clean(text: str) -> str:
        return _NOT_XML.sub("", text)

    return Brief(
        brief.job_id,
        clean(brief.title),
        clean(brief.company),
        [
            Story(
                clean(s.requirement),
                clean(s.situation),
                clean(s.action_and_result),
                s.source,
                s.prompt,
                clean(s.narrative),
                s.removed,
            )
            for s in brief.stories
        ],
        [clean(q) for q in brief.likely_questions],
        [clean(g) for g in brief.gaps],
        [clean(q) for q in brief.questions_to_ask],
        brief.note,
    )


def brief_docx(brief: Brief, seeker: str = "") -> bytes:
    """The brief as a plain Word document (the seeker's notes, not an application document)."""
    brief = _xml_safe(brief)
    doc = Document()
    doc.add_heading(f"Interview brief: {brief.title}, {brief.company}", level=0)
    if seeker:
        doc.add_paragraph(f"For {seeker}. Every example below is quoted from your CV.")
    doc.add_heading("Your evidence for what the posting asks", level=1)
    if not brief.stories:
        doc.add_paragraph("No line of your CV matches the posting's requirements closely: see the gaps below.")
    current = None
    for s in brief.stories:
        if s.requirement != current:
            doc.add_heading(s.requirement, level=2)
            current = s.requirement
        if s.situation:
            doc.add_paragraph(f"Situation: {s.situation}", style="List Bullet")
        doc.add_paragraph(f"What you did and the result: {s.action_and_result}", style="List Bullet")
        doc.add_paragraph(s.narrative or s.prompt)
    for heading, items in (
        ("Likely questions", brief.likely_questions),
        ("Gaps to prepare for", brief.gaps),
        ("Questions to ask", brief.questions_to_ask),
    ):
        doc.add_heading(heading, level=1)
        for item in items or ["None found."]:
            doc.add_paragraph(item, style="List Bullet")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
