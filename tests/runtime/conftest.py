"""Real redis-server and worker processes for the distributed-runtime tests."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis

from app.runtime.cluster import WorkerPool, free_port, start_private_redis, start_workers, stop_private_redis
from app.runtime.redis_backend import connect

ECHO = "tests.runtime.tasks.echo_task"


class RedisServer:
    """A private redis-server with an append-only file, on a fixed port so it can be restarted."""

    def __init__(self, data_dir: Path, fsync: str = "always") -> None:
        self.data_dir, self.port, self.fsync = data_dir, free_port(), fsync
        self.proc: subprocess.Popen | None = None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        _, self.proc = start_private_redis(self.data_dir, port=self.port, fsync=self.fsync)
        return self

    def stop(self) -> None:
        if self.proc is not None:
            stop_private_redis(self.proc)

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(10)

    def client(self) -> redis.Redis:
        return connect(self.url)


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path / "redis").start()
    yield server
    server.stop()


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
