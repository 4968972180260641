"""`jobsmith up --workers N` underneath: a private Redis, worker processes, the app, and a clean stop."""

from __future__ import annotations

from typing import Any

import pytest

from app.runtime.cluster import start_local_cluster
from app.service import Jobsmith
from tests.runtime.jobs import expected_status, make_jobs


@pytest.mark.slow
def test_a_local_cluster_with_a_private_redis_processes_jobs_and_stops_cleanly(settings: Any) -> None:
    assert settings.REDIS_URL is None
    cluster = start_local_cluster(settings, workers=2)
    try:
        assert cluster.settings.REDIS_URL and cluster.pool.alive() == 2
        assert (settings.DUCKDB_PATH.parent / "redis" / "appendonlydir").is_dir()
        svc = Jobsmith(cluster.settings).start()
        try:
            jobs = make_jobs(20)
            svc.add_jobs(jobs)
            assert svc.wait_idle(90)
            got = {r["id"]: r["status"] for r in svc.store.read("SELECT id, status FROM jobs")}
            assert got == {j.id: expected_status(j, svc.config) for j in jobs}
        finally:
            svc.stop()
    finally:
        cluster.stop(grace_s=10)
    assert cluster.pool.alive() == 0
    assert cluster.redis_proc is not None and cluster.redis_proc.poll() is not None
