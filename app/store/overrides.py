"""Queries about the seeker's "apply anyway" overrides of a gate or a low score."""

from __future__ import annotations

import duckdb

from app.store.applications import utcnow


def set_override(cur: duckdb.DuckDBPyConnection, job_id: str, reason: str) -> None:
    cur.execute(
        "INSERT INTO job_overrides (job_id, reason, created_at) VALUES (?, ?, ?) ON CONFLICT (job_id) "
        "DO UPDATE SET reason = excluded.reason, created_at = excluded.created_at",
        [job_id, reason, utcnow()],
    )


def override_of(cur: duckdb.DuckDBPyConnection, job_id: str) -> str | None:
    row = cur.execute("SELECT reason FROM job_overrides WHERE job_id = ?", [job_id]).fetchone()
    return row[0] if row else None
