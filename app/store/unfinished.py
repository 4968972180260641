"""Queries about jobs a worker has still to finish (`queued` or `processing`)."""

from __future__ import annotations

import duckdb

from app.domain.status import Status
from app.store.db import Store
from app.store.jobs import current_status, transition

UNFINISHED = (Status.QUEUED, Status.PROCESSING)
_IN = "status IN (" + ", ".join(f"'{s.value}'" for s in UNFINISHED) + ")"


def unfinished_ids(store: Store) -> list[str]:
    """Jobs left `queued` or `processing` (by a stopped app, on start)."""
    return [str(r["id"]) for r in store.read(f"SELECT id FROM jobs WHERE {_IN}")]


def count_unfinished(store: Store) -> int:
    return int(store.scalar(f"SELECT count(*) FROM jobs WHERE {_IN}") or 0)


def requeue_interrupted(cur: duckdb.DuckDBPyConnection, job_id: str) -> None:
    """A job cut off while `processing` goes back to `queued` (it is run again, same stages, cached)."""
    if current_status(cur, job_id) is Status.PROCESSING:
        transition(cur, job_id, Status.QUEUED, reason="restarted after an interruption")
