"""The reaper's passes, driven one at a time against a real Redis: what a dead worker or scheduler left."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import redis
from rq import Queue
from rq.job import Job, JobStatus
from rq.serializers import JSONSerializer

from app import keys
from app.runtime.cluster import WorkerPool
from app.runtime.reaper import Reaper
from app.runtime.redis_bus import RedisBus
from app.runtime.rq_executor import RqExecutor
from app.testing.redis_server import RedisServer
from tests.runtime.conftest import ECHO, wait_until

KEY = "job1:run1"


def _setup(conn: redis.Redis, **kwargs: object) -> tuple[RqExecutor, Queue, str]:
    ex = RqExecutor(conn, reap=False, **kwargs)  # type: ignore[arg-type]
    ex.enqueue("pipeline", ECHO, {"job_id": "job1", "run_id": "run1", "sleep": 30}, key=KEY)
    return ex, Queue("pipeline", connection=conn, serializer=JSONSerializer), keys.rq_job_id("pipeline", KEY)


def test_a_job_popped_by_a_worker_that_died_before_starting_it_is_pushed_back(redis_server: RedisServer) -> None:
    conn = redis_server.client()
    _, queue, rq_id = _setup(conn)
    assert conn.lpop(queue.key).decode() == rq_id  # a worker's BLPOP took it, then the worker died
    time.sleep(0.3)
    reaper = Reaper(conn, lease_s=0.2, interval_s=0.1)
    assert reaper.run_once() == 0  # once missing might be a worker just picking it up
    assert reaper.run_once() == 1  # missing twice: pushed back
    assert [i.decode() for i in conn.lrange(queue.key, 0, -1)] == [rq_id]


def test_an_overdue_retry_is_enqueued_when_no_scheduler_runs(redis_server: RedisServer) -> None:
    conn = redis_server.client()
    _, queue, rq_id = _setup(conn)
    conn.lrem(queue.key, 0, rq_id)
    job = Job.fetch(rq_id, connection=conn, serializer=JSONSerializer)
    queue.schedule_job(job, datetime.now(UTC) - timedelta(seconds=5))  # a retry due 5 s ago
    reaper = Reaper(conn, lease_s=1, interval_s=0.5)
    assert reaper.run_once() == 1
    assert Job.fetch(rq_id, connection=conn, serializer=JSONSerializer).get_status() == JobStatus.QUEUED
    assert [i.decode() for i in conn.lrange(queue.key, 0, -1)] == [rq_id]


def test_a_dead_workers_job_with_no_retry_left_lands_as_stage_failed(
    redis_server: RedisServer, workers: Callable[..., WorkerPool]
) -> None:
    conn = redis_server.client()
    ex, _, rq_id = _setup(conn, retries=0, recovery_s=2)
    pool = workers(1, redis_server.url)
    assert wait_until(lambda: conn.exists(keys.lease_key(rq_id)) == 1, 30)
    pool.kill(0)
    reaper = Reaper(conn, lease_s=ex.lease_s, interval_s=0.5)
    assert wait_until(lambda: reaper.run_once() == 1, 10, step=0.5)
    bus = RedisBus(conn)
    failed = [e for _, e in bus.read(block_ms=200, count=10) if e.type == "stage.failed"]
    assert len(failed) == 1 and failed[0].stage == "worker" and "stopped responding" in failed[0].data["error"]
    assert Job.fetch(rq_id, connection=conn, serializer=JSONSerializer).get_status() == JobStatus.FAILED
    assert ex.idle()
