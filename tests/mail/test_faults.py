"""SMTP faults from a real server: each lands in a documented state with the documented retry behaviour."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from app.applications.outbox import Outbox
from app.config.mail import MailConfig
from app.store import Store
from app.store.applications import utcnow
from app.testing.smtp_server import SmtpTestServer, free_port
from tests.mail.helpers import add_job, mail_settings


def _state(store: Store, job_id: str) -> tuple[str, str | None, int]:
    status = store.scalar("SELECT status FROM jobs WHERE id = ?", [job_id])
    outbox = store.scalar("SELECT state FROM outbox WHERE job_id = ?", [job_id])
    apps = store.scalar("SELECT count(*) FROM applications WHERE job_id = ?", [job_id])
    return status, outbox, apps


def _assert_temporary(store: Store, outbox: Outbox, job_id: str, code: int | None) -> None:
    result = outbox.send(job_id)
    assert (result.state, result.job_status, result.code) == ("failed", "approved", code)
    assert _state(store, job_id) == ("approved", "failed", 0)
    assert result.retry_after is not None
    wait = result.retry_after - utcnow()
    assert timedelta(minutes=14) < wait <= timedelta(minutes=15)
    # Before retry_after the job waits: no new SMTP transaction, no new outbox row.
    again = outbox.send(job_id)
    assert again.state == "deferred" and again.retry_after == result.retry_after


def test_connection_refused_is_temporary_and_retried_later(
    store: Store, tmp_path: Path, mail_config: MailConfig
) -> None:
    outbox = Outbox(store, mail_settings(tmp_path / "x.duckdb", free_port()), mail_config)
    job_id = add_job(store, tmp_path)
    _assert_temporary(store, outbox, job_id, None)


def test_421_is_temporary_and_retried_later(store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path) -> None:
    smtp.handler.fault = "421"
    job_id = add_job(store, tmp_path)
    _assert_temporary(store, outbox, job_id, 421)
    assert smtp.handler.received() == []


def test_450_is_temporary_and_goes_after_the_wait(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    smtp.handler.fault = "450"
    job_id = add_job(store, tmp_path)
    _assert_temporary(store, outbox, job_id, 450)
    smtp.handler.fault = None
    store.write(lambda cur: cur.execute("UPDATE send_attempts SET retry_after = retry_after - INTERVAL 1 DAY"))

    results = outbox.send_due()

    assert [r.state for r in results] == ["sent"]
    assert _state(store, job_id) == ("sent", "sent", 1)
    assert len(smtp.handler.received()) == 1


def test_temporary_failures_in_a_row_go_to_pending(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    smtp.handler.fault = "450"
    outbox.config.retry.temporary_delay_minutes = 0
    job_id = add_job(store, tmp_path)
    states = [outbox.send(job_id).job_status for _ in range(3)]
    assert states == ["approved", "approved", "pending"]
    row = store.read_one("SELECT failed_stage, error, status_reason FROM jobs WHERE id = ?", [job_id])
    assert row["failed_stage"] == "send" and "3 times in a row" in row["status_reason"]


def test_535_goes_to_pending_with_a_clear_reason_and_no_retry(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    smtp.handler.fault = "535"
    job_id = add_job(store, tmp_path)

    result = outbox.send(job_id)

    assert (result.state, result.job_status, result.code) == ("failed", "pending", 535)
    assert "SENDER_PASSWORD" in result.detail and "app password" in result.detail
    assert _state(store, job_id) == ("pending", "failed", 0)
    smtp.handler.fault = None
    assert outbox.send_due() == []  # a pending job is never retried by itself
    assert smtp.handler.received() == []


def test_550_goes_to_pending_and_is_not_retried(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    smtp.handler.fault = "550"
    job_id = add_job(store, tmp_path)

    result = outbox.send(job_id)

    assert (result.state, result.job_status, result.code) == ("failed", "pending", 550)
    assert "recipient" in result.detail
    assert _state(store, job_id) == ("pending", "failed", 0)
    smtp.handler.fault = None
    assert outbox.send_due() == []
    assert smtp.handler.received() == []


def test_timeout_after_data_is_unknown_and_never_resent(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    smtp.handler.fault, smtp.handler.hang_seconds = "hang_data", 4
    job_id = add_job(store, tmp_path)

    result = outbox.send(job_id)

    assert (result.state, result.job_status) == ("unknown", "unknown")
    assert _state(store, job_id) == ("unknown", "unknown", 1)
    assert len(smtp.handler.received()) == 1  # the server got it; we cannot know: a person confirms
    smtp.handler.fault = None
    assert outbox.send_due() == []
    assert len(smtp.handler.received()) == 1


def test_timeout_before_data_is_temporary(store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path) -> None:
    smtp.handler.fault, smtp.handler.hang_seconds = "hang_rcpt", 4
    job_id = add_job(store, tmp_path)

    result = outbox.send(job_id)

    assert (result.state, result.job_status) == ("failed", "approved")
    assert smtp.handler.received() == []


def test_rejection_after_data_is_a_definite_failure(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    smtp.handler.fault = "550_data"
    job_id = add_job(store, tmp_path)

    result = outbox.send(job_id)

    assert (result.state, result.job_status, result.code) == ("failed", "pending", 550)
