"""Cost per call from the price table equals what the provider's reported usage says it should be."""

from __future__ import annotations

import pytest

from app.llm.ledger import cost_of
from app.llm.prompts import build_cover_letter_prompt, build_fit_prompt, build_tailor_prompt
from app.llm.schemas import CoverLetterDraft, FitAssessment, TailoringPlan
from app.testing import samples

from .conftest import agents_config


def test_ledger_cost_equals_server_usage_times_prices(make_gateway, fake) -> None:
    fake.state.min_cache_tokens = 256  # the sample CV is short; let the prefix be cached
    agents = agents_config("anthropic")
    gateway, recorder = make_gateway(agents=agents)
    search, cv = samples.search(), samples.cv_text()
    for n in range(3):
        job = samples.job(n)
        gateway.ask("match", build_fit_prompt(job, search, cv), FitAssessment, job_id=job.id)
        gateway.ask("tailor", build_tailor_prompt(job, search, cv), TailoringPlan, job_id=job.id)
        gateway.ask("cover_letter", build_cover_letter_prompt(job, search, cv), CoverLetterDraft, job_id=job.id)
    reported = fake.stats()["usage"]
    assert len(reported) == len(recorder.calls) == 9
    price = agents.price("anthropic", "claude-sonnet-5-5")
    expected = sum(
        (
            u["input_tokens"] * 2.0
            + u["output_tokens"] * 10.0
            + u["cache_creation_input_tokens"] * 2.5
            + u["cache_read_input_tokens"] * 0.10
        )
        / 1e6
        for u in reported
    )
    assert sum(u.cost for _, u in recorder.calls) == pytest.approx(expected, rel=1e-9)
    assert price is not None and price.input == 2.0 and price.cache_read == 0.10
    # the shared prefix is written once and read by every later call
    assert sum(u["cache_creation_input_tokens"] > 0 for u in reported) >= 1
    assert sum(u.cache_read_tokens for _, u in recorder.calls) > 0
    assert [u.cache_read_tokens for _, u in recorder.calls] == [u["cache_read_input_tokens"] for u in reported]


def test_unpriced_local_model_costs_nothing(make_gateway, fake) -> None:
    gateway, _ = make_gateway("openai")
    answer = gateway.ask(
        "match", build_fit_prompt(samples.job(), samples.search(), samples.cv_text()), FitAssessment, job_id="j"
    )
    assert answer.usage.cost == 0 and answer.usage.input_tokens > 0


def test_batch_calls_cost_half() -> None:
    price = agents_config().price("anthropic", "claude-sonnet-5-5")
    full = cost_of(price, input_tokens=1000, output_tokens=500, cache_write_tokens=2000, cache_read_tokens=3000)
    assert full == pytest.approx((1000 * 2 + 500 * 10 + 2000 * 2.5 + 3000 * 0.1) / 1e6)
    assert cost_of(
        price, input_tokens=1000, output_tokens=500, cache_write_tokens=2000, cache_read_tokens=3000, batch=True
    ) == pytest.approx(full / 2)
