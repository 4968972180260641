"""Queries about `applied_events`: the recorder applies each event once, keyed by its id, inside the
transaction that applies it (docs/runtime.md)."""

from __future__ import annotations

import duckdb


def was_applied(cur: duckdb.DuckDBPyConnection, event_id: str) -> bool:
    return cur.execute("SELECT 1 FROM applied_events WHERE event_id = ?", [event_id]).fetchone() is not None


def mark_applied(cur: duckdb.DuckDBPyConnection, event_id: str, event_type: str, job_id: str | None) -> None:
    cur.execute("INSERT INTO applied_events (event_id, type, job_id) VALUES (?, ?, ?)", [event_id, event_type, job_id])
