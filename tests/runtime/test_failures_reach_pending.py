"""A task that exhausts its retries on a worker ends as a `pending` job with the reason, through the recorder."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.domain.status import Status
from app.runtime.cluster import WorkerPool
from app.service import Jobsmith
from app.store import jobs as q
from app.testing.redis_server import RedisServer
from tests.runtime.conftest import wait_until
from tests.runtime.jobs import make_jobs

FAIL = "tests.runtime.tasks.failing_task"


def test_a_job_whose_task_keeps_failing_lands_in_pending_with_the_error(
    settings: Any, redis_server: RedisServer, workers: Callable[..., WorkerPool]
) -> None:
    s = settings.model_copy(
        update={
            "REDIS_URL": redis_server.url,
            "JOB_RETRIES": 1,
            "JOB_RETRY_BACKOFF_SECONDS": 1,
            "JOB_RECOVERY_SECONDS": 3,
        }
    )
    svc = Jobsmith(s).start()
    try:
        job = make_jobs(1)[0]
        svc.add_jobs([job], process=False)
        svc.store.write(lambda cur: q.transition(cur, job.id, Status.QUEUED, run_id="run-fail"))
        svc.executor.enqueue(
            "pipeline", FAIL, {"job": {"id": job.id}, "run_id": "run-fail", "job_id": job.id}, key=f"{job.id}:run-fail"
        )
        workers(1, redis_server.url)

        def pending() -> bool:
            return svc.store.scalar("SELECT status FROM jobs WHERE id = ?", [job.id]) == "pending"

        assert wait_until(pending, 40)
        row = svc.store.read_one("SELECT failed_stage, error FROM jobs WHERE id = ?", [job.id])
        assert row["failed_stage"] == "worker"
        assert "RuntimeError: boom" in row["error"] and "2 attempts" in row["error"]
        assert svc.wait_idle(10)
    finally:
        svc.stop()
