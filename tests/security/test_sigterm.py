"""SIGTERM stops `jobsmith up` promptly, even while a long payload is being added."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from tests.conftest import ROOT, free_port


def _payload(n: int) -> str:
    return json.dumps(
        {
            "jobs": [
                {
                    "id": i,
                    "title": f"Data Engineer {i}",
                    "absolute_url": f"https://boards.greenhouse.io/acme/jobs/{i}",
                    "location": {"name": "London, UK"},
                    "content": "<p>Python and SQL</p>",
                    "company_name": "Acme",
                    "updated_at": "2026-11-20T10:00:00Z",
                }
                for i in range(n)
            ]
        }
    )


def test_sigterm_stops_up_promptly_during_a_long_add(tmp_path: Path) -> None:
    port = free_port()
    env = {
        **os.environ,
        "API_PORT": str(port),
        "REDIS_URL": "",
        "DUCKDB_PATH": str(tmp_path / "data" / "j.duckdb"),
        "CONFIG_DIR": str(tmp_path / "config"),
        "TEMPLATES_DIR": str(tmp_path / "cv"),
        "EXPORT_DIR": str(tmp_path / "export"),
        "GRADIO_ANALYTICS_ENABLED": "False",
    }
    log = (tmp_path / "up.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "up", "--no-ui", "--no-demo"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code < 500:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        payload = _payload(1999)

        def add() -> None:
            with contextlib.suppress(httpx.HTTPError):  # the app goes away mid-request: expected
                httpx.post(f"{base}/api/jobs", json={"payload": payload, "filename": "greenhouse.json"}, timeout=120)

        threading.Thread(target=add, daemon=True).start()
        while not list((tmp_path / "data").glob("*.duckdb")):
            time.sleep(0.1)
        time.sleep(1.5)  # the add is under way
        started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        proc.wait(45)
        assert time.monotonic() - started < 20, "SIGTERM did not stop the app promptly"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
        log.close()
