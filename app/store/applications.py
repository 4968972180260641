"""Queries about applications and the outbox. Each takes a cursor so callers compose one transaction."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import duckdb

from app.errors import Conflict, NotFound

JOB_COLUMNS = (
    "id, status, title, company, location, source, url, apply_url, apply_email, group_id, folder, "
    "json_extract_string(job, '$.requisition_id') AS reference"
)


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
    cur.execute(
        "INSERT INTO recipient_overrides (job_id, recipient, created_at) VALUES (?, ?, ?) "
        "ON CONFLICT (job_id) DO UPDATE SET recipient = excluded.recipient, created_at = excluded.created_at",
        [job_id, recipient, utcnow()],
    )


def documents(cur: duckdb.DuckDBPyConnection, job_id: str) -> dict[str, dict[str, Any]]:
    return {
        r["kind"]: r
        for r in _rows(cur, "SELECT kind, name, path, sha256, size FROM documents WHERE job_id = ?", [job_id])
    }


def application_in_group(cur: duckdb.DuckDBPyConnection, group_id: str) -> dict[str, Any] | None:
    rows = _rows(cur, "SELECT job_id, channel, recipient FROM applications WHERE group_id = ?", [group_id])
    return rows[0] if rows else None


def insert_application(
    cur: duckdb.DuckDBPyConnection, job: dict[str, Any], channel: str, recipient: str | None, now: datetime
) -> None:
    """One application per job and per duplicate group; the UNIQUE constraints are the last word."""
    other = application_in_group(cur, job["group_id"])
    if other is not None:
        raise Conflict(
            f"already applied to this role as job {other['job_id']} ({other['channel']}); "
            "one application per duplicate group",
            detail={"job_id": other["job_id"]},
        )
    cur.execute(
        "INSERT INTO applications (job_id, group_id, channel, recipient, approved_at, applied_at, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [job["id"], job["group_id"], channel, recipient, now, now if channel == "link" else None, now],
    )


def delete_application(cur: duckdb.DuckDBPyConnection, job_id: str) -> None:
    cur.execute("DELETE FROM applications WHERE job_id = ?", [job_id])


def outbox_row(cur: duckdb.DuckDBPyConnection, job_id: str) -> dict[str, Any] | None:
    rows = _rows(cur, "SELECT * FROM outbox WHERE job_id = ?", [job_id])
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
    count, oldest = cur.execute(f"SELECT count(*), min(created_at) FROM ({_COUNTED})", [since, since]).fetchone()
    return int(count), oldest


def last_send_at(cur: duckdb.DuckDBPyConnection) -> datetime | None:
    row = cur.execute("SELECT max(created_at) FROM outbox").fetchone()
    return row[0] if row else None


VIEWS = {
    # every job that has an outbox row or an application, newest first
    "all": "EXISTS (SELECT 1 FROM outbox o2 WHERE o2.job_id = j.id) OR p.job_id IS NOT NULL",
    # sends a person must settle (sent or not sent)
    "unknown": "j.status = 'unknown'",
    # apply-link hand-offs: approved, no address to send to; documents ready, link shown
    "handoff": "j.status = 'approved' AND j.apply_email IS NULL AND r.recipient IS NULL",
    # sends parked for a person after a failure
    "failed": "j.status = 'pending' AND j.failed_stage = 'send'",
}


def list_applications(store: Any, view: str = "all", limit: int = 200) -> list[dict[str, Any]]:
    """Rows for the UI: the job, its application and outbox state, by view (all, unknown, handoff, failed)."""
    if view not in VIEWS:
        raise NotFound(f"unknown view {view!r}; expected one of {', '.join(VIEWS)}")
    return store.read(  # type: ignore[no-any-return]
        "SELECT j.id AS job_id, j.title, j.company, j.status, j.status_reason, j.apply_url, "
        "coalesce(p.channel, CASE WHEN j.apply_email IS NULL AND r.recipient IS NULL THEN 'link' ELSE 'email' END) "
        "AS channel, coalesce(o.recipient, p.recipient, r.recipient, j.apply_email) AS recipient, "
        "o.state AS outbox_state, o.message_id, o.error, o.created_at AS send_started_at, o.sent_at, p.applied_at "
        "FROM jobs j LEFT JOIN applications p ON p.job_id = j.id LEFT JOIN outbox o ON o.job_id = j.id "
        f"LEFT JOIN recipient_overrides r ON r.job_id = j.id WHERE {VIEWS[view]} "
        "ORDER BY j.updated_at DESC, j.id LIMIT ?",
        [limit],
    )
