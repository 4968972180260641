"""Distributed runtime throughput: jobs through real `python -m app.workers` processes and a private Redis.

Each job is `CALLS` simulated LLM calls of `LATENCY_S` each (a sleep, like a slow provider), publishing
stage events to the Redis stream as the pipeline does; a consumer-group reader stands in for the
recorder (no DuckDB, so only the runtime is measured). The clock runs from the first enqueue to the last
`job.finished` read off the stream. Ideal throughput is workers / (CALLS x LATENCY_S) jobs per second;
fewer jobs run with fewer workers (25 per worker), and the ideal is scaled to each run's own worker count.
Then the queueing overhead: jobs with no latency at all, per job, in milliseconds.

Usage: .venv/bin/python bench/bench_runtime.py [--workers 1 2 4 8] [--latency 0.5] [--calls 2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TASK = "bench.bench_runtime.slow_task"


def slow_task(payload: dict[str, Any]) -> str:
    """The bench's task: `calls` sleeps of `latency` seconds, each a stage with started/finished events."""
    from app.runtime.context import get_worker_context
    from app.runtime.events import Event, event_id

    bus = get_worker_context().bus
    job_id, run_id = payload["job_id"], payload["run_id"]
    for n in range(payload["calls"]):
        stage = f"call{n}"
        bus.publish(
            Event(
                id=event_id(run_id, stage, "started"), type="stage.started", job_id=job_id, run_id=run_id, stage=stage
            )
        )
        time.sleep(payload["latency"])
        bus.publish(
            Event(
                id=event_id(run_id, stage, "finished"),
                type="stage.finished",
                job_id=job_id,
                run_id=run_id,
                stage=stage,
                data={"ms": payload["latency"] * 1000},
            )
        )
    bus.publish(
        Event(
            id=event_id(run_id, "pipeline", "finished"),
            type="job.finished",
            job_id=job_id,
            run_id=run_id,
            stage="pipeline",
            data={"outcome": "bench"},
        )
    )
    return "ok"


def run(url: str, workers: int, jobs: int, calls: int, latency: float, logs: Path, fork: bool = False) -> float:
    """Seconds from the first enqueue until every job's `job.finished` was read and acknowledged."""
    from rq import Worker

    from app.runtime.cluster import start_workers
    from app.runtime.redis_backend import connect
    from app.runtime.redis_bus import RedisBus
    from app.runtime.rq_executor import RqExecutor

    conn = connect(url)
    conn.flushall()
    pool = start_workers(workers, url, fork=fork, log_dir=logs / f"w{workers}-l{latency}")
    try:
        deadline = time.monotonic() + 120
        while Worker.count(connection=conn) < workers and time.monotonic() < deadline:
            time.sleep(0.1)
        bus = RedisBus(conn)
        bus.ensure_group()
        executor = RqExecutor(conn, retries=0, recovery_s=60)
        tag = f"w{workers}l{latency}"
        t0 = time.perf_counter()
        for i in range(jobs):
            executor.enqueue(
                "pipeline",
                TASK,
                {"job_id": f"job{i}", "run_id": f"{tag}r{i}", "calls": calls, "latency": latency},
                key=f"job{i}:{tag}r{i}",
            )
        finished = 0
        while finished < jobs:
            entries = bus.read(block_ms=1000, count=500)
            finished += sum(e.type == "job.finished" for _, e in entries)
            bus.ack([i for i, _ in entries])
        elapsed = time.perf_counter() - t0
        executor.close()
        return elapsed
    finally:
        pool.stop(grace_s=10)


def main() -> None:
    from app.runtime.cluster import start_private_redis, stop_private_redis

    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4, 8])
    parser.add_argument("--latency", type=float, default=0.5, help="seconds per simulated call")
    parser.add_argument("--calls", type=int, default=2, help="calls per job")
    parser.add_argument("--jobs-per-worker", type=int, default=25)
    parser.add_argument("--overhead-jobs", type=int, default=100)
    parser.add_argument("--fork", action="store_true", help="workers fork a process per job (RQ's default)")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-runtime-"))
    url, redis_proc = start_private_redis(tmp / "redis")
    rows = []
    try:
        for w in args.workers:
            jobs = min(200, args.jobs_per_worker * w)
            elapsed = run(url, w, jobs, args.calls, args.latency, tmp / "logs", args.fork)
            rate, ideal = jobs / elapsed, w / (args.calls * args.latency)
            rows.append((w, jobs, elapsed, rate, ideal))
            print(f"  {w} workers: {jobs} jobs in {elapsed:.1f}s", flush=True)
        overhead = {}
        for w in (1, max(args.workers)):
            elapsed = run(url, w, args.overhead_jobs, args.calls, 0.0, tmp / "logs", args.fork)
            overhead[w] = elapsed * 1000 * w / args.overhead_jobs
    finally:
        stop_private_redis(redis_proc)

    print(
        f"\nruntime benchmark: {args.calls} calls x {args.latency * 1000:.0f} ms per job, python -m app.workers "
        f"({'forking' if args.fork else 'in-process'} RQ workers), private redis-server, JSON serializer; "
        f"jobs = {args.jobs_per_worker} per worker (max 200), ideal scaled to each run's workers"
    )
    print(f"{'workers':>7} {'jobs':>5} {'seconds':>8} {'jobs/s':>8} {'ideal/s':>8} {'of ideal':>9}")
    for w, jobs, elapsed, rate, ideal in rows:
        print(f"{w:>7} {jobs:>5} {elapsed:>8.1f} {rate:>8.2f} {ideal:>8.2f} {rate / ideal:>8.0%}")
    for w, ms in overhead.items():
        print(
            f"queueing overhead, no latency, {w} worker{'s' if w > 1 else ''}: {ms / w:.1f} ms per job "
            f"wall-clock ({1000 * w / ms:.0f} jobs/s), {ms:.1f} ms of worker time per job"
        )


if __name__ == "__main__":
    main()
