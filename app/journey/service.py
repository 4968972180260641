"""The journey after applying, for the app: reading the seeker's CV and a job, drafting form answers and
building interview briefs, stored through `app/store/`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.documents.model import CvDocument
from app.documents.reader import read_cv
from app.domain.models import Job
from app.errors import InputError
from app.journey.answers import Answer, Question, draft_answers
from app.journey.interview import Brief, brief_docx, build_brief
from app.store import Store
from app.store import answers as aq
from app.store import jobs as jq

if TYPE_CHECKING:
    from app.service import Jobsmith


def seeker_cv(svc: Jobsmith) -> CvDocument:
    """The seeker's current CV, read (the same file tailoring uses)."""
    ref = svc.templates().cv
    if ref is None:
        raise InputError("no CV found: put your *_CV.docx in the templates folder first")
    return read_cv(svc.blobs.get(ref.sha256))


def job_model(store: Store, job_id: str) -> Job:
    return Job.model_validate(jq.get_job(store, job_id)["job"])


def draft_form_answers(svc: Jobsmith, job_id: str, questions: list[Question]) -> list[dict[str, Any]]:
    """Draft, gate and store one answer per question (replacing the job's earlier answers)."""
    job, cv = job_model(svc.store, job_id), seeker_cv(svc)
    profile = svc.store.write(aq.get_profile)
    model = None
    from app.llm.factory import gateway_for

    gateway = gateway_for(svc.config.agents)
    if gateway.enabled("journey"):
        from app.journey.answer_prompt import model_drafter

        model = model_drafter(gateway, job, cv)
    answers: list[Answer] = draft_answers(questions, job, cv, profile, model)
    svc.store.write(lambda cur: aq.replace_answers(cur, job_id, [a.as_dict() for a in answers]))
    drafted: list[dict[str, Any]] = svc.store.write(lambda cur: aq.list_answers(cur, job_id))
    return drafted


def interview_brief(svc: Jobsmith, job_id: str) -> Brief:
    """The brief, with the model's narratives when the `journey` stage has a model (else offline only)."""
    job, cv = job_model(svc.store, job_id), seeker_cv(svc)
    from app.llm.factory import gateway_for

    gateway = gateway_for(svc.config.agents)
    writer = None
    if gateway.enabled("journey"):
        from app.journey.answer_prompt import brief_writer

        writer = brief_writer(gateway, job, cv)
    return build_brief(job, cv, writer)


def interview_brief_docx(svc: Jobsmith, job_id: str) -> bytes:
    return brief_docx(interview_brief(svc, job_id), seeker_cv(svc).name)
