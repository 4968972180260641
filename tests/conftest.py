"""Shared fixtures: test data, isolated settings, a started app service, an in-process API client, a real Redis.

Redis in tests has one story: `redis_server` starts a private redis-server for one test (its own port and
append-only file; the test may kill and restart it); `redis_url` and `redis_client` reach that server.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from app.testing.ports import free_port, wait_for_port
from app.testing.redis_server import RedisServer

__all__ = ["DEMO", "FIXTURES", "ROOT", "free_port", "wait_for_port"]

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("LIVENESS_CHECKS", "false")  # no posting re-checks over the network unless a test asks
# Workers run only registered tasks (app/workers/registry.py); these are the test-suite's own probes.
os.environ.setdefault("JOBSMITH_EXTRA_TASKS", "tests.runtime.tasks.echo_task,tests.runtime.tasks.failing_task")

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"  # cv/ and postings/: see tests/fixtures/README.md
DEMO = ROOT / "app" / "demo"


@pytest.fixture
def allow_loopback_fetches(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Test servers listen on loopback, which the guarded fetcher refuses by default (app/net/fetch.py)."""
    from app.settings import get_settings

    monkeypatch.setenv("FETCH_ALLOW_HOSTS", "127.0.0.1,::1,localhost")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture
def fixtures_dir() -> Path:
    """The repository's test data: `cv/*.docx`, `postings/*`, and one folder per area for newer tests."""
    return FIXTURES


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """A seeker's working folders: config (demo criteria, no PDF), templates (demo CV and CL)."""
    (tmp_path / "config").mkdir()
    shutil.copy(DEMO / "config" / "search.yaml", tmp_path / "config" / "search.yaml")
    (tmp_path / "config" / "agents.yaml").write_text("export_pdf: false\n")
    templates = tmp_path / "current_cv_coverletter"
    templates.mkdir()
    for f in (DEMO / "cv").glob("*.docx"):
        shutil.copy(f, templates / f.name)
    return tmp_path


@pytest.fixture
def settings(workdir: Path):  # type: ignore[no-untyped-def]
    from app.settings import Settings

    return Settings(
        _env_file=None,
        DUCKDB_PATH=workdir / "data" / "jobs.duckdb",
        CONFIG_DIR=workdir / "config",
        TEMPLATES_DIR=workdir / "current_cv_coverletter",
        EXPORT_DIR=workdir / "export",
        CACHE_DIR=workdir / "data" / "cache",
        EMBEDDED_WORKERS=2,
    )


@pytest.fixture
def service(settings):  # type: ignore[no-untyped-def]
    from app.service import Jobsmith

    svc = Jobsmith(settings).start()
    yield svc
    svc.stop()


@pytest.fixture
def client(settings, service):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from app.main import create_app

    with TestClient(create_app(settings, service)) as c:
        yield c


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    """A private redis-server for this test only, with its own append-only file; stopped afterwards."""
    server = RedisServer(tmp_path / "redis").start()
    yield server
    server.stop()


@pytest.fixture
def redis_url(redis_server: RedisServer) -> str:
    return redis_server.url


@pytest.fixture
def redis_client(redis_server: RedisServer) -> Iterator[redis.Redis]:
    client = redis_server.client()
    yield client
    client.close()
