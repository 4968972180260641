"""Queries about `llm_usage`: one row per model call (or cache hit), written by the recorder from `usage` events."""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb

from app.store.db import Store


@dataclass(frozen=True)
class UsageRow:
    event_id: str
    job_id: str | None
    stage: str
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0
    cache_write_tokens: int = 0
    cache_read_tokens: int = 0
    cost: float = 0.0
    cached: bool = False


@dataclass(frozen=True)
class JobUsage:
    cost: float = 0.0
    models: list[str] = field(default_factory=list)


def record(cur: duckdb.DuckDBPyConnection, u: UsageRow) -> None:
    cur.execute(
        "INSERT INTO llm_usage (event_id, job_id, stage, provider, model, input_tokens, output_tokens, "
        "cache_write_tokens, cache_read_tokens, cost, cached) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            u.event_id,
            u.job_id,
            u.stage,
            u.provider,
            u.model,
            u.input_tokens,
            u.output_tokens,
            u.cache_write_tokens,
            u.cache_read_tokens,
            u.cost,
            u.cached,
        ],
    )


def of_job(store: Store, job_id: str) -> JobUsage:
    """What the job's model calls cost in all, and the models that made them."""
    row = store.read_one(
        "SELECT coalesce(sum(cost), 0) AS cost, list(DISTINCT model) AS models FROM llm_usage WHERE job_id = ?",
        [job_id],
    )
    if row is None:
        return JobUsage()
    return JobUsage(float(row["cost"] or 0.0), [str(m) for m in (row["models"] or []) if m])
