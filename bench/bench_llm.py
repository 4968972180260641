"""LLM layer benchmark against the fake provider (no network, no key):

1. tokens and cost per application (fit, tailoring plan, cover letter, review) at the default model's
   prices, with and without prompt caching;
2. requests per window achieved by 4 worker PROCESSES sharing one Redis-backed pacer against a provider
   limit of 60 requests per 10 s (a scaled-down 60/min), and the share of 429 answers.

Run: .venv/bin/python bench/bench_llm.py [--seconds 30]. The figures are the last lines printed.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.config.agents import AgentsConfig
from app.llm import LLMGateway
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

LIMIT, WINDOW, WORKERS = 60, 10, 4


def agents(**provider: Any) -> AgentsConfig:
    stages = {s: {"provider": "anthropic"} for s in ("match", "tailor", "cover_letter", "review")}
    return AgentsConfig.model_validate({
        **stages, "cache": {"enabled": False}, "budgets": {"per_job_usd": 100, "per_day_usd": 1000},
        "providers": {"anthropic": {"default_model": "claude-sonnet-5-5", **provider}},
    })


def settings(url: str, cache_dir: Path, redis_url: str | None = None) -> Settings:
    return Settings(_env_file=None, ANTHROPIC_API_KEY="bench-key", ANTHROPIC_BASE_URL=url,  # type: ignore[call-arg]
                    CACHE_DIR=cache_dir, REDIS_URL=redis_url)


def application(gateway: LLMGateway, n: int) -> None:
    job, search, cv = samples.job(n), samples.search(), samples.long_cv_text()
    gateway.ask("match", build_fit_prompt(job, search, cv), FitAssessment, job_id=job.id)
    gateway.ask("tailor", build_tailor_prompt(job, search, cv), TailoringPlan, job_id=job.id)
    gateway.ask("cover_letter", build_cover_letter_prompt(job, search, cv), CoverLetterDraft, job_id=job.id)
    gateway.ask("review", build_review_prompt(job, search, cv, "tailored CV and letter text"), DocumentReview,
                job_id=job.id)


def per_application(fake: FakeLLMServer, caching: bool, apps: int = 5) -> dict[str, float]:
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
        gateway = LLMGateway.from_settings(settings(fake.url, Path(tmp)), agents(), on_usage=add,
                                           prompt_caching=caching)
        for n in range(apps):
            application(gateway, n)
    return {k: v / apps for k, v in totals.items()}


def worker(url: str, redis_url: str, index: int, seconds: float, go: Any, start_at: Any, out: Any) -> None:
    cfg = agents(requests_per_minute=LIMIT, window_seconds=WINDOW, max_wait_seconds=WINDOW * 3,
                 tokens_per_minute=10_000_000)
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pacing(seconds: float) -> dict[str, float]:
    port = free_port()
    redis_bin = shutil.which("redis-server") or "/usr/bin/redis-server"
    redis = subprocess.Popen([redis_bin, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                              "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    redis_url = f"redis://127.0.0.1:{port}/0"
    try:
        time.sleep(0.5)
        with FakeLLMServer(answers=samples.ANSWERS, latency=0.05, rate_limit=(LIMIT, WINDOW)) as fake:
            # fork: the workers inherit the imported SDKs (importing them takes seconds on a busy machine);
            # each builds its own gateway, Redis connection and HTTP client after the fork.
            ctx = mp.get_context("fork")
            out, go, start_at = ctx.Queue(), ctx.Event(), ctx.Value("d", 0.0)
            procs = [ctx.Process(target=worker, args=(fake.url, redis_url, i, seconds, go, start_at, out))
                     for i in range(WORKERS)]
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
    finally:
        redis.terminate()
        redis.wait(timeout=10)
    # answers the server produced inside the measured span (calls admitted at its very end are left out)
    answered = sum(1 for u in log if begin <= u["at"] < begin + seconds)
    total = counts.get("anthropic_requests", 0)
    limited = counts.get("status_429", 0)
    return {"answered": answered, "total": total, "limited": limited, "errors": sum(r[3] for r in results),
            "per_window": answered / seconds * WINDOW, "elapsed": seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0, help="length of the pacing run")
    args = parser.parse_args()
    t0 = time.monotonic()
    with FakeLLMServer(answers=samples.ANSWERS) as fake:
        cached, uncached = per_application(fake, True), per_application(fake, False)
    pace = pacing(args.seconds)
    saving = 1 - cached["cost"] / uncached["cost"] if uncached["cost"] else 0.0
    print()
    print("== bench_llm: 4 calls per application (fit, plan, letter, review), claude-sonnet-5-5 at $2/$10 per "
          "MTok, cache write $2.50, cache read $0.10 ==")
    for label, r in (("with prompt caching   ", cached), ("without prompt caching", uncached)):
        print(f"per application {label}: input {r['input']:.0f}, cache write {r['cache_write']:.0f}, "
              f"cache read {r['cache_read']:.0f}, output {r['output']:.0f} tokens; cost ${r['cost']:.5f}")
    print(f"prompt caching saves {saving:.0%} per application; the batch API halves either figure "
          f"(bench took {time.monotonic() - t0:.0f}s)")
    share = pace["limited"] / pace["total"] if pace["total"] else 0.0
    print(f"pacing: {WORKERS} worker processes through Redis, provider limit {LIMIT}/{WINDOW}s: achieved "
          f"{pace['per_window']:.1f} requests/{WINDOW}s = {pace['per_window'] / LIMIT:.0%} of the limit "
          f"({pace['answered']:.0f} answered in {pace['elapsed']:.0f}s); 429 answers {pace['limited']:.0f} of "
          f"{pace['total']:.0f} = {share:.1%}; failed asks {pace['errors']:.0f}")


if __name__ == "__main__":
    main()
