"""Execution backends: where task functions run. In-process threads here; RQ in redis_backend."""

from __future__ import annotations

import importlib
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol

log = logging.getLogger(__name__)


class Executor(Protocol):
    def enqueue(self, queue: str, func: str, payload: dict[str, Any], key: str) -> None: ...

    def idle(self) -> bool: ...

    def ping(self) -> None:
        """Raise when the queue cannot be reached (health)."""
        ...

    def close(self) -> None: ...


def resolve(func: str) -> Any:
    """`app.workers.tasks:run_pipeline_task` -> the function (RQ takes the same dotted names)."""
    module, _, name = func.replace(":", ".").rpartition(".")
    return getattr(importlib.import_module(module), name)


class InProcessExecutor:
    """Embedded mode: the same task functions, on a thread pool; a key already in flight is not run twice."""

    def __init__(self, workers: int = 2) -> None:
        self._pools: dict[str, ThreadPoolExecutor] = {}
        self._workers = max(1, workers)
        self._inflight: set[str] = set()
        self._lock = threading.Lock()

    def _pool(self, queue: str) -> ThreadPoolExecutor:
        # One pool per queue, so discovery cannot starve the pipeline or the reverse.
        if queue not in self._pools:
            self._pools[queue] = ThreadPoolExecutor(self._workers, thread_name_prefix=f"jobsmith-{queue}")
        return self._pools[queue]

    def enqueue(self, queue: str, func: str, payload: dict[str, Any], key: str) -> None:
        with self._lock:
            if key in self._inflight:
                return
            self._inflight.add(key)
            pool = self._pool(queue)
        pool.submit(self._call, func, payload, key)

    def _call(self, func: str, payload: dict[str, Any], key: str) -> None:
        try:
            resolve(func)(payload)
        except Exception:
            # Task functions report their own failures as events; this is the last net.
            log.exception("executor.task_crashed func=%s key=%s", func, key)
        finally:
            with self._lock:
                self._inflight.discard(key)

    def idle(self) -> bool:
        with self._lock:
            return not self._inflight

    def ping(self) -> None:
        """The pools are in this process: always reachable."""

    def close(self) -> None:
        for pool in self._pools.values():
            pool.shutdown(wait=True, cancel_futures=True)
