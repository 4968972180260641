"""Worker processes for the distributed-runtime tests (their redis-server: `redis_server` in tests/conftest.py)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.runtime.cluster import WorkerPool, start_workers

ECHO = "tests.runtime.tasks.echo_task"


@pytest.fixture
def workers(tmp_path: Path) -> Iterator[Callable[..., WorkerPool]]:
    """Start worker processes (`python -m app.workers`); all stopped at the end of the test."""
    pools: list[WorkerPool] = []

    def start(n: int, url: str, **kwargs: object) -> WorkerPool:
        pool = start_workers(n, url, log_dir=tmp_path / "logs", **kwargs)  # type: ignore[arg-type]
        pools.append(pool)
        return pool

    yield start
    for pool in pools:
        pool.stop(grace_s=5)


def wait_until(predicate: Callable[[], bool], timeout: float, step: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()
