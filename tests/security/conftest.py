"""Real services for the security tests: a password-protected private redis-server and worker processes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.runtime.cluster import WorkerPool, new_redis_password, start_private_redis, start_workers, stop_private_redis


@pytest.fixture
def private_redis(tmp_path: Path) -> Iterator[str]:
    """The redis-server `jobsmith up --workers N` starts: loopback only, with a generated password."""
    url, proc = start_private_redis(tmp_path / "redis", password=new_redis_password())
    yield url
    stop_private_redis(proc)


@pytest.fixture
def worker_procs(tmp_path: Path) -> Iterator[Callable[..., WorkerPool]]:
    pools: list[WorkerPool] = []

    def start(n: int, url: str, **kwargs: object) -> WorkerPool:
        pool = start_workers(n, url, log_dir=tmp_path / "logs", **kwargs)  # type: ignore[arg-type]
        pools.append(pool)
        return pool

    yield start
    for pool in pools:
        pool.stop(grace_s=5)
