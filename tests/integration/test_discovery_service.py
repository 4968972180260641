"""Discovery through the app: sources served by a real HTTP server on loopback, runs recorded, schedule."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

POSTINGS = Path(__file__).resolve().parents[2] / "app" / "demo" / "postings"


class Boards(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path.startswith("/v1/boards/tasmanwave/jobs"):
            body, status = (POSTINGS / "greenhouse_tasmanwave_jobs.json").read_bytes(), 200
        elif self.path.startswith("/v0/postings/koalaworks"):
            body, status = (POSTINGS / "lever_koalaworks_postings.json").read_bytes(), 200
        else:
            body, status = b'{"error": "boom"}', 500
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def boards(allow_loopback_fetches: None) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Boards)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def platforms(workdir: Path, boards: str) -> Path:
    (workdir / "config" / "platforms.yaml").write_text(
        yaml.safe_dump(
            {
                "schedule_enabled": True,
                "sources": [
                    {
                        "name": "tasmanwave",
                        "type": "greenhouse",
                        "params": {"board": "tasmanwave", "base_url": boards},
                        "retries": 0,
                    },
                    {
                        "name": "koalaworks",
                        "type": "lever",
                        "params": {"site": "koalaworks", "base_url": boards},
                        "retries": 0,
                    },
                    {
                        "name": "broken",
                        "type": "greenhouse",
                        "params": {"board": "nope", "base_url": boards},
                        "retries": 0,
                    },
                ],
            }
        )
    )
    return workdir


def _wait_runs(service, n: int) -> None:  # type: ignore[no-untyped-def]
    import time

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and service.store.scalar("SELECT count(*) FROM source_runs") < n:
        time.sleep(0.1)


def test_discovery_adds_new_postings_and_a_failing_source_is_visible(platforms, service, client) -> None:  # type: ignore[no-untyped-def]
    queued = client.post("/api/discovery/run").json()["queued"]
    assert {r["source"] for r in queued} == {"tasmanwave", "koalaworks", "broken"}
    _wait_runs(service, 3)
    assert service.wait_idle(90)
    sources = {s["name"]: s["last_run"] for s in client.get("/api/sources").json()}
    assert sources["tasmanwave"]["ok"] and sources["tasmanwave"]["new_jobs"] >= 1
    assert sources["koalaworks"]["ok"] and sources["koalaworks"]["found"] == 2
    assert not sources["broken"]["ok"] and "500" in sources["broken"]["error"]
    total = client.get("/api/jobs").json()["total"]
    assert total == sources["tasmanwave"]["found"] + sources["koalaworks"]["found"]

    # Incremental: a second run finds the same postings and adds nothing.
    client.post("/api/discovery/run", params={"source": "koalaworks"})
    _wait_runs(service, 4)
    assert service.wait_idle(60)
    again = {s["name"]: s["last_run"] for s in client.get("/api/sources").json()}["koalaworks"]
    assert again["found"] == 2 and again["new_jobs"] == 0
    assert client.get("/api/jobs").json()["total"] == total


def test_unknown_source_is_a_clear_404(platforms, client) -> None:  # type: ignore[no-untyped-def]
    resp = client.post("/api/discovery/run", params={"source": "linkedin"})
    assert resp.status_code == 404 and "tasmanwave" in resp.json()["error"]


def test_schedule_runs_sources_that_are_due_and_not_the_others(platforms, service) -> None:  # type: ignore[no-untyped-def]
    assert set(service.scheduler.run_due()) == {"tasmanwave", "koalaworks", "broken"}
    _wait_runs(service, 3)
    assert service.scheduler.run_due() == []  # each ran just now; every_hours has not passed
