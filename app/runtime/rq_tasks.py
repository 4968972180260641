"""What RQ actually runs: a task function under a lease, and the callbacks that settle a job.

`run_task(func, payload)` renews `keys.lease_key(job)` while the task runs; the app's reaper requeues a
started job whose lease has lapsed (its worker died). The failure callback turns a job that has no retry
left into a `stage.failed` (or `discovery.failed`) event, so the seeker sees it in `pending`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

import redis
from rq.job import Job
from rq.registry import StartedJobRegistry

from app import keys
from app.runtime.events import Event, event_id
from app.runtime.redis_bus import RedisBus

log = logging.getLogger(__name__)

RUN_TASK = "app.runtime.rq_tasks.run_task"
ON_SUCCESS = "app.runtime.rq_tasks.on_success"
ON_FAILURE = "app.runtime.rq_tasks.on_failure"


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class Lease:
    """A key with a TTL, renewed every third of it by a thread, deleted when the work is done.

    With `started_key` (RQ's started-job registry of the job's queue), each renewal also pushes the job's
    expiry there forward, so RQ's own maintenance never takes a long, live job for an abandoned one.
    """

    def __init__(
        self, conn: redis.Redis, key: str, ttl_s: float, *, job_id: str = "", started_key: str | None = None
    ) -> None:
        self.conn, self.key, self.job_id, self.started_key = conn, key, job_id, started_key
        self.ttl_ms = max(int(ttl_s * 1000), 300)
        self.holder = f"{socket.gethostname()}:{os.getpid()}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._renew, name="jobsmith-lease", daemon=True)

    def __enter__(self) -> Lease:
        self.conn.set(self.key, self.holder, px=self.ttl_ms)
        self._thread.start()
        return self

    def _renew(self) -> None:
        while not self._stop.wait(self.ttl_ms / 3000):
            try:
                self.conn.set(self.key, self.holder, px=self.ttl_ms)
                if self.started_key:
                    members = [_text(m) for m in self.conn.zrange(self.started_key, 0, -1)]
                    mine = [m for m in members if m.startswith(f"{self.job_id}:")]
                    if mine:
                        expiry = time.time() + self.ttl_ms / 1000 + 60
                        self.conn.zadd(self.started_key, dict.fromkeys(mine, expiry), xx=True)
            except redis.RedisError as exc:  # Redis restarting: keep trying; the reaper may requeue meanwhile
                log.warning("lease.renew_failed key=%s error=%s", self.key, exc)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        with contextlib.suppress(redis.RedisError):
            self.conn.delete(self.key)


# The registry of jobsmith's tasks lives with the workers (app/workers/registry.py), which register its look-up
# here when imported (every worker imports it: `python -m app.workers` and the guarded worker class). A process
# with none registered runs nothing: fail closed.
_task_lookup: Callable[[str], Any] | None = None


def register_task_lookup(lookup: Callable[[str], Any]) -> None:
    global _task_lookup
    _task_lookup = lookup


def run_task(func: str, payload: dict[str, Any]) -> Any:
    """The RQ entry point for every jobsmith task: `func` is the task's dotted name."""
    from rq import get_current_job

    # a second check behind the worker's guard: only registered tasks, never an import by name
    task = _task_lookup(func) if _task_lookup is not None else None
    if task is None:
        raise PermissionError(f"not a registered jobsmith task: {str(func)[:200]!r}")
    task.validate(payload)
    job = get_current_job()
    if job is None:  # called directly (tests, a synchronous queue): no lease to hold
        return task.function()(payload)
    started = StartedJobRegistry(job.origin, connection=job.connection).key
    with Lease(
        job.connection, keys.lease_key(job.id), float(job.meta.get("lease_s", 30)), job_id=job.id, started_key=started
    ):
        return task.function()(payload)


def on_success(job: Job, connection: redis.Redis, result: Any, *args: Any, **kwargs: Any) -> None:
    connection.zrem(keys.inflight_key(job.origin), job.id)


def on_failure(
    job: Job,
    connection: redis.Redis,
    exc_type: type[BaseException] | None = None,
    exc_value: BaseException | None = None,
    tb: Any = None,
) -> None:
    """Called by RQ on every failed attempt; only the last one (no retry left) becomes an event."""
    reason = f"{exc_type.__name__}: {exc_value}" if exc_type else "the task failed"
    if job.retries_left:
        log.warning("rq.task_failed_will_retry job=%s retries_left=%s reason=%s", job.id, job.retries_left, reason)
        return
    publish_failure(connection, job, reason)


def publish_failure(conn: redis.Redis, job: Job, reason: str) -> None:
    """Report a job that will not run again, then forget it. The event id is fixed, so repeating is harmless."""
    meta = job.meta or {}
    attempts = int(meta.get("attempts_allowed", 1))
    error = f"{reason} (gave up after {attempts} attempt{'s' if attempts != 1 else ''})"
    if job.origin == keys.QUEUE_PIPELINE and meta.get("run_id"):
        event = Event(
            id=event_id(meta["run_id"], "worker", "failed"),
            type="stage.failed",
            job_id=meta.get("job_id"),
            run_id=meta["run_id"],
            stage="worker",
            data={"error": error, "kind": "WorkerFailure", "rq_job": job.id},
        )
    else:
        event = Event(
            id=f"{meta.get('key', job.id)}:{job.origin}:failed:0",
            type="discovery.failed",
            data={"error": error, "key": meta.get("key"), "rq_job": job.id},
        )
    log.error("rq.task_gave_up job=%s queue=%s error=%s", job.id, job.origin, error)
    RedisBus(conn).publish(event)
    conn.zrem(keys.inflight_key(job.origin), job.id)
