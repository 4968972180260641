"""Bulk at half price through Message Batches, with the same cache, budget and validation."""

from __future__ import annotations

import pytest

from app.errors import InvalidAnswer
from app.llm.batch import BatchItem, ask_batch
from app.llm.prompts import build_tailor_prompt
from app.llm.schemas import TailoringPlan
from app.llm.types import Answer
from app.testing import samples

from .conftest import agents_config

SEARCH, CV = samples.search(), samples.cv_text()


def _items(n: int) -> list[BatchItem]:
    return [BatchItem(build_tailor_prompt(samples.job(i), SEARCH, CV), job_id=f"job-{i}") for i in range(n)]


def test_batch_answers_every_item_at_half_price(make_gateway, fake) -> None:
    agents = agents_config("anthropic", tailor={"batch": True})
    gateway, recorder = make_gateway(agents=agents)
    results = ask_batch(gateway, "tailor", _items(3), TailoringPlan, poll_seconds=0.05)
    assert all(isinstance(r, Answer) and isinstance(r.value, TailoringPlan) for r in results)
    counts = fake.counts()
    assert counts["batch_create"] == 1 and counts["batch_items"] == 3
    assert counts.get("anthropic_requests", 0) == 0 and counts["batch_results"] == 1
    reported = fake.stats()["usage"]
    full = sum(
        (
            u["input_tokens"] * 2.0
            + u["output_tokens"] * 10.0
            + u["cache_creation_input_tokens"] * 2.5
            + u["cache_read_input_tokens"] * 0.1
        )
        / 1e6
        for u in reported
    )
    assert sum(u.cost for _, u in recorder.calls) == pytest.approx(full / 2)
    assert gateway.budget.spent() == pytest.approx(full / 2)


def test_batch_rerun_is_served_from_the_cache(make_gateway, fake) -> None:
    gateway, _ = make_gateway(agents=agents_config("anthropic", tailor={"batch": True}))
    ask_batch(gateway, "tailor", _items(2), TailoringPlan, poll_seconds=0.05)
    again = ask_batch(gateway, "tailor", _items(2), TailoringPlan, poll_seconds=0.05)
    assert all(isinstance(r, Answer) and r.usage.cached for r in again)
    assert fake.counts()["batch_create"] == 1


def test_batch_item_that_does_not_validate_is_repaired_then_fails_typed(make_gateway, fake) -> None:
    fake.state.answers["TailoringPlan"] = lambda req: (
        samples.PLAN if "Wombat Pay 0" in req.text else {"skills_emphasis": "not a list"}
    )
    gateway, _ = make_gateway(agents=agents_config("anthropic", tailor={"batch": True}))
    results = ask_batch(gateway, "tailor", _items(2), TailoringPlan, poll_seconds=0.05)
    assert isinstance(results[0], Answer)
    assert isinstance(results[1], InvalidAnswer) and "not a list" in results[1].raw
    assert fake.counts()["anthropic_requests"] == 1  # the one repair went direct


def test_stage_without_batch_falls_back_to_direct_asks(make_gateway, fake) -> None:
    gateway, _ = make_gateway("anthropic")
    results = ask_batch(gateway, "tailor", _items(2), TailoringPlan, poll_seconds=0.05)
    assert all(isinstance(r, Answer) for r in results)
    assert fake.counts()["anthropic_requests"] == 2 and "batch_create" not in fake.counts()
