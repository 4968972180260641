"""The alert digest: off by default, at most once per period through a real SMTP server, optionally to a
webhook (a loopback HTTP server here), nothing when there is nothing to say."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest

from app.applications.alerts import send_digest_due
from app.applications.outbox import Outbox
from app.config.mail import AlertsConfig
from app.domain.status import Status
from app.store import Store
from app.testing.smtp_server import SmtpTestServer
from tests.mail.helpers import SENDER, add_job

NOW = datetime(2026, 12, 1, 9, 0)


def _waiting(store: Store, tmp_path: Path, n: int) -> str:
    job_id = add_job(store, tmp_path, n=n, status=Status.AWAITING_APPROVAL, title=f"Data Engineer {n}")
    store.write(lambda cur: cur.execute("UPDATE jobs SET score = 0.91 WHERE id = ?", [job_id]))
    return job_id


def _digests(smtp: SmtpTestServer) -> list[Any]:
    return [r.message for r in smtp.handler.received() if str(r.message["Subject"]).startswith("jobsmith digest")]


def test_the_digest_is_off_by_default(store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path) -> None:
    _waiting(store, tmp_path, 1)
    assert send_digest_due(outbox, AlertsConfig(), now=NOW) is None
    assert _digests(smtp) == []


def test_one_digest_per_day_to_the_seekers_own_mailbox(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    _waiting(store, tmp_path, 1)
    cfg = AlertsConfig(enabled=True, hour_utc=8)
    assert send_digest_due(outbox, cfg, now=NOW.replace(hour=7)) is None  # before the hour

    first = send_digest_due(outbox, cfg, now=NOW)
    _waiting(store, tmp_path, 2)
    again = send_digest_due(outbox, cfg, now=NOW + timedelta(hours=5))
    next_day = send_digest_due(outbox, cfg, now=NOW + timedelta(days=1))

    assert first is not None and first["state"] == "sent" and first["delivered"] == ["email"]
    assert again is None
    assert next_day is not None and next_day["state"] == "sent"
    mails = _digests(smtp)
    assert [str(m["Subject"]) for m in mails] == ["jobsmith digest 2026-12-01", "jobsmith digest 2026-12-02"]
    assert mails[0]["To"] == SENDER
    body = mails[0].get_content()
    assert "Waiting for your approval: 1" in body and "Data Engineer 1 at Derwent Water Authority (91%)" in body


def test_nothing_to_say_sends_nothing_and_keeps_the_period_open(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    cfg = AlertsConfig(enabled=True, hour_utc=0)
    assert send_digest_due(outbox, cfg, now=NOW) is None
    _waiting(store, tmp_path, 1)
    assert send_digest_due(outbox, cfg, now=NOW + timedelta(hours=1))["state"] == "sent"  # type: ignore[index]
    assert len(_digests(smtp)) == 1


@pytest.fixture
def webhook() -> Any:
    got: list[tuple[dict[str, str], bytes]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            got.append((dict(self.headers), self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/jobsmith-topic", got
    server.shutdown()


def test_a_weekly_digest_also_goes_to_the_webhook_once(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path, webhook: Any
) -> None:
    url, got = webhook
    _waiting(store, tmp_path, 1)
    cfg = AlertsConfig(enabled=True, period="weekly", hour_utc=0, webhook_url=url)
    result = send_digest_due(outbox, cfg, now=NOW)
    assert send_digest_due(outbox, cfg, now=NOW + timedelta(days=2)) is None  # same ISO week
    assert result is not None and result["delivered"] == ["email", "webhook"]
    assert len(got) == 1 and got[0][0]["Title"] == "jobsmith digest 2026-W49"
    assert b"Waiting for your approval: 1" in got[0][1]
    assert len(_digests(smtp)) == 1
