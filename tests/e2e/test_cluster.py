"""`jobsmith up --workers N`: a private redis-server, N worker processes, and a clean stop on Ctrl-C."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.e2e.conftest import wait_http

pytestmark = pytest.mark.slow


def _pids(pattern: str) -> set[int]:
    found = set()
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if pattern in (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode():
                    found.add(int(proc.name))
            except OSError:
                continue
    return found


def _worker_children(pid: int) -> set[int]:
    from app.runtime.cluster import _children

    return {c for c in _children(pid) if b"app.workers" in Path(f"/proc/{c}/cmdline").read_bytes()}


def test_up_with_workers_runs_the_demo_on_redis_and_stops_everything(spawn, ports, tmp_path: Path) -> None:
    env = {
        "API_PORT": str(ports["api"]),
        "REDIS_URL": "",
        "DUCKDB_PATH": str(tmp_path / "data" / "j.duckdb"),
        "CONFIG_DIR": str(tmp_path / "config"),
        "TEMPLATES_DIR": str(tmp_path / "cv"),
        "EXPORT_DIR": str(tmp_path / "export"),
    }
    app = spawn([sys.executable, "-m", "app.cli", "up", "--workers", "2", "--no-ui"], env, "cluster")
    api = f"http://127.0.0.1:{ports['api']}"
    wait_http(f"{api}/health", app, timeout=120)
    assert httpx.get(f"{api}/health").json()["checks"]["queue"]["mode"] == "redis"
    deadline = time.monotonic() + 180
    stats: dict = {}
    while time.monotonic() < deadline:
        stats = httpx.get(f"{api}/api/stats").json()["by_status"]
        if stats.get("awaiting_approval", 0) >= 4 and not stats.get("queued") and not stats.get("processing"):
            break
        time.sleep(1)
    assert stats.get("awaiting_approval", 0) >= 4, stats
    redis_dir = str(tmp_path / "data" / "redis")
    url = next(
        line.split("at ")[1].split()[0] for line in app.output().splitlines() if "private redis-server at" in line
    )
    workers = _worker_children(app.p.pid)  # the URL carries a password now, so it is on no command line
    assert len(workers) >= 2
    assert Path(redis_dir, "appendonlydir").is_dir()

    os.killpg(app.p.pid, signal.SIGINT)
    app.p.wait(90)
    assert app.p.returncode == 0, app.output()[-2000:]
    assert not (workers & _pids("-m app.workers")), "worker processes outlived jobsmith up"
    assert not _pids(f"--port {url.rsplit(':', 1)[1].split('/')[0]}"), "the private redis-server outlived it"
