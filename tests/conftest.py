"""Shared fixtures: isolated settings, a started app service, an in-process API client, a real Redis."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("LIVENESS_CHECKS", "false")  # no posting re-checks over the network unless a test asks
# Workers run only registered tasks (app/workers/registry.py); these are the test-suite's own probes.
os.environ.setdefault("JOBSMITH_EXTRA_TASKS", "tests.runtime.tasks.echo_task,tests.runtime.tasks.failing_task")

ROOT = Path(__file__).resolve().parents[1]
SHARED_FIXTURES = (ROOT / ".." / "shared" / "fixtures").resolve()
DEMO = ROOT / "app" / "demo"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listens on port {port} after {timeout}s")


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
    return SHARED_FIXTURES


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

    return Settings(_env_file=None, DUCKDB_PATH=workdir / "data" / "jobs.duckdb", CONFIG_DIR=workdir / "config",
                    TEMPLATES_DIR=workdir / "current_cv_coverletter", EXPORT_DIR=workdir / "export",
                    CACHE_DIR=workdir / "data" / "cache", EMBEDDED_WORKERS=2)


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
def redis_url(tmp_path: Path) -> Iterator[str]:
    """A private redis-server on a free port, with its own append-only file, stopped afterwards."""
    port = free_port()
    proc = subprocess.Popen(
        ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--dir", str(tmp_path), "--save", "",
         "--appendonly", "yes"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(port)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(10)
