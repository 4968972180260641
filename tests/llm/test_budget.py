"""Budgets per job and per day stop a call before it is made, and concurrent workers never overspend."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from app.errors import BudgetExceeded
from app.llm.ledger import max_cost
from app.llm.prompts import build_fit_prompt
from app.llm.schemas import FitAssessment
from app.testing import samples

from .conftest import agents_config


def _prompt(n: int):
    return build_fit_prompt(samples.job(n), samples.search(), samples.cv_text())


def _reservation(agents, n: int = 0) -> float:
    prompt = _prompt(n)
    return max_cost(
        agents.price("anthropic", "claude-sonnet-5-5"),
        prompt_text="\n".join([*prompt.prefix, prompt.user]),
        max_output_tokens=2000,
    )


def test_job_budget_too_small_for_a_call_stops_before_calling(make_gateway, fake) -> None:
    agents = agents_config("anthropic", budgets={"per_job_usd": 0.001, "per_day_usd": 5.0})
    gateway, recorder = make_gateway(agents=agents)
    with pytest.raises(BudgetExceeded) as info:
        gateway.ask("match", _prompt(0), FitAssessment, job_id="job-1")
    assert "budget per job reached for job job-1" in info.value.message
    assert info.value.detail["scope"] == "job" and info.value.detail["limit"] == 0.001
    assert fake.counts() == {} and recorder.calls == []


def test_day_budget_stops_the_run_before_the_call_that_could_pass_it(make_gateway, fake) -> None:
    base = agents_config("anthropic")
    limit = _reservation(base) * 2.5  # room for the first calls, not for many
    agents = agents_config("anthropic", budgets={"per_job_usd": 5.0, "per_day_usd": limit})
    gateway, recorder = make_gateway(agents=agents)
    answered = 0
    with pytest.raises(BudgetExceeded) as info:
        for n in range(50):
            gateway.ask("match", _prompt(n), FitAssessment, job_id=f"job-{n}")
            answered += 1
    assert info.value.detail["scope"] == "day"
    assert "budget per day reached" in info.value.message
    assert fake.counts()["anthropic_requests"] == answered == len(recorder.calls)
    spent = sum(u.cost for _, u in recorder.calls)
    assert spent <= limit
    assert gateway.budget.spent() == pytest.approx(spent)  # reservations were settled to real costs


def test_concurrent_workers_sharing_redis_never_overspend(make_gateway, fake, redis_url, redis_client) -> None:
    fake.state.latency = 0.05
    base = agents_config("anthropic")
    limit = _reservation(base) * 3
    agents = agents_config("anthropic", budgets={"per_job_usd": 5.0, "per_day_usd": limit})
    workers = [make_gateway(agents=agents, redis_url=redis_url) for _ in range(4)]

    def run(n: int) -> str:
        gateway, _ = workers[n % 4]
        try:
            gateway.ask("match", _prompt(n), FitAssessment, job_id=f"job-{n}")
            return "answered"
        except BudgetExceeded:
            return "stopped"

    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(run, range(40)))
    spent = sum(u.cost for _, rec in workers for _, u in rec.calls)
    assert "stopped" in outcomes and "answered" in outcomes
    assert spent <= limit
    assert workers[0][0].budget.spent() == pytest.approx(spent)
    assert fake.counts()["anthropic_requests"] == outcomes.count("answered")


def test_timed_out_call_counts_as_spent_at_its_largest_cost(make_gateway, fake) -> None:
    fake.state.timeout_sleep = 3.0
    fake.queue_faults("timeout")
    gateway, recorder = make_gateway("anthropic")
    gateway.ask("match", _prompt(0), FitAssessment, job_id="job-1")
    paid = sum(u.cost for _, u in recorder.calls)
    assert gateway.budget.spent("job-1") > paid * 3  # the timed-out call may have been billed: never undercount
