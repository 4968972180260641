"""200 jobs through 3 worker processes while a worker, the app, or Redis dies mid-run.

Every job must end where the pipeline's own pure functions say it should, with one set of documents,
every run's final event applied exactly once, and nothing left unacknowledged on the stream.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import redis

from app import keys
from app.runtime.cluster import WorkerPool
from app.service import Jobsmith
from app.testing.redis_server import RedisServer
from tests.runtime.conftest import wait_until
from tests.runtime.jobs import expected_status, make_jobs

N_JOBS = 200
pytestmark = pytest.mark.slow


def _settings(settings: Any, url: str) -> Any:
    return settings.model_copy(
        update={
            "REDIS_URL": url,
            "JOB_RECOVERY_SECONDS": 3,
            "RECORDER_CLAIM_IDLE_MS": 2000,
            "JOB_RETRY_BACKOFF_SECONDS": 1,
        }
    )


def _busy(redis_server: RedisServer, pid: int) -> bool:
    from rq import Worker

    return any(w.pid == pid and w.get_state() == "busy" for w in Worker.all(connection=redis_server.client()))


def _settled(svc: Jobsmith) -> int:
    return int(svc.store.scalar("SELECT count(*) FROM jobs WHERE status NOT IN ('queued', 'processing')"))


def assert_every_job_settled_correctly(svc: Jobsmith, jobs: list) -> None:
    expected = {j.id: expected_status(j, svc.config) for j in jobs}
    rows = {r["id"]: r for r in svc.store.read("SELECT id, status, run_id, error FROM jobs")}
    wrong = {
        jid: (rows[jid]["status"], want, rows[jid]["error"])
        for jid, want in expected.items()
        if rows[jid]["status"] != want
    }
    assert not wrong, f"{len(wrong)} jobs in the wrong state, e.g. {list(wrong.items())[:3]}"
    # every queued run's final event applied (none lost); a job that failed the gates at intake was never
    # queued and has no run events at all ...
    applied = {r["event_id"] for r in svc.store.read("SELECT event_id FROM applied_events")}
    queued = {r["job_id"] for r in svc.store.read("SELECT job_id FROM status_history WHERE to_status = 'queued'")}
    missing = [jid for jid in expected if jid in queued and f"{rows[jid]['run_id']}:pipeline:finished:0" not in applied]
    assert not missing
    at_intake = [jid for jid in expected if jid not in queued]
    assert all(rows[jid]["status"] == "filtered" for jid in at_intake)
    assert not svc.store.read(
        "SELECT job_id FROM applied_events WHERE job_id IN (SELECT unnest(?::VARCHAR[]))", [at_intake]
    )
    # ... and no stage recorded twice (none applied twice)
    twice = svc.store.read(
        "SELECT job_id, run_id, stage, state, count(*) AS n FROM stage_runs "
        "GROUP BY job_id, run_id, stage, state HAVING count(*) > 1"
    )
    assert not twice
    # one set of documents per matching job, one export folder each, no half-written files
    ready = sorted(jid for jid, s in expected.items() if s == "awaiting_approval")
    docs = svc.store.read("SELECT job_id, count(*) AS n FROM documents GROUP BY job_id ORDER BY job_id")
    assert [d["job_id"] for d in docs] == ready and all(d["n"] == 3 for d in docs)
    folders = [p for p in svc.settings.EXPORT_DIR.iterdir() if p.is_dir()]
    assert len(folders) == len(ready)
    for folder in folders:
        names = sorted(p.name for p in folder.iterdir())
        assert len(names) == 3 and "job_info.json" in names, names
    assert svc.bus.pending() == 0  # type: ignore[attr-defined]


def test_200_jobs_survive_a_worker_killed_mid_run(
    settings: Any, redis_server: RedisServer, workers: Callable[..., WorkerPool]
) -> None:
    svc = Jobsmith(_settings(settings, redis_server.url)).start()
    try:
        pool = workers(3, redis_server.url)
        jobs = make_jobs(N_JOBS)
        svc.add_jobs(jobs)
        assert wait_until(lambda: _settled(svc) >= 10, 60)
        busy: list[int] = []

        def some_worker_busy() -> bool:
            busy[:] = [i for i, p in enumerate(pool.procs) if _busy(redis_server, p.pid)]
            return bool(busy)

        # Whichever worker is mid-job goes (on a fast machine a given one is often idle between jobs).
        assert wait_until(some_worker_busy, 30)
        pool.kill(busy[0])  # SIGKILL a worker in the middle of a job
        assert pool.alive() == 2
        assert svc.wait_idle(150), _stuck(svc, redis_server.client())
        assert_every_job_settled_correctly(svc, jobs)
        # Most jobs here take ~0.1 s, so the kill may land after the task but before RQ's bookkeeping: then
        # nothing needs recovering. test_rq_executor kills a worker mid-task and checks the takeover itself.
    finally:
        svc.stop()


def _recorder_group(conn: redis.Redis) -> dict[str, Any]:
    """The recorder's consumer group on the event stream, as XINFO GROUPS reports it."""
    groups = {
        str(g["name"], "utf-8") if isinstance(g["name"], bytes) else g["name"]: g
        for g in conn.xinfo_groups(keys.EVENT_STREAM)
    }
    return groups.get(keys.RECORDER_GROUP, {})


def _mid_recording(conn: redis.Redis) -> bool:
    """Events applied and acknowledged, and more read by the recorder and not yet acknowledged."""
    try:
        group = _recorder_group(conn)
    except redis.ResponseError:  # no stream yet
        return False
    pending, read = int(group.get("pending", 0)), int(group.get("entries-read") or 0)
    return pending > 0 and read - pending >= 50


def _frozen_mid_recording(app: subprocess.Popen[str], conn: redis.Redis) -> bool:
    """Freeze the app (SIGSTOP) and check that it is mid-recording while it cannot act: checked and killed at
    the same point, with no acknowledgement slipping in between the check and the kill. Thawed when not."""
    if not _mid_recording(conn):
        return False
    os.kill(app.pid, signal.SIGSTOP)
    while Path(f"/proc/{app.pid}/stat").read_text().rsplit(")", 1)[1].split()[0] not in {"T", "t"}:
        time.sleep(0.001)  # the stop is delivered asynchronously
    time.sleep(0.05)  # a command the app sent just before it stopped reaches Redis before the check
    if _mid_recording(conn):
        return True
    os.kill(app.pid, signal.SIGCONT)
    return False


def _stuck(svc: Jobsmith, conn: redis.Redis) -> str:
    """Each job not settled: its status, its last recorded stage, and the last event on the stream for it."""
    rows = svc.store.read(
        "SELECT j.id, j.status, j.run_id, (SELECT stage || ' ' || state FROM stage_runs s WHERE s.job_id = j.id "
        "ORDER BY created_at DESC LIMIT 1) AS stage, (SELECT event_id FROM applied_events a WHERE a.job_id = j.id "
        "ORDER BY applied_at DESC LIMIT 1) AS applied FROM jobs j WHERE status IN ('queued', 'processing')"
    )
    last_on_stream: dict[str, str] = {}
    for _, event in svc.bus.history(after="0-0", count=1_000_000):
        if event.job_id:
            last_on_stream[event.job_id] = f"{event.type} {event.stage} (run {event.run_id})"
    lines = [
        f"{r['id']}: {r['status']}, run {r['run_id']}, last stage {r['stage']}, last applied {r['applied']}, "
        f"last on the stream {last_on_stream.get(r['id'])}"
        for r in rows
    ]
    return f"{len(rows)} jobs not settled, {svc.bus.pending()} events unacknowledged:\n" + "\n".join(lines)  # type: ignore[attr-defined]


def test_200_jobs_survive_the_app_killed_mid_recording(
    settings: Any, redis_server: RedisServer, workers: Callable[..., WorkerPool]
) -> None:
    s = _settings(settings, redis_server.url)
    env = {
        **os.environ,
        **{k: str(v) for k, v in s.model_dump().items() if v is not None and not hasattr(v, "get_secret_value")},
    }
    root = Path(__file__).resolve().parents[2]
    conn = redis_server.client()
    app = subprocess.Popen(
        [sys.executable, "-m", "tests.runtime.app_proc", str(N_JOBS)],
        env=env,
        cwd=root,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        workers(3, redis_server.url)
        assert app.stdout is not None and app.stdout.readline().strip() == "added"
        assert wait_until(lambda: _frozen_mid_recording(app, conn), 60, step=0.005), _recorder_group(conn)
    finally:
        app.kill()  # SIGKILL (a frozen process dies too)
        app.wait(10)
    # The kill landed where it means something: the dead recorder had read events it never acknowledged.
    left = conn.xpending(keys.EVENT_STREAM, keys.RECORDER_GROUP)
    assert left["pending"] > 0, left
    svc = Jobsmith(s).start()  # a new app on the same DuckDB file
    try:
        assert svc.wait_idle(150), _stuck(svc, conn)
        assert_every_job_settled_correctly(svc, make_jobs(N_JOBS))
    finally:
        svc.stop()


def test_200_jobs_survive_a_redis_restart_mid_run(
    settings: Any, redis_server: RedisServer, workers: Callable[..., WorkerPool]
) -> None:
    svc = Jobsmith(_settings(settings, redis_server.url)).start()
    try:
        workers(3, redis_server.url)
        jobs = make_jobs(N_JOBS)
        svc.add_jobs(jobs)
        assert wait_until(lambda: _settled(svc) >= N_JOBS // 4, 60)
        redis_server.kill()  # SIGKILL; the append-only file is fsynced on every write
        time.sleep(1)
        redis_server.start()
        assert svc.wait_idle(150), _stuck(svc, redis_server.client())
        assert_every_job_settled_correctly(svc, jobs)
    finally:
        svc.stop()
