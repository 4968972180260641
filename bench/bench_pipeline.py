"""The pipeline as it really runs: N postings through the app (recorder, DuckDB, exporter) and RQ workers.

For 1, 2, 4 and 8 worker processes (`python -m app.workers`) on a private redis-server, the app adds
`--jobs-per-worker` x workers postings that all match the demo seeker, so every job makes the four model
calls (fit, plan, letter, review) against the fake provider, tailors the demo CV and letter, and is recorded
with its documents exported. The fake answers at a realistic pace: `--latency` seconds to the first token,
then `--tokens-per-second` for the answer's length (the plan and the letter are about 500 tokens each).

Ideal throughput is workers / (model seconds per job): what the run would reach if everything but waiting
for the model (tailoring, queueing, events, recording) took no time. Where the time goes is the worker
time per job split into model wait, pipeline work in the stages, and the rest (queueing, RQ, idle at the
end of the run), plus how long the recorder took after the last job finished. Goal: >= 90% of ideal at 8.

Run: .venv/bin/python bench/bench_pipeline.py [--workers 1 2 4 8] [--jobs-per-worker 3] [--latency 0.5]
     [--tokens-per-second 200]. The figures are the last lines printed.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.config.agents import AgentsConfig  # noqa: E402
from app.settings import Settings  # noqa: E402
from app.testing import samples  # noqa: E402
from app.testing.fake_llm import FakeLLMServer  # noqa: E402
from app.testing.redis_server import RedisServer  # noqa: E402
from tests.runtime.jobs import make_jobs  # noqa: E402  (distinct postings that match the demo seeker)

DEMO = ROOT / "app" / "demo"
AGENTS_YAML = """export_pdf: false
match: {provider: anthropic}
tailor: {provider: anthropic}
cover_letter: {provider: anthropic}
review: {provider: anthropic}
budgets: {per_job_usd: 100, per_day_usd: 100000}
providers:
  anthropic: {requests_per_minute: 100000, tokens_per_minute: 1000000000, default_model: claude-sonnet-5-5}
"""


def answers() -> dict[str, Any]:
    """What a careful model answers for the demo CV: the offline engine's plan and letter (real text of real
    length), a fit assessment and a review with reasons written out."""
    import yaml

    from app.config.search import SearchConfig
    from app.documents.offline import make_letter, make_plan
    from app.documents.reader import load
    from app.documents.relevance import posting_terms

    cv = load((DEMO / "cv" / "Alex_Morgan_CV.docx").read_bytes()).cv
    job = make_jobs(1, every_match=1)[0]
    search = SearchConfig.model_validate(yaml.safe_load((DEMO / "config" / "search.yaml").read_text()))
    agents = AgentsConfig()
    terms = posting_terms(job, None, search)
    fit = {
        "score": 0.86,
        "verdict": "strong",
        "matched_skills": ["Python", "SQL", "Databricks", "dbt", "Terraform"],
        "missing_skills": [],
        "reasons": [
            "Contract data engineering in Python and SQL, remote from Hobart, as the posting asks.",
            "Has built ingestion pipelines with Azure Data Factory, Databricks and dbt.",
            "Has run Terraform for data platforms and Delta Lake tables, both named as a plus.",
        ],
        "concerns": ["The day rate is not stated; the seeker's floor is AUD 800 a day."],
    }
    return {
        "FitAssessment": fit,
        "TailoringPlan": make_plan(cv, terms, agents).model_dump(mode="json"),
        "CoverLetterDraft": make_letter(cv, job, terms, agents, "Dear Hiring Manager,").model_dump(mode="json"),
        "DocumentReview": samples.FULL_REVIEW,
    }


def workdir(tmp: Path) -> Path:
    (tmp / "config").mkdir(parents=True)
    shutil.copy(DEMO / "config" / "search.yaml", tmp / "config" / "search.yaml")
    (tmp / "config" / "agents.yaml").write_text(AGENTS_YAML)
    (tmp / "templates").mkdir()
    for f in (DEMO / "cv").glob("*.docx"):
        shutil.copy(f, tmp / "templates" / f.name)
    return tmp


def run(workers: int, jobs: int, fake: FakeLLMServer, tmp: Path) -> dict[str, Any]:
    """One run with a fresh Redis, database and export folder; returns its figures."""
    from rq import Worker

    from app.runtime.cluster import start_workers
    from app.service import Jobsmith

    base = workdir(tmp / f"w{workers}")
    env = {
        "ANTHROPIC_API_KEY": "bench-key",
        "ANTHROPIC_BASE_URL": fake.url,
        "CACHE_DIR": str(base / "cache"),
        "LOG_LEVEL": "WARNING",
    }
    with RedisServer(base / "redis", fsync="everysec") as redis:
        settings = Settings(
            _env_file=None,
            DUCKDB_PATH=base / "data" / "jobs.duckdb",
            CONFIG_DIR=base / "config",  # type: ignore[call-arg]
            TEMPLATES_DIR=base / "templates",
            EXPORT_DIR=base / "export",
            CACHE_DIR=base / "cache",
            REDIS_URL=redis.url,
            ANTHROPIC_API_KEY="bench-key",
            ANTHROPIC_BASE_URL=fake.url,
        )
        pool = start_workers(workers, redis.url, log_dir=base / "logs", env=env)
        svc = Jobsmith(settings).start()
        try:
            conn = redis.client()
            deadline = time.monotonic() + 120
            while Worker.count(connection=conn) < workers and time.monotonic() < deadline:
                time.sleep(0.1)
            postings = make_jobs(workers + jobs, every_match=1)
            # One job per worker first, unmeasured: a fresh worker's first job imports the model SDK and
            # builds its clients (timed separately below); the run measures workers in their steady state.
            t_warm = time.time()
            svc.add_jobs(postings[:workers])
            if not svc.wait_idle(600):
                raise RuntimeError(f"{workers} workers: the warm-up jobs did not settle in 600 s")
            warm = time.time() - t_warm
            fake.reset()
            t0 = time.time()
            svc.add_jobs(postings[workers:])
            if not svc.wait_idle(600):
                raise RuntimeError(f"{workers} workers: the jobs did not settle in 600 s")
            done = time.time()
            return {**figures(svc, fake, workers, [j.id for j in postings[workers:]], t0, done), "warm": warm}
        finally:
            svc.stop()
            pool.stop(grace_s=10)


def figures(svc: Any, fake: FakeLLMServer, workers: int, ids: list[str], t0: float, done: float) -> dict[str, Any]:
    jobs = len(ids)
    statuses = {r["status"]: r["n"] for r in svc.store.read("SELECT status, count(*) AS n FROM jobs GROUP BY 1")}
    if statuses != {"awaiting_approval": jobs + workers}:
        raise RuntimeError(f"{workers} workers: expected {jobs + workers} jobs awaiting approval, got {statuses}")
    measured = "state = 'finished' AND job_id IN (SELECT unnest(?::VARCHAR[]))"
    stage_s = float(svc.store.scalar(f"SELECT coalesce(sum(ms), 0) FROM stage_runs WHERE {measured}", [ids])) / 1000
    state = fake.state
    usage = fake.stats()["usage"]
    model_s = sum(state.latency + u["output_tokens"] / state.output_tokens_per_second for u in usage)
    per_stage = {
        r["stage"]: r["s"] / jobs
        for r in svc.store.read(
            f"SELECT stage, sum(ms) / 1000 AS s FROM stage_runs WHERE {measured} GROUP BY stage", [ids]
        )
    }
    per_call = {}
    for u in usage:
        per_call[u["schema"]] = (
            per_call.get(u["schema"], 0.0)
            + (state.latency + u["output_tokens"] / state.output_tokens_per_second) / jobs
        )
    finished = [
        e.at.timestamp()
        for _, e in svc.bus.history(after="0-0", count=1_000_000)
        if e.type == "job.finished" and e.job_id in set(ids)
    ]
    wall = done - t0
    return {
        "workers": workers,
        "jobs": jobs,
        "wall": wall,
        "rate": jobs / wall,
        "calls": len(usage) / jobs,
        "model": model_s / jobs,
        "stages": stage_s / jobs,
        "worker_time": workers * wall / jobs,
        "recorder_tail": done - max(finished),
        "output_tokens": sum(u["output_tokens"] for u in usage) / jobs,
        "per_stage": per_stage,
        "per_call": per_call,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--jobs-per-worker", type=int, default=3)
    parser.add_argument("--latency", type=float, default=0.5, help="seconds to the first token of an answer")
    parser.add_argument("--tokens-per-second", type=float, default=200.0, help="the model's output rate")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    rows = []
    tmp = Path(tempfile.mkdtemp(prefix="bench-pipeline-"))
    started = datetime.now(UTC)
    try:
        with FakeLLMServer(
            answers=answers(), latency=args.latency, output_tokens_per_second=args.tokens_per_second
        ) as fake:
            for w in args.workers:
                row = run(w, args.jobs_per_worker * w, fake, tmp)
                rows.append(row)
                print(f"  {w} workers: {row['jobs']} jobs in {row['wall']:.1f}s", flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    took = (datetime.now(UTC) - started).total_seconds()
    first = rows[0]
    print(
        f"\npipeline benchmark: the app (recorder, DuckDB, exporter) and python -m app.workers on a private "
        f"redis-server; every job matches and makes {first['calls']:.0f} model calls "
        f"({first['output_tokens']:.0f} output tokens) against the fake at {args.latency:g} s + "
        f"{args.tokens_per_second:g} tokens/s = {first['model']:.2f} s of model time per job; "
        f"{args.jobs_per_worker} jobs per worker; bench took {took:.0f}s"
    )
    print(
        "ideal = workers / model seconds per job. Worker time per job = model wait + work in the stages + "
        "rest (queueing, RQ, events, idle at the end)"
    )
    print(
        f"{'workers':>7} {'jobs':>5} {'seconds':>8} {'jobs/s':>7} {'ideal/s':>8} {'of ideal':>9}"
        f" {'worker s/job':>12} {'model':>6} {'stages':>7} {'rest':>6} {'recorder tail':>14}"
    )
    for r in rows:
        ideal = r["workers"] / r["model"]
        work = r["stages"] - r["model"]
        rest = r["worker_time"] - r["stages"]
        print(
            f"{r['workers']:>7} {r['jobs']:>5} {r['wall']:>8.1f} {r['rate']:>7.3f} {ideal:>8.3f} "
            f"{r['rate'] / ideal:>8.0%} {r['worker_time']:>12.2f} {r['model']:>6.2f} {work:>7.2f} {rest:>6.2f} "
            f"{r['recorder_tail']:>13.2f}s"
        )
    for r in rows:
        stages = ", ".join(f"{k} {v:.2f}" for k, v in sorted(r["per_stage"].items()))
        calls = ", ".join(f"{k} {v:.2f}" for k, v in sorted(r["per_call"].items()))
        print(
            f"{r['workers']} workers, seconds per job: stages {stages}; model calls in them {calls}; "
            f"warm-up (first job of each fresh worker, unmeasured) {r['warm']:.1f}s"
        )
    last = rows[-1]
    print(
        f"at {last['workers']} workers: {last['rate'] * last['model'] / last['workers']:.0%} of ideal "
        f"(goal: at least 90%)"
    )


if __name__ == "__main__":
    main()
