"""Chooses the backends: in-process (no REDIS_URL, embedded mode) or Redis + RQ (distributed)."""

from __future__ import annotations

from dataclasses import dataclass

from app.runtime.blobs import BlobStore, MemoryBlobs
from app.runtime.bus import EventBus, MemoryBus
from app.runtime.executor import Executor, InProcessExecutor
from app.settings import Settings


@dataclass
class Backends:
    bus: EventBus
    blobs: BlobStore
    executor: Executor
    in_process: bool = False  # tasks run in this process, on this bus and these blobs (embedded mode)


def build_backends(settings: Settings) -> Backends:
    if settings.embedded:
        return Backends(MemoryBus(), MemoryBlobs(), InProcessExecutor(settings.EMBEDDED_WORKERS), in_process=True)
    from app.runtime.redis_backend import redis_backends

    return redis_backends(settings)
