"""Distributed mode: the Redis stream bus, Redis blobs and the RQ executor behind the embedded interfaces.

The app process calls `redis_backends(settings)` (via `factory.build_backends`); a task running on an
`rq worker` process calls `redis_worker_context()` (via `context.get_worker_context`). Neither imports
the store: workers never touch the database (ARCHITECTURE.md rule 1).
"""

from __future__ import annotations

import logging
import os

import redis

from app.runtime.context import WorkerContext
from app.runtime.factory import Backends
from app.runtime.redis_blobs import RedisBlobs
from app.runtime.redis_bus import RedisBus
from app.runtime.rq_executor import RqExecutor
from app.settings import Settings, get_settings

log = logging.getLogger(__name__)


def connect(url: str) -> redis.Redis:
    """A client that survives a Redis restart: commands are retried while the server comes back."""
    from redis.backoff import ExponentialBackoff
    from redis.retry import Retry

    return redis.Redis.from_url(
        url,
        socket_connect_timeout=5,
        socket_timeout=60,
        health_check_interval=15,
        retry=Retry(ExponentialBackoff(cap=2.0, base=0.1), retries=20),
        retry_on_error=[redis.ConnectionError, redis.TimeoutError],
    )


def redis_backends(settings: Settings) -> Backends:
    if not settings.REDIS_URL:
        raise ValueError("REDIS_URL is not set")
    conn = connect(settings.REDIS_URL)
    bus = RedisBus(conn, claim_idle_ms=settings.RECORDER_CLAIM_IDLE_MS, retention_s=settings.EVENT_RETENTION_SECONDS)
    blobs = RedisBlobs(conn, ttl_s=settings.BLOB_TTL_SECONDS)
    executor = RqExecutor(
        conn,
        timeout_s=settings.JOB_TIMEOUT_SECONDS,
        retries=settings.JOB_RETRIES,
        backoff_s=settings.JOB_RETRY_BACKOFF_SECONDS,
        recovery_s=settings.JOB_RECOVERY_SECONDS,
    )
    log.info("runtime.distributed redis=%s", conn.connection_pool.connection_kwargs.get("host"))
    return Backends(bus=bus, blobs=blobs, executor=executor)


_contexts: dict[tuple[int, str], WorkerContext] = {}


def redis_worker_context() -> WorkerContext:
    """Bus and blobs for a task on a worker: the Redis its RQ job came from, else REDIS_URL."""
    from rq import get_current_job

    job = get_current_job()
    settings = get_settings()
    if job is not None:
        conn = job.connection
        kwargs = conn.connection_pool.connection_kwargs
        where = f"{kwargs.get('host')}:{kwargs.get('port')}/{kwargs.get('db')}"
    elif settings.REDIS_URL:
        conn, where = None, settings.REDIS_URL
    else:
        raise RuntimeError("no RQ job and no REDIS_URL: cannot reach the event bus")
    ctx = _contexts.get((os.getpid(), where))
    if ctx is None:
        conn = conn or connect(where)
        ctx = WorkerContext(bus=RedisBus(conn), blobs=RedisBlobs(conn, ttl_s=settings.BLOB_TTL_SECONDS))
        _contexts[(os.getpid(), where)] = ctx
    return ctx
