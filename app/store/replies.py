"""Queries about replies read from the mailbox and the outcomes they propose."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

import duckdb

from app.domain import status as domain_status
from app.domain.status import values
from app.errors import Conflict, NotFound
from app.store.applications import rows_of, utcnow

ANSWERABLE = values(domain_status.ANSWERABLE)
READING_COLUMNS = (
    "r.id, r.job_id, r.message_id, r.matched_by, r.sender, r.subject, r.excerpt, r.kind, "
    "r.evidence, r.proposed_outcome, r.received_on, r.state, r.confirmed_outcome, r.created_at, "
    "j.title, j.company, j.status AS job_status"
)


def job_for_thread(cur: duckdb.DuckDBPyConnection, message_ids: list[str]) -> dict[str, Any] | None:
    """The job whose sent application has one of these Message-IDs (In-Reply-To / References)."""
    if not message_ids:
        return None
    marks = ", ".join("?" * len(message_ids))
    rows = rows_of(
        cur,
        f"SELECT o.job_id, j.status FROM outbox o JOIN jobs j ON j.id = o.job_id "
        f"WHERE o.state = 'sent' AND o.message_id IN ({marks}) LIMIT 1",
        message_ids,
    )
    return rows[0] if rows else None


def link_applications(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Jobs applied to through a link (no thread of ours to answer) that could still be answered."""
    marks = ", ".join("?" * len(ANSWERABLE))
    return rows_of(
        cur,
        "SELECT j.id AS job_id, j.status, j.company, j.url, j.apply_url, j.apply_email FROM jobs j "
        "JOIN applications p ON p.job_id = j.id AND p.channel = 'link' "
        f"WHERE j.status IN ({marks}) ORDER BY j.id",
        list(ANSWERABLE),
    )


def reading_id(message_id: str) -> str:
    return hashlib.sha256(message_id.encode()).hexdigest()[:16]


def insert_reading(
    cur: duckdb.DuckDBPyConnection,
    *,
    job_id: str,
    message_id: str,
    matched_by: str,
    sender: str,
    subject: str,
    excerpt: str,
    kind: str,
    evidence: str,
    proposed_outcome: str | None,
    received_on: date | None,
) -> bool:
    """Store one reading; False when this message was read before."""
    rid = reading_id(message_id)
    if cur.execute("SELECT 1 FROM reply_readings WHERE id = ?", [rid]).fetchone():
        return False
    cur.execute(
        "INSERT INTO reply_readings (id, job_id, message_id, matched_by, sender, subject, excerpt, kind, "
        "evidence, proposed_outcome, received_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            rid,
            job_id,
            message_id,
            matched_by,
            sender,
            subject,
            excerpt,
            kind,
            evidence,
            proposed_outcome,
            received_on,
            utcnow(),
        ],
    )
    return True


def list_readings(
    cur: duckdb.DuckDBPyConnection, state: str | None = "proposed", job_id: str | None = None
) -> list[dict[str, Any]]:
    where, params = [], []
    if state:
        where.append("r.state = ?")
        params.append(state)
    if job_id:
        where.append("r.job_id = ?")
        params.append(job_id)
    sql = f"SELECT {READING_COLUMNS} FROM reply_readings r JOIN jobs j ON j.id = r.job_id"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return rows_of(cur, sql + " ORDER BY r.received_on DESC NULLS LAST, r.created_at DESC", params)


def get_reading(cur: duckdb.DuckDBPyConnection, rid: str) -> dict[str, Any]:
    rows = rows_of(
        cur, f"SELECT {READING_COLUMNS} FROM reply_readings r JOIN jobs j ON j.id = r.job_id WHERE r.id = ?", [rid]
    )
    if not rows:
        raise NotFound(f"no reply with id {rid}")
    return rows[0]


def decide_reading(cur: duckdb.DuckDBPyConnection, rid: str, state: str, outcome: str | None) -> None:
    row = get_reading(cur, rid)
    if row["state"] != "proposed":
        raise Conflict(f"reply {rid} was already {row['state']}")
    cur.execute(
        "UPDATE reply_readings SET state = ?, confirmed_outcome = ?, decided_at = ? WHERE id = ?",
        [state, outcome, utcnow(), rid],
    )
