"""RQ workers that run only jobsmith's registered tasks (`app.workers.registry`).

Before a job runs, its function name, arguments and callbacks are checked as plain data read from Redis.
A job that names anything else (`os.system`, a callback elsewhere, a task with a malformed payload) is
refused: marked failed with the reason, recorded in `keys.REFUSED_KEY` and logged; nothing it names is
imported and nothing of it runs. Use with `rq worker --worker-class app.workers.guard.GuardedWorker`
or through `python -m app.workers` (which does).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
from typing import Any

import redis
from rq import SimpleWorker, Worker
from rq.job import Job, JobStatus
from rq.queue import Queue
from rq.worker import BaseWorker, WorkerStatus

from app import keys
from app.runtime.rq_tasks import ON_FAILURE, ON_SUCCESS, RUN_TASK
from app.workers.registry import lookup

log = logging.getLogger(__name__)

_CALLBACKS = {None, ON_SUCCESS, ON_FAILURE}


def refusal(job: Job) -> str | None:
    """Why this job must not run, or None when it is a registered jobsmith task with a valid payload."""
    try:
        func_name, instance, args, kwargs = job.func_name, job.instance, job.args, job.kwargs
    except Exception as exc:  # rq's DeserializationError and whatever a serializer raises on junk
        return f"unreadable job data: {type(exc).__name__}"
    if func_name != RUN_TASK or instance is not None:
        return f"not a jobsmith task entry point: {str(func_name)[:200]!r}"
    if kwargs or not isinstance(args, (list, tuple)) or len(args) != 2:
        return "unexpected arguments for the task entry point"
    task = lookup(args[0])
    if task is None:
        return f"not a registered jobsmith task: {str(args[0])[:200]!r}"
    for name in (job._success_callback_name, job._failure_callback_name, job._stopped_callback_name):
        if name not in _CALLBACKS:
            return f"callback is not jobsmith's: {str(name)[:200]!r}"
    try:
        task.validate(args[1])
    except Exception as exc:  # pydantic's ValidationError, or a payload that is not an object
        return f"invalid payload for {args[0]}: {str(exc)[:500]}"
    return None


def refuse(conn: redis.Redis, job: Job, queue: Queue, reason: str, worker: str) -> None:
    """Mark the job failed without running it, and record why (newest first, last 1000 kept)."""
    log.error("workers.job_refused job=%s queue=%s reason=%s", job.id, job.origin, reason)
    record = json.dumps({"job": job.id, "queue": job.origin, "reason": reason, "worker": worker, "at": time.time()})
    with conn.pipeline() as pipe:
        job.set_status(JobStatus.FAILED, pipeline=pipe)
        job.failed_job_registry.add(
            job, ttl=job.failure_ttl, exc_string=f"refused by jobsmith: {reason}", pipeline=pipe
        )
        pipe.lpush(keys.REFUSED_KEY, record)
        pipe.ltrim(keys.REFUSED_KEY, 0, 999)
        pipe.zrem(keys.inflight_key(job.origin), job.id)
        pipe.lrem(queue.intermediate_queue_key, 1, job.id)  # dequeued into RQ's intermediate list
        pipe.execute()


# Set by the first SIGTERM/SIGINT; `python -m app.workers` then stops instead of starting a new worker.
STOP = threading.Event()


def redis_reachable(conn: redis.Redis, timeout_s: float = 1.0) -> bool:
    """Whether anything accepts a connection at the worker's Redis address (one try, no retries)."""
    kwargs = conn.connection_pool.connection_kwargs
    if kwargs.get("path"):
        return os.path.exists(kwargs["path"])
    try:
        socket.create_connection((kwargs.get("host", "localhost"), int(kwargs.get("port", 6379))), timeout_s).close()
        return True
    except OSError:
        return False


class _Guard(BaseWorker):
    """What both guarded worker classes add to RQ's: the task check and a stop that does not wait for Redis.

    A mixin on RQ's BaseWorker, never on Worker: as `_Guard(Worker)`, Worker's forking `execute_job` came
    before SimpleWorker's in GuardedWorker's method order, so every job ran in a fresh fork and re-imported
    the model SDK and the place data (about 1.5 s a job, far more with 8 workers on 2 cores)."""

    def request_stop(self, signum: int, frame: Any) -> None:
        """The first SIGTERM stops the worker: warm (after the job) as RQ does, or at once when it is idle
        and its Redis is gone (RQ would retry Redis for its goodbye and need a second signal)."""
        STOP.set()
        if self.get_state() != WorkerStatus.BUSY and not redis_reachable(self.connection):
            log.warning("workers.stopping_without_redis: Redis is unreachable; exiting at once")
            logging.shutdown()
            os._exit(0)
        super().request_stop(signum, frame)  # type: ignore[no-untyped-call]  # rq leaves it unannotated

    def execute_job(self, job: Job, queue: Queue) -> Any:
        reason = refusal(job)
        if reason is not None:
            refuse(self.connection, job, queue, reason, self.name)
            return None
        return super().execute_job(job, queue)


class GuardedWorker(_Guard, SimpleWorker):
    """RQ's SimpleWorker (jobs run in the worker process) that runs only registered jobsmith tasks."""


class GuardedForkWorker(_Guard, Worker):
    """RQ's forking Worker that runs only registered jobsmith tasks."""


def refused(conn: redis.Redis, limit: int = 100) -> list[dict[str, Any]]:
    """The most recent refusals, newest first."""
    return [json.loads(r) for r in conn.lrange(keys.REFUSED_KEY, 0, limit - 1)]
