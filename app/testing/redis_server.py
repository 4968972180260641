"""A private redis-server for tests and benches: its own port and append-only file, killable and restartable.

Started the way `jobsmith up` starts its own (`start_private_redis`), so tests exercise that code too.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import redis

from app.runtime.cluster import start_private_redis, stop_private_redis
from app.testing.ports import free_port


class RedisServer:
    """`RedisServer(dir).start()`; the port stays the same across `kill()` and `start()` so clients reconnect."""

    def __init__(self, data_dir: Path, fsync: str = "always") -> None:
        self.data_dir, self.port, self.fsync = data_dir, free_port(), fsync
        self.proc: subprocess.Popen[bytes] | None = None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        _, self.proc = start_private_redis(self.data_dir, port=self.port, fsync=self.fsync)
        return self

    def stop(self) -> None:
        """SIGTERM: Redis flushes its append-only file and exits."""
        if self.proc is not None:
            stop_private_redis(self.proc)

    def kill(self) -> None:
        """SIGKILL, as a crash would: only what the append-only file already holds survives."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(10)

    def client(self) -> redis.Redis:
        from app.runtime.redis_backend import connect

        return connect(self.url)

    def __enter__(self) -> RedisServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
