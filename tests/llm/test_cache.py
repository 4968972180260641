"""A second identical ask makes no provider call: on local disk, and in Redis shared by gateways."""

from __future__ import annotations

import pytest

from app.errors import InvalidAnswer
from app.llm.prompts import build_fit_prompt
from app.llm.schemas import FitAssessment
from app.testing import samples

PROMPT = build_fit_prompt(samples.job(), samples.search(), samples.cv_text())


def test_repeat_ask_is_answered_from_disk_cache(make_gateway, fake, tmp_path) -> None:
    gateway, recorder = make_gateway("anthropic")
    first = gateway.ask("match", PROMPT, FitAssessment, job_id="job-1")
    again, _ = make_gateway("anthropic")  # a new process's gateway: only the disk is shared
    second = again.ask("match", PROMPT, FitAssessment, job_id="job-1")
    assert fake.counts()["anthropic_requests"] == 1
    assert second.value == first.value and second.raw == first.raw
    assert second.usage.cached and second.usage.cost == 0 and second.usage.input_tokens == 0
    assert len(recorder.calls) == 1
    assert list((tmp_path / "cache" / "llm").rglob("*.json"))


def test_repeat_ask_is_answered_from_redis_cache(make_gateway, fake, redis_url, redis_client, tmp_path) -> None:
    gateway, _ = make_gateway("openai", redis_url=redis_url)
    gateway.ask("match", PROMPT, FitAssessment, job_id="job-1")
    other, _ = make_gateway("openai", redis_url=redis_url)
    second = other.ask("match", PROMPT, FitAssessment, job_id="job-1")
    assert fake.counts()["openai_requests"] == 1
    assert second.usage.cached and second.usage.cost == 0
    assert redis_client.keys("jobsmith:llm:answer:*")
    assert not (tmp_path / "cache" / "llm").exists()  # Redis replaces the disk cache


def test_different_posting_or_model_is_not_a_cache_hit(make_gateway, fake) -> None:
    gateway, _ = make_gateway("anthropic")
    gateway.ask("match", PROMPT, FitAssessment, job_id="job-1")
    gateway.ask(
        "match", build_fit_prompt(samples.job(2), samples.search(), samples.cv_text()), FitAssessment, job_id="job-2"
    )
    assert fake.counts()["anthropic_requests"] == 2


def test_invalid_answers_are_not_cached(make_gateway, fake) -> None:
    fake.state.answers["FitAssessment"] = "not json at all"
    gateway, _ = make_gateway("anthropic")
    for _ in range(2):
        with pytest.raises(InvalidAnswer):
            gateway.ask("match", PROMPT, FitAssessment, job_id="job-1")
    assert fake.counts()["anthropic_requests"] == 4  # each ask: one call and one repair
