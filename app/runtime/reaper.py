"""The reaper: finds work a dead worker left behind and runs it again, within a bounded time.

RQ alone recovers a SIGKILLed worker's job only when another worker's maintenance runs (every 10 minutes
by default). Here every task runs under a lease (`rq_tasks.Lease`) renewed every third of its TTL; every
`interval_s` the reaper walks the jobs this app enqueued and not yet settled (`keys.inflight_key`):

- started, lease lapsed           -> its worker died: requeued at the front (one retry used), or failed
- queued but in no queue list     -> popped by a worker that died before starting it: pushed again
- scheduled retry overdue         -> no scheduler is running: enqueued by the reaper
- failed without a failure event  -> (horse killed on its last attempt) the event is published now
- finished, or gone               -> forgotten (gone = lost with Redis's data: reported as failed)

A job whose worker died is therefore requeued within lease + interval seconds (JOB_RECOVERY_SECONDS).
"""

from __future__ import annotations

import logging
import time
import uuid

import redis
from rq import Queue
from rq.job import Job, JobStatus
from rq.serializers import JSONSerializer

from app import keys
from app.runtime.loop import BackgroundLoop
from app.runtime.rq_tasks import publish_failure

log = logging.getLogger(__name__)


def _scored(reply: object) -> dict[str, float]:
    """ZRANGE ... WITHSCORES as member -> score, in order."""
    return {_text(member): float(score) for member, score in (reply if isinstance(reply, list) else [])}


class Reaper(BackgroundLoop):
    name = "jobsmith-reaper"

    def __init__(self, conn: redis.Redis, *, lease_s: float, interval_s: float) -> None:
        self.conn, self.lease_s, self.interval_s = conn, lease_s, interval_s
        super().__init__(interval=interval_s, error_pause=0, join_timeout=5)
        self._suspects: set[str] = set()  # queued jobs missing from their queue on the previous pass
        self._token = uuid.uuid4().hex
        self.recovered = 0

    def step(self) -> None:
        self.run_once()

    def on_error(self, exc: Exception) -> None:
        if isinstance(exc, redis.RedisError):
            log.warning("reaper.redis_unavailable error=%s", exc)
        else:
            log.exception("reaper.pass_failed")

    def run_once(self) -> int:
        """One pass over every queue; returns how many jobs were put back to work or settled."""
        # One reaper at a time (several app processes, a benchmark): the lock outlives a pass a little.
        ttl_ms = int(self.interval_s * 1500) + 1000
        if not self.conn.set(keys.REAPER_LOCK, self._token, px=ttl_ms, nx=True):
            if _text(self.conn.get(keys.REAPER_LOCK) or b"") != self._token:
                return 0
            self.conn.pexpire(keys.REAPER_LOCK, ttl_ms)
        done = 0
        for name in keys.QUEUES:
            done += self._reap(Queue(name, connection=self.conn, serializer=JSONSerializer))
        self.recovered += done
        return done

    def _reap(self, queue: Queue) -> int:
        since = _scored(self.conn.zrange(keys.inflight_key(queue.name), 0, -1, withscores=True))
        if not since:
            return 0
        ids = list(since)
        jobs = Job.fetch_many(ids, connection=self.conn, serializer=JSONSerializer)
        with self.conn.pipeline(transaction=False) as pipe:
            for rq_id in ids:
                pipe.exists(keys.lease_key(rq_id))
            leased = dict(zip(ids, pipe.execute(), strict=True))
        waiting = {_text(j) for j in self.conn.lrange(queue.key, 0, -1)}
        now, done, suspects = time.time(), 0, set[str]()
        for rq_id, job in zip(ids, jobs, strict=True):
            old = now - since[rq_id] > self.lease_s
            if job is None:
                if old:
                    self.conn.zrem(keys.inflight_key(queue.name), rq_id)
                    log.error("reaper.job_lost job=%s (its record vanished from Redis)", rq_id)
                continue
            if job.get_status(refresh=False) == JobStatus.QUEUED:
                done += self._popped(queue, rq_id, suspects) if old and rq_id not in waiting else 0
            else:
                done += self._settle(queue, job, now, leased=bool(leased[rq_id]))
        self._suspects = suspects
        return done

    def _popped(self, queue: Queue, rq_id: str, suspects: set[str]) -> int:
        """A queued job in no queue list: pushed again when it was missing on the previous pass too."""
        if rq_id not in self._suspects:  # missing once may be a worker just picking it up
            suspects.add(rq_id)
            return 0
        log.warning("reaper.requeue_popped job=%s", rq_id)
        queue.push_job_id(rq_id, at_front=True)
        return 1

    def _settle(self, queue: Queue, job: Job, now: float, *, leased: bool) -> int:
        """A job that is not queued: forgotten when finished, reported when failed, rescued when abandoned."""
        status = job.get_status(refresh=False)
        if status == JobStatus.FINISHED:
            self.conn.zrem(keys.inflight_key(queue.name), job.id)
        elif status in (JobStatus.FAILED, JobStatus.STOPPED, JobStatus.CANCELED):
            publish_failure(self.conn, job, "the worker failed")
            return 1
        elif status == JobStatus.STARTED and not leased and self._started_long_ago(job, now):
            self._abandoned(queue, job)
            return 1
        elif status == JobStatus.SCHEDULED:
            return self._overdue(queue, job, now)
        return 0

    def _started_long_ago(self, job: Job, now: float) -> bool:
        started = job.started_at.timestamp() if job.started_at else 0.0
        return now - started > self.lease_s

    def _abandoned(self, queue: Queue, job: Job) -> None:
        """A started job with no live lease: its worker is gone. Use a retry, or give up visibly."""
        retry = bool(job.retries_left)
        queue.started_job_registry.remove_executions(job)
        if retry:
            job.retries_left = (job.retries_left or 1) - 1
            job.started_at = None
            queue.enqueue_job(job, at_front=True)  # saves the job (retries_left) and pushes its id
        else:
            with self.conn.pipeline() as pipe:
                job.set_status(JobStatus.FAILED, pipeline=pipe)
                queue.failed_job_registry.add(job, exc_string="worker lost", pipeline=pipe)
                pipe.execute()
        if retry:
            log.warning("reaper.requeued_abandoned job=%s retries_left=%s", job.id, job.retries_left)
        else:
            publish_failure(self.conn, job, "the worker running it stopped responding")

    def _overdue(self, queue: Queue, job: Job, now: float) -> int:
        """A retry whose time came more than a lease ago: no worker runs a scheduler, so enqueue it here."""
        registry = queue.scheduled_job_registry
        score = self.conn.zscore(registry.key, job.id)
        if score is None or now - score < self.lease_s:
            return 0
        if not self.conn.zrem(registry.key, job.id):  # a scheduler took it meanwhile
            return 0
        queue.enqueue_job(job, at_front=True)
        log.warning("reaper.enqueued_overdue_retry job=%s", job.id)
        return 1


def _text(value: object) -> str:
    """A Redis reply (bytes, or nothing) as text."""
    return value.decode() if isinstance(value, bytes) else "" if value is None else str(value)
