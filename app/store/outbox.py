"""Queries about the outbox (one row per application email) and the send attempts. Each takes the cursor of
the caller's transaction: the send-once protocol's claim and record are one transaction each (docs/sending.md)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import duckdb

from app.store.applications import rows_of, utcnow
from app.store.db import Store


def outbox_row(cur: duckdb.DuckDBPyConnection, job_id: str) -> dict[str, Any] | None:
    rows = rows_of(cur, "SELECT * FROM outbox WHERE job_id = ?", [job_id])
    return rows[0] if rows else None


def record_attempt(
    cur: duckdb.DuckDBPyConnection,
    job_id: str,
    message_id: str,
    result: str,
    *,
    code: int | None = None,
    error: str | None = None,
    retry_after: datetime | None = None,
) -> None:
    cur.execute(
        "INSERT INTO send_attempts (job_id, message_id, result, code, error, retry_after, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [job_id, message_id, result, code, error, retry_after, utcnow()],
    )


def temporary_failures_in_a_row(cur: duckdb.DuckDBPyConnection, job_id: str) -> int:
    """Temporary failures since the job's last attempt of any other kind."""
    results = [
        r[0]
        for r in cur.execute(
            "SELECT result FROM send_attempts WHERE job_id = ? ORDER BY created_at DESC, rowid DESC", [job_id]
        ).fetchall()
    ]
    n = 0
    for result in results:
        if result != "temporary":
            break
        n += 1
    return n


def retry_after(cur: duckdb.DuckDBPyConnection, job_id: str) -> datetime | None:
    row = cur.execute(
        "SELECT retry_after FROM send_attempts WHERE job_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1", [job_id]
    ).fetchone()
    return row[0] if row else None


_COUNTED = (
    "SELECT created_at FROM send_attempts WHERE created_at >= ? AND result IN "
    "('sent', 'unknown', 'temporary', 'permanent', 'auth') "
    "UNION ALL SELECT created_at FROM outbox WHERE state = 'sending' AND created_at >= ?"
)


def sends_since(cur: duckdb.DuckDBPyConnection, since: datetime) -> tuple[int, datetime | None]:
    """SMTP transactions started since `since` (every try, failed or not, and any in flight), and the oldest."""
    row = cur.execute(f"SELECT count(*), min(created_at) FROM ({_COUNTED})", [since, since]).fetchone()
    return (int(row[0]), row[1]) if row else (0, None)


def last_send_at(cur: duckdb.DuckDBPyConnection) -> datetime | None:
    row = cur.execute("SELECT max(created_at) FROM outbox").fetchone()
    return row[0] if row else None


def in_flight(cur: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(job id, Message-ID) of every row still `sending`."""
    return [
        (r[0], r[1]) for r in cur.execute("SELECT job_id, message_id FROM outbox WHERE state = 'sending'").fetchall()
    ]


def claim(
    cur: duckdb.DuckDBPyConnection, message_id: str, job_id: str, recipient: str, subject: str, now: datetime
) -> None:
    """The job's row becomes `sending` with a fresh Message-ID (a failed earlier try's row is replaced)."""
    cur.execute("DELETE FROM outbox WHERE job_id = ? AND state = 'failed'", [job_id])
    cur.execute(
        "INSERT INTO outbox (message_id, job_id, state, recipient, subject, created_at) "
        "VALUES (?, ?, 'sending', ?, ?, ?)",
        [message_id, job_id, recipient, subject, now],
    )


def mark_sent(cur: duckdb.DuckDBPyConnection, message_id: str, at: datetime) -> None:
    cur.execute("UPDATE outbox SET state = 'sent', sent_at = ?, error = NULL WHERE message_id = ?", [at, message_id])


def mark_unknown(cur: duckdb.DuckDBPyConnection, message_id: str, reason: str) -> None:
    cur.execute("UPDATE outbox SET state = 'unknown', error = ? WHERE message_id = ?", [reason, message_id])


def mark_failed(cur: duckdb.DuckDBPyConnection, message_id: str, reason: str) -> None:
    cur.execute("UPDATE outbox SET state = 'failed', error = ? WHERE message_id = ?", [reason, message_id])


def settle(
    cur: duckdb.DuckDBPyConnection, message_id: str, state: str, sent_at: datetime | None, error: str | None
) -> None:
    """The row of `message_id` reaches `state` whatever it was (the late record's safety net)."""
    cur.execute(
        "UPDATE outbox SET state = ?, sent_at = ?, error = ? WHERE message_id = ?", [state, sent_at, error, message_id]
    )


def confirm_sent(cur: duckdb.DuckDBPyConnection, job_id: str, at: datetime) -> None:
    """A person says the job's `unknown` send went."""
    cur.execute("UPDATE outbox SET state = 'sent', sent_at = ?, error = NULL WHERE job_id = ?", [at, job_id])


def confirm_not_sent(cur: duckdb.DuckDBPyConnection, job_id: str, reason: str) -> None:
    """A person says the job's `unknown` send did not go: the row is `failed`, so the job may go again."""
    cur.execute("UPDATE outbox SET state = 'failed', error = ? WHERE job_id = ?", [reason, job_id])


def approved_with_address(store: Store) -> list[str]:
    """Approved jobs that have an address to send to (the posting's or a typed one), oldest change first."""
    return [
        r["id"]
        for r in store.read(
            "SELECT id FROM jobs j WHERE status = 'approved' AND (apply_email IS NOT NULL OR EXISTS "
            "(SELECT 1 FROM recipient_overrides r WHERE r.job_id = j.id)) ORDER BY updated_at, id"
        )
    ]
