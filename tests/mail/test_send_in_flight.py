"""Approve, send and confirm refuse while a send is in flight or unknown; the delivery is still recorded."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.domain.status import Status
from app.main import create_app
from app.service import Jobsmith
from app.settings import Settings
from app.testing.smtp_server import SmtpTestServer
from tests.mail.helpers import PASSWORD, SENDER, add_job

MAIL_YAML = """
limits: {min_spacing_seconds: 0, per_hour: 100, per_day: 1000}
smtp: {timeout_seconds: 20, connect_timeout_seconds: 2}
"""


@pytest.fixture
def svc(workdir: Path, smtp: SmtpTestServer) -> Iterator[Jobsmith]:
    (workdir / "config" / "mail.yaml").write_text(MAIL_YAML)
    settings = Settings(
        _env_file=None,
        DUCKDB_PATH=workdir / "data" / "jobs.duckdb",
        CONFIG_DIR=workdir / "config",
        TEMPLATES_DIR=workdir / "current_cv_coverletter",
        EXPORT_DIR=workdir / "export",
        CACHE_DIR=workdir / "data" / "cache",
        SMTP_SERVER="127.0.0.1",
        SMTP_PORT=smtp.port,
        SENDER_EMAIL=SENDER,
        SENDER_PASSWORD=PASSWORD,
    )
    service = Jobsmith(settings).start()
    yield service
    service.stop()


def _status(svc: Jobsmith, job_id: str) -> str:
    return str(svc.store.scalar("SELECT status FROM jobs WHERE id = ?", [job_id]))


def test_a_second_approve_during_an_in_flight_send_is_refused_and_the_delivery_recorded(
    svc: Jobsmith, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    job_id = add_job(svc.store, tmp_path, status=Status.AWAITING_APPROVAL)
    smtp.handler.block_data()
    with TestClient(create_app(svc.settings, svc)) as api:
        first = threading.Thread(target=lambda: api.post(f"/api/jobs/{job_id}/approve"), daemon=True)
        first.start()
        try:
            assert smtp.handler.data_arrived.wait(10)
            assert _status(svc, job_id) == "sending"
            for path, body in (
                (f"/api/jobs/{job_id}/approve", None),
                ("/api/applications/approve", {"job_ids": [job_id]}),
                (f"/api/applications/{job_id}/send", None),
                (f"/api/applications/{job_id}/confirm", {"sent": False}),
            ):
                resp = api.post(path, json=body)
                if path == "/api/applications/approve":
                    [item] = resp.json()["items"]
                    assert not item["ok"] and "in flight" in item["error"], item
                else:
                    assert resp.status_code == 409, (path, resp.text)
                    assert "in flight" in resp.json()["error"], resp.text
                assert _status(svc, job_id) == "sending"
        finally:
            smtp.handler.release()
            first.join(20)
    assert _status(svc, job_id) == "sent"
    assert svc.store.scalar("SELECT state FROM outbox WHERE job_id = ?", [job_id]) == "sent"
    assert svc.store.scalar("SELECT count(*) FROM send_attempts WHERE job_id = ? AND result = 'sent'", [job_id]) == 1
    assert len(smtp.handler.received()) == 1


def test_approve_and_send_refuse_an_unknown_send_until_a_person_confirms(
    svc: Jobsmith, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    job_id = add_job(svc.store, tmp_path, status=Status.AWAITING_APPROVAL)

    def unknown(cur):  # type: ignore[no-untyped-def]
        from app.store.jobs import transition

        transition(cur, job_id, Status.APPROVED, reason="test")
        transition(cur, job_id, Status.SENDING, reason="test")
        cur.execute(
            "INSERT INTO outbox (message_id, job_id, state, recipient, subject, created_at) "
            "VALUES ('<m@x>', ?, 'unknown', 'a@b.example', 's', now())",
            [job_id],
        )
        transition(cur, job_id, Status.UNKNOWN, reason="crash mid-send")

    svc.store.write(unknown)
    with TestClient(create_app(svc.settings, svc)) as api:
        for path in (f"/api/jobs/{job_id}/approve", f"/api/applications/{job_id}/send"):
            resp = api.post(path)
            assert resp.status_code == 409 and "confirm" in resp.json()["error"], resp.text
            assert _status(svc, job_id) == "unknown"
        assert api.post(f"/api/applications/{job_id}/confirm", json={"sent": True}).status_code == 200
    assert _status(svc, job_id) == "sent"
    assert smtp.handler.received() == []
