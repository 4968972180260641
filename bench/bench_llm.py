"""LLM layer benchmark against the fake provider (no network, no key):

1. tokens and cost per application (fit, tailoring plan, cover letter, review) at the prices in the
   configured price table (app/config/agents.py), with and without prompt caching, and through the batch
   API; the fake answers at the length the prompts ask for (a cover letter of about 275 words, a plan
   rewriting four bullets and the summary) and counts tokens by word and punctuation pieces;
2. requests per window achieved by 4 worker PROCESSES sharing one Redis-backed pacer against a provider
   limit of 60 requests per 10 s (a scaled-down 60/min), and the share of 429 answers.

Run: .venv/bin/python bench/bench_llm.py [--seconds 30]. The figures are the last lines printed.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.config.agents import AgentsConfig
from app.llm import LLMGateway
from app.llm.batch import BatchItem, ask_batch
from app.llm.prompts import (
    build_cover_letter_prompt,
    build_fit_prompt,
    build_review_prompt,
    build_tailor_prompt,
)
from app.llm.schemas import CoverLetterDraft, DocumentReview, FitAssessment, TailoringPlan
from app.settings import Settings
from app.testing import samples
from app.testing.fake_llm import FakeLLMServer
from app.testing.redis_server import RedisServer

LIMIT, WINDOW, WORKERS = 60, 10, 4
MODEL = "claude-sonnet-5-5"
STAGES = ("match", "tailor", "cover_letter", "review")


def agents(batch: bool = False, **provider: Any) -> AgentsConfig:
    stages = {s: {"provider": "anthropic", "batch": batch} for s in STAGES}
    return AgentsConfig.model_validate(
        {
            **stages,
            "cache": {"enabled": False},
            "budgets": {"per_job_usd": 100, "per_day_usd": 1000},
            "providers": {"anthropic": {"default_model": MODEL, **provider}},
        }
    )


def settings(url: str, cache_dir: Path, redis_url: str | None = None) -> Settings:
    return Settings(
        _env_file=None,
        ANTHROPIC_API_KEY="bench-key",
        ANTHROPIC_BASE_URL=url,  # type: ignore[call-arg]
        CACHE_DIR=cache_dir,
        REDIS_URL=redis_url,
    )


def application(gateway: LLMGateway, n: int) -> None:
    for stage, prompt, schema in prompts(n):
        gateway.ask(stage, prompt, schema, job_id=samples.job(n).id)


def prompts(n: int) -> list[tuple[str, Any, type]]:
    job, search, cv = samples.job(n), samples.search(), samples.long_cv_text()
    return [
        ("match", build_fit_prompt(job, search, cv), FitAssessment),
        ("tailor", build_tailor_prompt(job, search, cv), TailoringPlan),
        ("cover_letter", build_cover_letter_prompt(job, search, cv), CoverLetterDraft),
        ("review", build_review_prompt(job, search, cv, "tailored CV and letter text"), DocumentReview),
    ]


def batched(gateway: LLMGateway, apps: int) -> None:
    """The same calls through the Message Batches API: one batch per stage for all applications."""
    for i, stage in enumerate(STAGES):
        items = [BatchItem(prompts(n)[i][1], samples.job(n).id) for n in range(apps)]
        answers = ask_batch(gateway, stage, items, prompts(0)[i][2], poll_seconds=0.05)
        failed = [a for a in answers if isinstance(a, Exception)]
        assert not failed, failed


def per_application(fake: FakeLLMServer, caching: bool, apps: int = 5, batch: bool = False) -> dict[str, float]:
    """Average tokens and cost of one application, every call paid (jobsmith's own cache off)."""
    totals = dict.fromkeys(("input", "cache_write", "cache_read", "output", "cost"), 0.0)

    def add(_job: str, u: Any) -> None:
        totals["input"] += u.input_tokens
        totals["cache_write"] += u.cache_write_tokens
        totals["cache_read"] += u.cache_read_tokens
        totals["output"] += u.output_tokens
        totals["cost"] += u.cost

    fake.reset()  # a cold provider-side prompt cache for each run
    with tempfile.TemporaryDirectory() as tmp:
        gateway = LLMGateway.from_settings(
            settings(fake.url, Path(tmp)), agents(batch=batch), on_usage=add, prompt_caching=caching
        )
        if batch:
            batched(gateway, apps)
        else:
            for n in range(apps):
                application(gateway, n)
    batch_calls = sum(1 for u in fake.stats()["usage"] if u["batch"])
    return {**{k: v / apps for k, v in totals.items()}, "batch_calls": batch_calls}


def worker(url: str, redis_url: str, index: int, seconds: float, go: Any, start_at: Any, out: Any) -> None:
    cfg = agents(
        requests_per_minute=LIMIT, window_seconds=WINDOW, max_wait_seconds=WINDOW * 3, tokens_per_minute=10_000_000
    )
    with tempfile.TemporaryDirectory() as tmp:
        gateway = LLMGateway.from_settings(settings(url, Path(tmp), redis_url), cfg)
        gateway.provider("anthropic").client  # noqa: B018  (import the SDK and build the client before the clock)
        out.put(("ready", index, 0))
        go.wait()
        until = start_at.value + seconds
        search, cv = samples.search(), samples.long_cv_text()
        done = n = errors = 0
        while time.time() < start_at.value:
            time.sleep(0.001)
        while time.time() < until:
            n += 1
            job = samples.job(index * 100_000 + n)
            try:
                gateway.ask("match", build_fit_prompt(job, search, cv), FitAssessment, job_id=job.id)
                done += 1
            except Exception:
                errors += 1
    out.put(("done", index, done, errors))


def pacing(seconds: float) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as data, RedisServer(Path(data), fsync="no") as redis:
        redis_url = redis.url
        with FakeLLMServer(answers=samples.ANSWERS, latency=0.05, rate_limit=(LIMIT, WINDOW)) as fake:
            # fork: the workers inherit the imported SDKs (importing them takes seconds on a busy machine);
            # each builds its own gateway, Redis connection and HTTP client after the fork.
            ctx = mp.get_context("fork")
            out, go, start_at = ctx.Queue(), ctx.Event(), ctx.Value("d", 0.0)
            procs = [
                ctx.Process(target=worker, args=(fake.url, redis_url, i, seconds, go, start_at, out))
                for i in range(WORKERS)
            ]
            for p in procs:
                p.start()
            ready = [out.get(timeout=300) for _ in range(WORKERS)]  # every SDK imported, every client built
            assert all(r[0] == "ready" for r in ready), ready
            start_at.value = time.time() + 0.2
            go.set()
            fake.reset()
            results = [out.get(timeout=seconds + 120) for _ in range(WORKERS)]
            for p in procs:
                p.join(timeout=30)
            counts, log = fake.counts(), fake.stats()["usage"]
            begin = start_at.value
    # answers the server produced inside the measured span (calls admitted at its very end are left out)
    answered = sum(1 for u in log if begin <= u["at"] < begin + seconds)
    total = counts.get("anthropic_requests", 0)
    limited = counts.get("status_429", 0)
    return {
        "answered": answered,
        "total": total,
        "limited": limited,
        "errors": sum(r[3] for r in results),
        "per_window": answered / seconds * WINDOW,
        "elapsed": seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="length of the pacing run")
    args = parser.parse_args()
    t0 = time.monotonic()
    with FakeLLMServer(answers=samples.FULL_ANSWERS) as fake:
        runs = {
            "with prompt caching           ": per_application(fake, True),
            "without prompt caching        ": per_application(fake, False),
            "batch API, with prompt caching": per_application(fake, True, batch=True),
        }
    pace = pacing(args.seconds)
    price = agents().price("anthropic", MODEL)
    assert price is not None, f"no price for {MODEL} in the price table"
    cached, uncached, batch = runs.values()
    print()
    print(
        f"== bench_llm: 4 calls per application (fit, plan, letter, review), {MODEL} at the configured "
        f"prices: input ${price.input:g}, output ${price.output:g}, cache write ${price.cache_write:g}, "
        f"cache read ${price.cache_read:g} per MTok; batch pays {price.batch_discount:.0%} =="
    )
    for label, r in runs.items():
        via = f", {r['batch_calls']:.0f} calls answered in batches" if r["batch_calls"] else ""
        print(
            f"per application {label}: input {r['input']:.0f}, cache write {r['cache_write']:.0f}, "
            f"cache read {r['cache_read']:.0f}, output {r['output']:.0f} tokens; cost ${r['cost']:.5f}{via}"
        )
    saving = 1 - cached["cost"] / uncached["cost"] if uncached["cost"] else 0.0
    batch_saving = 1 - batch["cost"] / cached["cost"] if cached["cost"] else 0.0
    print(
        f"measured: prompt caching saves {saving:.0%} per application; the batch API saves a further "
        f"{batch_saving:.0%} (bench took {time.monotonic() - t0:.0f}s)"
    )
    share = pace["limited"] / pace["total"] if pace["total"] else 0.0
    print(
        f"pacing: {WORKERS} worker processes through Redis, provider limit {LIMIT}/{WINDOW}s: achieved "
        f"{pace['per_window']:.1f} requests/{WINDOW}s = {pace['per_window'] / LIMIT:.0%} of the limit "
        f"({pace['answered']:.0f} answered in {pace['elapsed']:.0f}s); 429 answers {pace['limited']:.0f} of "
        f"{pace['total']:.0f} = {share:.1%}; failed asks {pace['errors']:.0f}"
    )


if __name__ == "__main__":
    main()
