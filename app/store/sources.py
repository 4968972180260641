"""Queries about `source_runs`: one row per discovery run of a source, written by the recorder."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb


@dataclass(frozen=True)
class SourceRun:
    run_id: str | None
    source: str
    type: str
    ok: bool
    error: str | None
    pages: int
    found: int
    new_jobs: int
    ms: int


def record_run(cur: duckdb.DuckDBPyConnection, r: SourceRun) -> None:
    """Idempotent: a replayed event records nothing twice."""
    cur.execute(
        "INSERT INTO source_runs (run_id, source, type, ok, error, pages, found, new_jobs, ms) "
        "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
        [r.run_id, r.source, r.type, r.ok, r.error, r.pages, r.found, r.new_jobs, r.ms],
    )
