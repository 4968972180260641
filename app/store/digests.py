"""Queries for the alert digest: what needs the seeker, and the one row per period that makes it go once."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import duckdb

from app.store.applications import rows_of, utcnow


def strong_matches(cur: duckdb.DuckDBPyConnection, since: datetime, min_score: float) -> list[dict[str, Any]]:
    return rows_of(
        cur,
        "SELECT id, title, company, score, status FROM jobs WHERE score >= ? AND created_at >= ? AND "
        "status IN ('documents_ready', 'awaiting_approval', 'dry_run_complete') "
        "ORDER BY score DESC, id LIMIT 20",
        [min_score, since],
    )


def waiting_approvals(cur: duckdb.DuckDBPyConnection, long_before: datetime) -> tuple[int, list[dict[str, Any]]]:
    total = cur.execute("SELECT count(*) FROM jobs WHERE status = 'awaiting_approval'").fetchone()
    long = rows_of(
        cur,
        "SELECT id, title, company, updated_at FROM jobs WHERE status = 'awaiting_approval' AND "
        "updated_at <= ? ORDER BY updated_at, id LIMIT 20",
        [long_before],
    )
    return int(total[0] if total else 0), long


def new_replies(cur: duckdb.DuckDBPyConnection, since: datetime) -> list[dict[str, Any]]:
    return rows_of(
        cur,
        "SELECT r.id, r.kind, r.subject, j.title, j.company FROM reply_readings r JOIN jobs j ON "
        "j.id = r.job_id WHERE r.state = 'proposed' AND r.created_at >= ? ORDER BY r.created_at",
        [since],
    )


def followups_due(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    return rows_of(
        cur,
        "SELECT f.id, f.kind, j.title, j.company FROM followups f JOIN jobs j ON j.id = f.job_id "
        "WHERE f.state = 'draft' ORDER BY f.created_at",
        [],
    )


def last_sent(cur: duckdb.DuckDBPyConnection) -> datetime | None:
    row = cur.execute("SELECT max(created_at) FROM digests WHERE state = 'sent'").fetchone()
    return row[0] if row else None


def claim(cur: duckdb.DuckDBPyConnection, period: str, summary: dict[str, Any]) -> bool:
    """Take the period for one digest; False when it already has one (sent, or in flight when a crash hit)."""
    row = cur.execute("SELECT state FROM digests WHERE period = ?", [period]).fetchone()
    if row is not None and row[0] != "failed":
        return False
    if row is None:
        cur.execute(
            "INSERT INTO digests (period, state, summary, created_at) VALUES (?, 'sending', ?, ?)",
            [period, json.dumps(summary, default=str), utcnow()],
        )
    else:
        cur.execute(
            "UPDATE digests SET state = 'sending', summary = ?, detail = NULL WHERE period = ?",
            [json.dumps(summary, default=str), period],
        )
    return True


def finish(cur: duckdb.DuckDBPyConnection, period: str, state: str, detail: str | None) -> None:
    cur.execute(
        "UPDATE digests SET state = ?, detail = ?, sent_at = ? WHERE period = ?",
        [state, detail, utcnow() if state == "sent" else None, period],
    )


def listing(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    return rows_of(
        cur, "SELECT period, state, detail, created_at, sent_at FROM digests ORDER BY period DESC LIMIT 50", []
    )
