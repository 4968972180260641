"""The model's side of the journey: one prompt for all of a job's form questions, one for its interview brief.

Only questions that `sensitive_topic` lets through are ever in it; the CV lines are the seeker's own (no
referees), each with its id so the fact gate can check the answer against the lines it cites.
"""

from __future__ import annotations

from app.documents.model import CvDocument
from app.domain.models import Job
from app.journey.answers import ModelAnswers, ModelDrafter, Question
from app.journey.evidence import Evidence, cv_lines
from app.journey.interview import Brief, BriefAnswer, BriefWriter
from app.llm import LLMGateway
from app.llm.prompts import RULES, posting_block
from app.llm.types import Prompt

TASK = """Task: draft answers to an application form's questions for this posting, in the seeker's voice \
(first person, plain, specific). Use only the CV lines given, cite the ids of the lines each answer uses in \
source_ids, and stay within each question's character limit. When no CV line answers a question, return an \
empty answer for it rather than guessing. Never answer for the seeker about anything not in the CV lines."""


def build_answers_prompt(job: Job, cv: CvDocument, items: list[tuple[int, Question, list[Evidence]]]) -> Prompt:
    lines = "\n".join(f"[{pid}] {text}" for pid, text, _ in cv_lines(cv))
    heads = "\n".join(
        f"[{e.id}] {' at '.join(p for p in (e.title, e.organisation) if p)} {e.dates}".rstrip() for e in cv.entries
    )
    asks = "\n".join(f"{i}. {q.text} (at most {q.limit} characters)" for i, q, _ in items)
    return Prompt(
        prefix=(RULES, f"The seeker's CV lines (ids in brackets):\n{heads}\n{lines}", TASK),
        user=f"{posting_block(job)}\n\nThe form's questions, numbered:\n{asks}",
    )


def model_drafter(gateway: LLMGateway, job: Job, cv: CvDocument) -> ModelDrafter:
    def draft(items: list[tuple[int, Question, list[Evidence]]]) -> ModelAnswers:
        return gateway.ask("journey", build_answers_prompt(job, cv, items), ModelAnswers, job_id=job.id).value

    return draft


BRIEF_TASK = """Task: help the seeker prepare for an interview. For each numbered story, tell it in the first \
person in two to four sentences (situation, task, action, result) using only the facts of its CV line and \
role; invent no number, employer, tool or outcome. Then list up to six questions this interview may ask, \
from the posting's requirements."""


def brief_writer(gateway: LLMGateway, job: Job, cv: CvDocument) -> BriefWriter:
    def write(brief: Brief) -> BriefAnswer:
        stories = "\n".join(
            f"{i}. requirement: {s.requirement}\n   role: {s.situation or '(not under a role)'}\n"
            f"   CV line [{s.source}]: {s.action_and_result}"
            for i, s in enumerate(brief.stories)
        )
        prompt = Prompt(prefix=(RULES, BRIEF_TASK), user=f"{posting_block(job)}\n\nThe stories:\n{stories}")
        return gateway.ask("journey", prompt, BriefAnswer, job_id=job.id).value

    return write
