"""Queries about applications and the outbox. Each takes a cursor so callers compose one transaction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import duckdb

from app.errors import Conflict, NotFound

JOB_COLUMNS = ("id, status, title, company, location, source, url, apply_url, apply_email, group_id, folder, "
               "json_extract_string(job, '$.requisition_id') AS reference")


def utcnow() -> datetime:
    """Naive UTC, the form every timestamp in these tables is stored in."""
    return datetime.now(UTC).replace(tzinfo=None)


def _rows(cur: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    rel = cur.execute(sql, params)
    cols = [d[0] for d in rel.description or []]
    return [dict(zip(cols, r, strict=True)) for r in rel.fetchall()]


def job_row(cur: duckdb.DuckDBPyConnection, job_id: str) -> dict[str, Any]:
    rows = _rows(cur, f"SELECT {JOB_COLUMNS} FROM jobs WHERE id = ?", [job_id])
    if not rows:
        raise NotFound(f"no job with id {job_id}")
    return rows[0]


def recipient_override(cur: duckdb.DuckDBPyConnection, job_id: str) -> str | None:
    row = cur.execute("SELECT recipient FROM recipient_overrides WHERE job_id = ?", [job_id]).fetchone()
    return row[0] if row else None


def set_recipient_override(cur: duckdb.DuckDBPyConnection, job_id: str, recipient: str) -> None:
    cur.execute("INSERT INTO recipient_overrides (job_id, recipient, created_at) VALUES (?, ?, ?) "
                "ON CONFLICT (job_id) DO UPDATE SET recipient = excluded.recipient, created_at = excluded.created_at",
                [job_id, recipient, utcnow()])


def documents(cur: duckdb.DuckDBPyConnection, job_id: str) -> dict[str, dict[str, Any]]:
    return {r["kind"]: r for r in _rows(cur, "SELECT kind, name, path, sha256, size FROM documents WHERE job_id = ?",
                                        [job_id])}


def application_in_group(cur: duckdb.DuckDBPyConnection, group_id: str) -> dict[str, Any] | None:
    rows = _rows(cur, "SELECT job_id, channel, recipient FROM applications WHERE group_id = ?", [group_id])
    return rows[0] if rows else None


def insert_application(cur: duckdb.DuckDBPyConnection, job: dict[str, Any], channel: str,
                       recipient: str | None, now: datetime) -> None:
    """One application per job and per duplicate group; the UNIQUE constraints are the last word."""
    other = application_in_group(cur, job["group_id"])
    if other is not None:
        raise Conflict(f"already applied to this role as job {other['job_id']} ({other['channel']}); "
                       "one application per duplicate group", detail={"job_id": other["job_id"]})
    cur.execute("INSERT INTO applications (job_id, group_id, channel, recipient, approved_at, applied_at, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", [job["id"], job["group_id"], channel, recipient, now,
                                                  now if channel == "link" else None, now])


def delete_application(cur: duckdb.DuckDBPyConnection, job_id: str) -> None:
    cur.execute("DELETE FROM applications WHERE job_id = ?", [job_id])


def outbox_row(cur: duckdb.DuckDBPyConnection, job_id: str) -> dict[str, Any] | None:
    rows = _rows(cur, "SELECT * FROM outbox WHERE job_id = ?", [job_id])
    return rows[0] if rows else None


def record_attempt(cur: duckdb.DuckDBPyConnection, job_id: str, message_id: str, result: str, *,
                   code: int | None = None, error: str | None = None, retry_after: datetime | None = None) -> None:
    cur.execute("INSERT INTO send_attempts (job_id, message_id, result, code, error, retry_after, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", [job_id, message_id, result, code, error, retry_after, utcnow()])


def temporary_failures_in_a_row(cur: duckdb.DuckDBPyConnection, job_id: str) -> int:
    """Temporary failures since the job's last attempt of any other kind."""
    results = [r[0] for r in cur.execute(
        "SELECT result FROM send_attempts WHERE job_id = ? ORDER BY created_at DESC, rowid DESC", [job_id]).fetchall()]
    n = 0
    for result in results:
        if result != "temporary":
            break
        n += 1
    return n


def retry_after(cur: duckdb.DuckDBPyConnection, job_id: str) -> datetime | None:
    row = cur.execute("SELECT retry_after FROM send_attempts WHERE job_id = ? ORDER BY created_at DESC, rowid DESC "
                      "LIMIT 1", [job_id]).fetchone()
    return row[0] if row else None


def sends_since(cur: duckdb.DuckDBPyConnection, since: datetime) -> int:
    """Transactions started since `since` (every try reached for the server, failed or not)."""
    return int(cur.execute("SELECT count(*) FROM send_attempts WHERE created_at >= ? AND result IN "
                           "('sent', 'unknown', 'temporary', 'permanent', 'auth')", [since]).fetchone()[0]
               + cur.execute("SELECT count(*) FROM outbox WHERE state = 'sending' AND created_at >= ?",
                             [since]).fetchone()[0])


def last_send_at(cur: duckdb.DuckDBPyConnection) -> datetime | None:
    row = cur.execute("SELECT max(created_at) FROM outbox").fetchone()
    return row[0] if row else None


def window_start(now: datetime, hours: float) -> datetime:
    return now - timedelta(hours=hours)
