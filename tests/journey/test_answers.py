"""Application-form answers: personal questions never drafted nor sent to a model, everything else from the
CV through the fact gate, within the field's limit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.documents.model import CvDocument
from app.domain.models import Job
from app.journey.answer_prompt import model_drafter
from app.journey.answers import Question, draft_answers, sensitive_topic
from app.llm import LLMGateway
from app.testing.fake_llm import FakeLLMServer
from app.testing.fake_state import FakeRequest
from tests.llm.conftest import agents_config, settings_for

PERSONAL = {
    "Do you have the right to work in Australia?": "work_rights",
    "Will you now or in the future require visa sponsorship?": "visa_sponsorship",
    "What are your salary expectations?": "salary",
    "What is your notice period?": "notice_period",
    "Do you have a disability or need adjustments for the interview?": "disability",
    "What is your gender?": "gender",
    "Do you identify as Aboriginal or Torres Strait Islander?": "ethnicity",
    "Have you ever been convicted of a criminal offence?": "criminal_record",
    "Please list two referees we may contact.": "references",
}


def test_personal_questions_are_recognised_by_topic() -> None:
    assert {q: sensitive_topic(q) for q in PERSONAL} == PERSONAL
    assert sensitive_topic("Describe a data pipeline you built.") is None


def test_personal_questions_come_from_the_profile_or_are_left_for_the_seeker(cv: CvDocument, posting: Job) -> None:
    answers = draft_answers([Question(q) for q in PERSONAL], posting, cv, {"salary": "AUD 1,000 a day"})
    by_topic = {a.topic: a for a in answers}
    assert (by_topic["salary"].state, by_topic["salary"].answer) == ("from_profile", "AUD 1,000 a day")
    others = [a for a in answers if a.topic != "salary"]
    assert all(a.state == "needs_you" and a.answer == "" and "personal question" in a.note for a in others)


def test_a_general_answer_quotes_the_cv_and_fits_the_limit(cv: CvDocument, posting: Job) -> None:
    [a] = draft_answers([Question("Describe your experience building data pipelines.", 200)], posting, cv, {})
    assert a.state == "drafted" and 0 < len(a.answer) <= 200
    assert "Azure Data Factory pipelines ingesting smart-meter data from 1.2 million customers" in a.answer
    assert a.sources and all(cv.paragraph(pid) is not None for pid in a.sources)


def test_a_question_the_cv_cannot_answer_is_left_for_the_seeker(cv: CvDocument, posting: Job) -> None:
    [a] = draft_answers([Question("Why do you want to work here?")], posting, cv, {})
    assert (a.state, a.answer) == ("needs_you", "")


@pytest.fixture
def gateway_and_fake(tmp_path: Path) -> Any:
    seen: list[str] = []

    def answer(req: FakeRequest) -> dict[str, Any]:
        seen.append(req.text)
        return {
            "answers": [
                {
                    "index": 0,
                    "answer": "I built Azure Data Factory pipelines for 1.2 million customers. "
                    "I hold a PhD in Computer Science from MIT.",
                    "source_ids": ["p18"],
                },
                {"index": 2, "answer": "I mentored 40 junior engineers at Tasman Analytics.", "source_ids": ["p15"]},
            ]
        }

    with FakeLLMServer(answers={"ModelAnswers": answer}) as fake:
        agents = agents_config("anthropic", journey={"provider": "anthropic"})
        gateway = LLMGateway.from_settings(settings_for(fake, tmp_path / "cache"), agents)
        yield gateway, fake, seen


def test_through_the_model_personal_questions_never_reach_it_and_planted_lies_are_removed(
    gateway_and_fake: Any, cv: CvDocument, posting: Job
) -> None:
    gateway, fake, seen = gateway_and_fake
    questions = [
        Question("Describe your experience building data pipelines."),
        Question("What are your salary expectations?"),
        Question("Have you mentored other engineers?"),
        Question("Will you require visa sponsorship?"),
    ]
    answers = draft_answers(questions, posting, cv, {}, model_drafter(gateway, posting, cv))

    assert fake.counts().get("anthropic_requests") == 1
    [sent] = seen
    assert "salary expectations" not in sent and "visa sponsorship" not in sent
    assert "building data pipelines" in sent and "mentored other engineers" in sent
    pipelines, salary, mentoring, visa = answers
    assert pipelines.answer == "I built Azure Data Factory pipelines for 1.2 million customers."
    assert [r["sentence"] for r in pipelines.removed] == ["I hold a PhD in Computer Science from MIT."]
    assert mentoring.answer == "" and mentoring.state == "needs_you"  # 40 is not the CV's 4
    assert mentoring.removed and "40" in " ".join(mentoring.removed[0]["reasons"])
    assert salary.state == visa.state == "needs_you"


def test_the_models_interview_narratives_are_gated_against_their_cv_line(
    tmp_path: Path, cv: CvDocument, posting: Job
) -> None:
    from app.journey.answer_prompt import brief_writer
    from app.journey.interview import build_brief

    offline = build_brief(posting, cv)
    first = offline.stories[0]

    def answer(req: FakeRequest) -> dict[str, Any]:
        return {
            "stories": [{"index": 0, "narrative": f"{first.action_and_result} I did it for Google in 2031."}],
            "likely_questions": [
                "How did you lead 400 engineers at Google?",
                "How would you approach the posting's first requirement?",
            ],
        }

    with FakeLLMServer(answers={"BriefAnswer": answer}) as fake:
        agents = agents_config("anthropic", journey={"provider": "anthropic"})
        gateway = LLMGateway.from_settings(settings_for(fake, tmp_path / "cache"), agents)
        brief = build_brief(posting, cv, brief_writer(gateway, posting, cv))

    story = brief.stories[0]
    assert story.narrative.startswith(first.action_and_result[:30]) and "Google" not in story.narrative
    assert [r["sentence"] for r in story.removed] == ["I did it for Google in 2031."]
    assert "How would you approach the posting's first requirement?" in brief.likely_questions
    assert not [q for q in brief.likely_questions if "400" in q]
