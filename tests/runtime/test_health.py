"""The /health report's checks (app/services/health.py), over real parts: a DuckDB file, a Redis server."""

from __future__ import annotations

import redis

from app.runtime.blobs import MemoryBlobs
from app.runtime.executor import InProcessExecutor
from app.runtime.rq_executor import RqExecutor
from app.services.health import Health
from app.services.templates import TemplateFolder
from app.settings import Settings
from app.store import Store
from app.testing.ports import free_port
from app.testing.redis_server import RedisServer


def _health(settings: Settings, store: Store, executor: InProcessExecutor | RqExecutor) -> Health:
    return Health(settings, store, executor, TemplateFolder(settings.TEMPLATES_DIR, MemoryBlobs()), lambda: None)


def test_health_is_ok_in_embedded_mode_with_the_seekers_cv(settings: Settings) -> None:
    store = Store(settings.DUCKDB_PATH).open()
    try:
        report = _health(settings, store, InProcessExecutor(1)).report()
    finally:
        store.close()
    assert report["ok"]
    assert report["checks"]["queue"] == {"ok": True, "mode": "embedded"}
    assert report["checks"]["templates"]["cv"].endswith("_CV.docx")


def test_health_reports_the_queue_down_when_redis_does_not_answer(settings: Settings) -> None:
    port = free_port()  # nothing listens here
    s = settings.model_copy(update={"REDIS_URL": f"redis://127.0.0.1:{port}/0"})
    store = Store(s.DUCKDB_PATH).open()
    try:
        report = _health(s, store, RqExecutor(redis.Redis(port=port, socket_connect_timeout=1), reap=False)).report()
    finally:
        store.close()
    assert not report["ok"]
    assert report["checks"]["queue"]["ok"] is False
    assert report["checks"]["queue"]["error"].startswith("Redis does not answer")
    assert report["checks"]["database"]["ok"]


def test_health_reports_the_queue_up_on_a_live_redis(settings: Settings, redis_server: RedisServer) -> None:
    s = settings.model_copy(update={"REDIS_URL": redis_server.url})
    store = Store(s.DUCKDB_PATH).open()
    try:
        report = _health(s, store, RqExecutor(redis_server.client(), reap=False)).report()
    finally:
        store.close()
    assert report["ok"]
    assert report["checks"]["queue"] == {"ok": True, "mode": "redis"}


def test_health_reports_the_database_down_when_the_store_is_closed(settings: Settings) -> None:
    store = Store(settings.DUCKDB_PATH)  # never opened
    report = _health(settings, store, InProcessExecutor(1)).report()
    assert not report["ok"]
    assert report["checks"]["database"]["ok"] is False
    assert "not open" in report["checks"]["database"]["error"]
