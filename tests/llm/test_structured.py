"""Structured answers for every stage through both SDKs; the repair attempt; the typed failure."""

from __future__ import annotations

import json

import pytest

from app.errors import InvalidAnswer, StageOffline
from app.llm.prompts import build_cover_letter_prompt, build_fit_prompt, build_review_prompt, build_tailor_prompt
from app.llm.schemas import CoverLetterDraft, DocumentReview, FitAssessment, TailoringPlan
from app.settings import Settings
from app.testing import samples
from app.testing.fake_state import FakeRequest

from .conftest import agents_config

JOB, SEARCH, CV = samples.job(), samples.search(), samples.cv_text()

STAGES = [
    ("match", build_fit_prompt(JOB, SEARCH, CV), FitAssessment, samples.FIT),
    ("tailor", build_tailor_prompt(JOB, SEARCH, CV), TailoringPlan, samples.PLAN),
    ("cover_letter", build_cover_letter_prompt(JOB, SEARCH, CV), CoverLetterDraft, samples.LETTER),
    ("review", build_review_prompt(JOB, SEARCH, CV, "the tailored CV text"), DocumentReview, samples.REVIEW),
]


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
@pytest.mark.parametrize(("stage", "prompt", "schema", "expected"), STAGES, ids=[s[0] for s in STAGES])
def test_ask_returns_validated_answer_for_each_stage(
    make_gateway, fake, provider, stage, prompt, schema, expected
) -> None:
    gateway, recorder = make_gateway(provider)
    answer = gateway.ask(stage, prompt, schema, job_id="job-1")
    assert isinstance(answer.value, schema)
    assert answer.value.model_dump(mode="json") == schema.model_validate(expected).model_dump(mode="json")
    assert json.loads(answer.raw) == json.loads(json.dumps(expected))
    assert answer.usage.provider == provider and answer.usage.stage == stage and not answer.usage.cached
    assert answer.usage.input_tokens > 0 and answer.usage.output_tokens > 0
    assert fake.counts()[f"{provider}_answered"] == 1
    assert [u for _, u in recorder.calls] == [answer.usage]


def test_anthropic_request_carries_schema_and_cache_breakpoints(make_gateway, fake) -> None:
    seen: list[FakeRequest] = []

    def answer(req: FakeRequest) -> dict:
        seen.append(req)
        return samples.FIT

    fake.state.answers["FitAssessment"] = answer
    gateway, _ = make_gateway("anthropic")
    gateway.ask("match", STAGES[0][1], FitAssessment, job_id="job-1")
    assert seen[0].schema_name == "FitAssessment"
    assert seen[0].model == "claude-sonnet-5-5"
    assert "untrusted_posting" in seen[0].last_user


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_invalid_answer_is_repaired_once_with_the_validation_error(make_gateway, fake, provider) -> None:
    requests: list[FakeRequest] = []

    def answer(req: FakeRequest) -> dict:
        requests.append(req)
        return samples.FIT if req.is_repair else {**samples.FIT, "score": 7}

    fake.state.answers["FitAssessment"] = answer
    gateway, recorder = make_gateway(provider)
    result = gateway.ask("match", STAGES[0][1], FitAssessment, job_id="job-1")
    assert result.value.score == pytest.approx(0.82)
    assert result.attempts == 2
    assert len(requests) == 2
    assert "score" in requests[1].last_user and "less than or equal to 1" in requests[1].last_user
    assert len(recorder.calls) == 2
    assert result.usage.cost == pytest.approx(sum(u.cost for _, u in recorder.calls))


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_answer_still_invalid_after_repair_raises_with_raw_answer(make_gateway, fake, provider) -> None:
    fake.state.answers["FitAssessment"] = lambda req: '{"score": "high", "verdict": "maybe"}'
    gateway, recorder = make_gateway(provider)
    with pytest.raises(InvalidAnswer) as info:
        gateway.ask("match", STAGES[0][1], FitAssessment, job_id="job-1")
    err = info.value
    assert err.raw == '{"score": "high", "verdict": "maybe"}'
    assert err.stage == "match" and err.errors
    assert err.detail["raw"] == err.raw
    assert len(err.usage) == 2 and len(recorder.calls) == 2
    assert fake.counts()[f"{provider}_answered"] == 2  # one call and one repair, no more


def test_answer_cut_at_max_tokens_is_repaired(make_gateway, fake) -> None:
    fake.queue_faults("truncate")
    gateway, _ = make_gateway("anthropic")
    answer = gateway.ask("match", STAGES[0][1], FitAssessment, job_id="job-1")
    assert answer.attempts == 2 and answer.value.verdict == "strong"


def test_offline_stage_is_not_enabled_and_refuses_to_ask(make_gateway, fake) -> None:
    gateway, _ = make_gateway(agents=agents_config("offline"))
    assert not gateway.enabled("match")
    with pytest.raises(StageOffline):
        gateway.ask("match", STAGES[0][1], FitAssessment, job_id="job-1")
    assert fake.counts() == {}


def test_auto_provider_uses_anthropic_only_with_a_key(fake, tmp_path, monkeypatch) -> None:
    from app.config.agents import AgentsConfig
    from app.llm import LLMGateway

    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)

    agents = AgentsConfig()
    without = LLMGateway.from_settings(Settings(_env_file=None, CACHE_DIR=tmp_path), agents)  # type: ignore[call-arg]
    with_key = LLMGateway.from_settings(
        Settings(_env_file=None, ANTHROPIC_API_KEY="k", CACHE_DIR=tmp_path),  # type: ignore[call-arg]
        agents,
    )
    assert not without.enabled("tailor")
    assert with_key.enabled("tailor")
    assert with_key.route("tailor").model == "claude-sonnet-5-5"
