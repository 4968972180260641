"""The RQ executor: task functions run on `rq worker` processes, one RQ job per (job, run) key."""

from __future__ import annotations

import logging
import time
from typing import Any

import redis
from rq import Queue, Retry
from rq.exceptions import DuplicateJobError
from rq.job import Callback, Job, JobStatus
from rq.serializers import JSONSerializer

from app import keys
from app.runtime.reaper import Reaper
from app.runtime.rq_tasks import ON_FAILURE, ON_SUCCESS, RUN_TASK, publish_failure

log = logging.getLogger(__name__)

RESULT_TTL_S = 24 * 3600  # a finished RQ job is remembered a day, so re-enqueueing its key is a no-op
FAILURE_TTL_S = 7 * 24 * 3600


def backoff(retries: int, first_s: int) -> list[int]:
    """Retry intervals doubling from `first_s`: 5, 10, 20 ..."""
    return [first_s * 2**i for i in range(retries)]


def _ids(payload: dict[str, Any], key: str) -> tuple[str | None, str | None]:
    job = payload.get("job")
    job = job if isinstance(job, dict) else {}
    job_id, _, run_id = key.partition(":")
    return (job.get("id") or job_id or None), (payload.get("run_id") or run_id or None)


class RqExecutor:
    """Enqueue is idempotent: the RQ job id comes from the key, and a key already known is not run again."""

    def __init__(
        self,
        conn: redis.Redis,
        *,
        timeout_s: int = 900,
        retries: int = 3,
        backoff_s: int = 5,
        recovery_s: int = 30,
        reap: bool = True,
    ) -> None:
        self.conn = conn
        self.timeout_s, self.retries, self.backoff_s = timeout_s, retries, backoff_s
        # The lease lapses after 2/3 of the recovery bound; the reaper looks every 1/3 of it.
        self.lease_s = max(recovery_s * 2 / 3, 1.0)
        self._queues = {name: Queue(name, connection=conn, serializer=JSONSerializer) for name in keys.QUEUES}
        self.reaper = Reaper(conn, lease_s=self.lease_s, interval_s=max(recovery_s / 3, 0.5))
        if reap:
            self.reaper.start()

    def queue(self, name: str) -> Queue:
        if name not in self._queues:
            self._queues[name] = Queue(name, connection=self.conn, serializer=JSONSerializer)
        return self._queues[name]

    def enqueue(self, queue: str, func: str, payload: dict[str, Any], key: str) -> None:
        q = self.queue(queue)
        rq_id = keys.rq_job_id(queue, key)
        job_id, run_id = _ids(payload, key) if queue == keys.QUEUE_PIPELINE else (None, None)
        meta = {
            "key": key,
            "job_id": job_id,
            "run_id": run_id,
            "lease_s": self.lease_s,
            "attempts_allowed": self.retries + 1,
        }
        # Tracked before it exists, so the success callback can never run before this line.
        self.conn.zadd(keys.inflight_key(queue), {rq_id: time.time()}, nx=True)
        try:
            q.enqueue_call(
                RUN_TASK,
                args=(func, payload),
                job_id=rq_id,
                timeout=self.timeout_s,
                result_ttl=RESULT_TTL_S,
                failure_ttl=FAILURE_TTL_S,
                meta=meta,
                retry=Retry(self.retries, backoff(self.retries, self.backoff_s)) if self.retries else None,
                on_success=Callback(ON_SUCCESS),
                on_failure=Callback(ON_FAILURE),
                unique=True,
                description=f"{func} {key}",
            )
        except DuplicateJobError:
            self._already_known(q, rq_id)

    def _already_known(self, q: Queue, rq_id: str) -> None:
        job = Job.fetch(rq_id, connection=self.conn, serializer=JSONSerializer)
        status = job.get_status()
        log.info("rq.enqueue_known job=%s status=%s", rq_id, status)
        if status in (JobStatus.FAILED, JobStatus.STOPPED, JobStatus.CANCELED):
            publish_failure(self.conn, job, "the task failed before")  # idempotent: same event id
        elif status == JobStatus.FINISHED:
            self.conn.zrem(keys.inflight_key(q.name), rq_id)

    def inflight(self) -> int:
        with self.conn.pipeline(transaction=False) as pipe:
            for name in self._queues:
                pipe.zcard(keys.inflight_key(name))
            return sum(pipe.execute())

    def idle(self) -> bool:
        try:
            return self.inflight() == 0
        except redis.RedisError:
            return False

    def ping(self) -> None:
        self.conn.ping()

    def close(self) -> None:
        self.reaper.stop()
