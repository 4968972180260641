"""Queries about follow-ups, thank-you notes and reminders. Each takes a cursor so callers compose one
transaction."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import duckdb

from app.errors import NotFound
from app.store.applications import rows_of, utcnow

JOB = "j.id AS job_id, j.title, j.company, json_extract_string(j.job, '$.contact_name') AS contact_name,"
COLUMNS = (
    "f.id, f.job_id, f.kind, f.state, f.recipient, f.subject, f.body, f.in_reply_to, f.message_id, f.error, "
    "f.created_at, f.updated_at, f.sent_at, j.title, j.company, j.status AS job_status"
)

NO_ANSWER = (
    "NOT EXISTS (SELECT 1 FROM outcomes x WHERE x.job_id = j.id AND x.outcome IN "
    "('responded', 'interview', 'offer', 'declined', 'withdrawn')) AND NOT EXISTS (SELECT 1 FROM "
    "reply_readings r WHERE r.job_id = j.id AND r.state = 'proposed' AND r.proposed_outcome IS NOT NULL)"
)


def silent_email_applications(cur: duckdb.DuckDBPyConnection, sent_before: date) -> list[dict[str, Any]]:
    """Applications sent by email on or before `sent_before`, with no answer and no follow-up yet."""
    return rows_of(
        cur,
        f"SELECT {JOB} o.message_id, o.recipient, "
        "o.subject, o.sent_at FROM jobs j JOIN outbox o ON o.job_id = j.id AND o.state = 'sent' "
        "WHERE j.status IN ('sent', 'no_response') AND CAST(o.sent_at AS DATE) <= ? AND "
        f"{NO_ANSWER} AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.job_id = j.id AND "
        "f.kind = 'follow_up') ORDER BY j.id",
        [sent_before],
    )


def silent_link_applications(cur: duckdb.DuckDBPyConnection, applied_before: date) -> list[dict[str, Any]]:
    return rows_of(
        cur,
        f"SELECT {JOB} j.apply_url, p.applied_at "
        "FROM jobs j JOIN applications p ON p.job_id = j.id AND p.channel = 'link' "
        "WHERE j.status IN ('applied', 'no_response') AND CAST(p.applied_at AS DATE) <= ? AND "
        f"{NO_ANSWER} AND NOT EXISTS (SELECT 1 FROM followups f WHERE f.job_id = j.id AND "
        "f.kind = 'reminder') ORDER BY j.id",
        [applied_before],
    )


def interviews_without_thanks(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Jobs at interview whose application went by email (a thread to thank in), with no thank-you yet."""
    return rows_of(
        cur,
        f"SELECT {JOB} o.message_id, o.recipient, "
        "o.subject, o.sent_at FROM jobs j JOIN outbox o ON o.job_id = j.id AND o.state = 'sent' "
        "WHERE j.status = 'interview' AND NOT EXISTS (SELECT 1 FROM followups f WHERE "
        "f.job_id = j.id AND f.kind = 'thank_you') ORDER BY j.id",
        [],
    )


def insert(
    cur: duckdb.DuckDBPyConnection,
    *,
    fid: str,
    job_id: str,
    kind: str,
    recipient: str | None,
    subject: str,
    body: str,
    in_reply_to: str | None,
) -> None:
    now = utcnow()
    cur.execute(
        "INSERT INTO followups (id, job_id, kind, state, recipient, subject, body, in_reply_to, created_at, "
        "updated_at) VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [fid, job_id, kind, recipient, subject, body, in_reply_to, now, now],
    )


def get(cur: duckdb.DuckDBPyConnection, fid: str) -> dict[str, Any]:
    rows = rows_of(cur, f"SELECT {COLUMNS} FROM followups f JOIN jobs j ON j.id = f.job_id WHERE f.id = ?", [fid])
    if not rows:
        raise NotFound(f"no follow-up with id {fid}")
    return rows[0]


def listing(
    cur: duckdb.DuckDBPyConnection, states: tuple[str, ...] | None, job_id: str | None = None
) -> list[dict[str, Any]]:
    where, params = [], []
    if states:
        where.append(f"f.state IN ({', '.join('?' * len(states))})")
        params += list(states)
    if job_id:
        where.append("f.job_id = ?")
        params.append(job_id)
    sql = f"SELECT {COLUMNS} FROM followups f JOIN jobs j ON j.id = f.job_id"
    return rows_of(
        cur, sql + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY f.created_at, f.id", params
    )


def ids_in_state(cur: duckdb.DuckDBPyConnection, state: str) -> list[str]:
    return [
        r[0]
        for r in cur.execute("SELECT id FROM followups WHERE state = ? ORDER BY updated_at, id", [state]).fetchall()
    ]


def update(cur: duckdb.DuckDBPyConnection, fid: str, **values: Any) -> None:
    values["updated_at"] = utcnow()
    cols = ", ".join(f"{k} = ?" for k in values)
    cur.execute(f"UPDATE followups SET {cols} WHERE id = ?", [*values.values(), fid])


def sent_at_now() -> datetime:
    return utcnow()
