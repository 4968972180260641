"""What a task function needs at run time (bus and blobs), however it was started."""

from __future__ import annotations

from dataclasses import dataclass

from app.runtime.blobs import BlobStore
from app.runtime.bus import EventBus


@dataclass
class WorkerContext:
    bus: EventBus
    blobs: BlobStore


_embedded: WorkerContext | None = None


def set_embedded_context(ctx: WorkerContext | None) -> None:
    """Embedded mode: the app hands its in-process bus and blobs to the task functions."""
    global _embedded
    _embedded = ctx


def get_worker_context() -> WorkerContext:
    if _embedded is not None:
        return _embedded
    from app.runtime.redis_backend import redis_worker_context

    return redis_worker_context()
