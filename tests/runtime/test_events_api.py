"""`GET /api/events`: recent pipeline events as Server-Sent Events, embedded and on the Redis stream."""

from __future__ import annotations

import json
from typing import Any

from fastapi.testclient import TestClient

from app.main import create_app
from app.runtime.events import Event
from app.service import Jobsmith
from app.testing.redis_server import RedisServer


def _client(settings: Any, svc: Jobsmith) -> TestClient:
    return TestClient(create_app(settings, svc))


def _parse(body: str) -> list[dict[str, Any]]:
    out, current = [], {}
    for line in body.splitlines():
        if not line.strip():
            if current:
                out.append(current)
            current = {}
        elif not line.startswith(":"):
            key, _, value = line.partition(":")
            current[key] = value.strip()
    if current:
        out.append(current)
    return out


def _ev(n: int, job: str = "job1") -> Event:
    return Event(id=f"run:{n}:started:0", type="stage.started", job_id=job, run_id="run", stage=f"s{n}")


def test_recent_events_stream_as_sse_in_embedded_mode(settings: Any, service: Jobsmith) -> None:
    for n in range(3):
        service.bus.publish(_ev(n, job="job1" if n != 1 else "job2"))
    with _client(settings, service) as client:
        response = client.get("/api/events", params={"follow": False, "job_id": "job1"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    sent = _parse(response.text)
    assert [json.loads(e["data"])["stage"] for e in sent] == ["s0", "s2"]
    assert {e["event"] for e in sent} == {"stage.started"}


def test_events_come_from_the_redis_stream_and_resume_after_last_event_id(
    settings: Any, redis_server: RedisServer
) -> None:
    s = settings.model_copy(update={"REDIS_URL": redis_server.url})
    svc = Jobsmith(s).start()
    try:
        svc.recorder.stop()  # keep the events unread by the recorder: the feed must not depend on it
        for n in range(4):
            svc.bus.publish(_ev(n))
        with _client(s, svc) as client:
            first = _parse(client.get("/api/events", params={"follow": False, "last": 2}).text)
            assert [json.loads(e["data"])["stage"] for e in first] == ["s2", "s3"]
            svc.bus.publish(_ev(9))
            resumed = _parse(
                client.get("/api/events", params={"follow": False}, headers={"Last-Event-ID": first[-1]["id"]}).text
            )
            assert [json.loads(e["data"])["stage"] for e in resumed] == ["s9"]
            followed = _parse(client.get("/api/events", params={"last": 1, "limit": 1}).text)  # follows, then closes
            assert [json.loads(e["data"])["stage"] for e in followed] == ["s9"]
        assert svc.bus.pending() == 0
    finally:
        svc.stop()


def test_embedded_events_resume_after_last_event_id(settings: Any, service: Jobsmith) -> None:
    for n in range(3):
        service.bus.publish(_ev(n))
    with _client(settings, service) as client:
        first = _parse(client.get("/api/events", params={"follow": False, "last": 2}).text)
        assert [json.loads(e["data"])["stage"] for e in first] == ["s1", "s2"]
        service.bus.publish(_ev(7))
        resumed = _parse(
            client.get("/api/events", params={"follow": False}, headers={"Last-Event-ID": first[-1]["id"]}).text
        )
    assert [json.loads(e["data"])["stage"] for e in resumed] == ["s7"]
