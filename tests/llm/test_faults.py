"""Injected faults of every kind: each ask ends in a valid answer or a typed error, with bounded retries."""

from __future__ import annotations

import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest

from app.errors import JobsmithError, ProviderUnavailable
from app.llm import Answer
from app.llm.prompts import build_fit_prompt
from app.llm.schemas import FitAssessment
from app.testing import samples

from .conftest import agents_config


@pytest.mark.parametrize("provider", ["anthropic", "openai"])
def test_thirty_percent_faults_over_100_asks_all_end_without_storms(make_gateway, fake, provider) -> None:
    fake.state.fault_rate, fake.state.seed, fake.state.timeout_sleep = 0.30, 7, 3.0
    fake.state.rng.seed(7)
    agents = agents_config(provider)
    gateway, recorder = make_gateway(agents=agents)
    search, cv = samples.search(), samples.cv_text()

    def ask(n: int) -> Answer | JobsmithError:
        try:
            return gateway.ask("match", build_fit_prompt(samples.job(n), search, cv), FitAssessment, job_id=f"job-{n}")
        except JobsmithError as exc:
            return exc

    t0 = time.monotonic()
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(ask, range(100)))
    elapsed = time.monotonic() - t0
    counts = fake.counts()
    kinds = Counter(type(r).__name__ for r in results)
    assert len(results) == 100  # none lost
    assert all(isinstance(r, Answer | JobsmithError) for r in results)
    assert all(r.value.verdict == "strong" for r in results if isinstance(r, Answer))
    assert kinds["Answer"] >= 90, kinds
    faults = {k: v for k, v in counts.items() if k.startswith("fault_")}
    assert len(faults) == 6, faults  # every kind was injected
    total = counts[f"{provider}_requests"]
    # no storm: each logical call is tried at most max_attempts times, and an answer is repaired at most once
    assert total <= 100 * 2 * agents.providers.anthropic.max_attempts
    assert total < 100 * 1.7, counts
    assert counts[f"{provider}_answered"] == len(recorder.calls)
    assert elapsed < 120  # none hangs: a timeout is 2 s, at most 4 tries


def test_persistent_overload_gives_up_after_max_attempts_with_typed_error(make_gateway, fake) -> None:
    fake.queue_faults(*["529"] * 10)
    gateway, recorder = make_gateway("anthropic")
    with pytest.raises(ProviderUnavailable) as info:
        gateway.ask(
            "match", build_fit_prompt(samples.job(), samples.search(), samples.cv_text()), FitAssessment, job_id="job-1"
        )
    assert info.value.attempts == 4
    assert fake.counts()["anthropic_requests"] == 4 and recorder.calls == []
    assert gateway.budget.spent("job-1") == 0  # the reservation was released


def test_retry_after_is_honoured(make_gateway, fake) -> None:
    fake.state.retry_after = 0.6
    fake.queue_faults("429")
    sleeps: list[float] = []
    gateway, _ = make_gateway("anthropic", sleep=lambda s: (sleeps.append(s), time.sleep(s)))
    answer = gateway.ask(
        "match", build_fit_prompt(samples.job(), samples.search(), samples.cv_text()), FitAssessment, job_id="job-1"
    )
    assert answer.value.verdict == "strong"
    assert len(sleeps) == 1 and 0.6 <= sleeps[0] <= 0.6 * 1.1 + 1e-9


def test_sdk_retries_are_off(make_gateway, fake) -> None:
    gateway, _ = make_gateway("anthropic")
    assert gateway.provider("anthropic").client.max_retries == 0
    openai_gateway, _ = make_gateway("openai")
    assert openai_gateway.provider("openai").client.max_retries == 0


def test_admin_endpoint_queues_faults_and_stats_count_them(make_gateway, fake) -> None:
    import httpx

    assert httpx.post(f"{fake.url}/_faults", json={"queue": ["500", "429"]}).json()["queued"] == 2
    gateway, _ = make_gateway("openai")
    gateway.ask(
        "match", build_fit_prompt(samples.job(), samples.search(), samples.cv_text()), FitAssessment, job_id="job-1"
    )
    stats = httpx.get(f"{fake.url}/_stats").json()["counts"]
    assert stats["fault_500"] == 1 and stats["fault_429"] == 1 and stats["openai_requests"] == 3


def test_failure_after_a_paid_call_carries_its_usage(make_gateway, fake) -> None:
    fake.state.usage_override = {"output_tokens": 1000}
    fake.queue_faults("malformed", *["529"] * 4)
    gateway, recorder = make_gateway("anthropic")
    with pytest.raises(ProviderUnavailable) as info:
        gateway.ask(
            "match", build_fit_prompt(samples.job(), samples.search(), samples.cv_text()), FitAssessment, job_id="job-1"
        )
    assert [u.output_tokens for u in info.value.usage] == [1000]
    assert info.value.usage[0].cost == pytest.approx(recorder.calls[0][1].cost)
    assert gateway.budget.spent("job-1") == pytest.approx(info.value.usage[0].cost)
