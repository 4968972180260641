"""Workers run only jobsmith's registered tasks, hold no mail secrets, and Redis needs a password."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import redis
from rq import Queue
from rq.job import Callback, Job, JobStatus
from rq.serializers import JSONSerializer

from app import keys
from app.runtime.cluster import WorkerPool
from app.runtime.redis_backend import connect
from app.runtime.rq_tasks import RUN_TASK
from app.workers.guard import refused
from app.workers.tasks import PIPELINE_TASK


def _wait(predicate: Callable[[], bool], timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


def _queue(conn: redis.Redis) -> Queue:
    return Queue(keys.QUEUE_PIPELINE, connection=conn, serializer=JSONSerializer)


def _status(conn: redis.Redis, job_id: str) -> JobStatus | None:
    return Job.fetch(job_id, connection=conn, serializer=JSONSerializer).get_status()


def test_os_system_enqueued_on_the_pipeline_queue_never_runs(
    private_redis: str, worker_procs: Callable[..., WorkerPool], tmp_path: Path
) -> None:
    conn = connect(private_redis)
    marker = tmp_path / "pwned"
    worker_procs(1, private_redis)
    direct = _queue(conn).enqueue_call("os.system", args=(f"touch {marker}",))
    via_entry = _queue(conn).enqueue_call(RUN_TASK, args=("os.system", f"touch {marker}"))
    assert _wait(lambda: len(refused(conn)) >= 2), "the worker did not record the refusals"
    time.sleep(0.5)
    assert not marker.exists()
    assert _status(conn, direct.id) == JobStatus.FAILED
    assert _status(conn, via_entry.id) == JobStatus.FAILED
    reasons = {r["job"]: r["reason"] for r in refused(conn)}
    assert "not a jobsmith task entry point: 'os.system'" in reasons[direct.id]
    assert "not a registered jobsmith task: 'os.system'" in reasons[via_entry.id]


def test_a_foreign_callback_on_a_registered_task_is_refused(
    private_redis: str, worker_procs: Callable[..., WorkerPool], tmp_path: Path
) -> None:
    conn = connect(private_redis)
    marker = tmp_path / "pwned"
    worker_procs(1, private_redis)
    job = _queue(conn).enqueue_call(
        RUN_TASK,
        args=(PIPELINE_TASK, {"bad": "order"}),
        on_failure=Callback("os.system"),
        on_success=Callback("os.system"),
    )
    assert _wait(lambda: bool(refused(conn)))
    assert not marker.exists()
    assert "callback is not jobsmith's" in refused(conn)[0]["reason"]
    assert _status(conn, job.id) == JobStatus.FAILED


def test_a_registered_task_with_a_malformed_payload_is_refused_unrun(
    private_redis: str, worker_procs: Callable[..., WorkerPool]
) -> None:
    conn = connect(private_redis)
    worker_procs(1, private_redis)
    _queue(conn).enqueue_call(RUN_TASK, args=(PIPELINE_TASK, {"job": {"id": "x"}, "run_id": 5}))
    assert _wait(lambda: bool(refused(conn)))
    assert refused(conn)[0]["reason"].startswith(f"invalid payload for {PIPELINE_TASK}")


def test_the_worker_still_runs_jobsmith_tasks_after_a_refusal(
    private_redis: str, worker_procs: Callable[..., WorkerPool]
) -> None:
    conn = connect(private_redis)
    worker_procs(1, private_redis)
    _queue(conn).enqueue_call("os.system", args=("true",))
    ok = _queue(conn).enqueue_call(RUN_TASK, args=("tests.runtime.tasks.echo_task", {"job_id": "j", "run_id": "r"}))
    assert _wait(lambda: _status(conn, ok.id) == JobStatus.FINISHED)
    assert len(refused(conn)) == 1


def test_the_private_redis_refuses_a_client_without_its_password(private_redis: str) -> None:
    host_port = private_redis.rsplit("@", 1)[1]
    assert host_port.startswith("127.0.0.1:")
    with pytest.raises(redis.AuthenticationError):
        redis.Redis.from_url(f"redis://{host_port}").ping()
    assert connect(private_redis).ping()


def test_workers_get_no_smtp_settings_or_api_token(
    private_redis: str, worker_procs: Callable[..., WorkerPool], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SENDER_PASSWORD", "app-only-secret")
    monkeypatch.setenv("SMTP_SERVER", "smtp.example.com")
    monkeypatch.setenv("API_TOKEN", "api-only-secret")
    pool = worker_procs(1, private_redis)
    proc = Path(f"/proc/{pool.procs[0].pid}")
    # Popen returns once exec has begun; the kernel sets the new program's arguments, then its environment,
    # a moment later, and until then both files read empty (what a loaded machine showed once).
    assert _wait(lambda: bool((proc / "environ").read_bytes())), "the worker did not start"
    environ = (proc / "environ").read_bytes().split(b"\0")
    env = dict(e.decode().split("=", 1) for e in environ if b"=" in e)
    assert env["SENDER_PASSWORD"] == "" and env["SMTP_SERVER"] == "" and env["API_TOKEN"] == ""
    assert b"app-only-secret" not in b"\0".join(environ) and b"api-only-secret" not in b"\0".join(environ)
    assert env["REDIS_URL"] == private_redis
    cmdline = (proc / "cmdline").read_bytes()
    assert private_redis.encode() not in cmdline  # the password never shows in ps


def test_refusals_are_recorded_as_json(private_redis: str, worker_procs: Callable[..., WorkerPool]) -> None:
    conn = connect(private_redis)
    worker_procs(1, private_redis)
    job = _queue(conn).enqueue_call("subprocess.call", args=(["true"],))
    assert _wait(lambda: bool(conn.lrange(keys.REFUSED_KEY, 0, -1)))
    record = json.loads(conn.lindex(keys.REFUSED_KEY, 0))
    assert record["job"] == job.id and record["queue"] == "pipeline" and record["worker"]


def test_the_command_compose_runs_refuses_os_system(private_redis: str, tmp_path: Path) -> None:
    import subprocess
    import sys

    import yaml

    root = Path(__file__).resolve().parents[2]
    command = yaml.safe_load((root / "docker-compose.yml").read_text())["services"]["worker"]["command"].split()
    conn = connect(private_redis)
    marker = tmp_path / "pwned"
    job = _queue(conn).enqueue_call("os.system", args=(f"touch {marker}",))
    rq = str(Path(sys.executable).with_name("rq"))
    from urllib.parse import urlsplit

    url = urlsplit(private_redis)  # as Compose passes it: the URL without, and the password beside it
    env = {**os.environ, "REDIS_URL": f"redis://{url.hostname}:{url.port}/0", "REDIS_PASSWORD": str(url.password)}
    done = subprocess.run([rq, *command[1:], "--burst"], env=env, cwd=root, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert not marker.exists()
    assert _status(conn, job.id) == JobStatus.FAILED
    assert refused(conn)[0]["job"] == job.id


def test_a_worker_whose_redis_is_gone_stops_on_the_first_sigterm(tmp_path: Path) -> None:
    import signal

    from app.runtime.cluster import new_redis_password, start_private_redis, start_workers

    url, redis_proc = start_private_redis(tmp_path / "redis", password=new_redis_password())
    pool = start_workers(1, url, log_dir=tmp_path / "logs")
    proc = pool.procs[0]
    try:
        from rq import Worker

        conn = connect(url)
        assert _wait(lambda: len(Worker.all(connection=conn)) == 1)
        redis_proc.kill()  # Redis is gone for good
        redis_proc.wait(10)
        time.sleep(3)  # the worker notices and starts retrying
        assert proc.poll() is None
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)  # once
        proc.wait(15)
        assert time.monotonic() - started < 15
    finally:
        pool.stop(grace_s=2)
        if redis_proc.poll() is None:
            redis_proc.kill()
