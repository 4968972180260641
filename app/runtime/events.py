"""Events: how results travel from workers to the one process that owns the database."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

EventType = Literal[
    "stage.started",  # a stage began (for live progress)
    "stage.finished",  # a stage ended with its output
    "stage.failed",  # a stage failed; the job needs a person
    "job.finished",  # the pipeline reached its outcome for this run
    "usage",  # one LLM call's tokens and cost
    "discovery.batch",  # a source returned postings
    "discovery.failed",  # a source failed, with the reason
]


class Event(BaseModel):
    """`id` is deterministic for (run, stage, type), so a re-run task re-emits the same ids."""

    id: str
    type: EventType
    job_id: str | None = None
    run_id: str | None = None
    stage: str | None = None
    data: dict[str, Any] = Field(default_factory=dict)
    at: datetime = Field(default_factory=lambda: datetime.now(UTC))


def event_id(run_id: str, stage: str, kind: str, n: int = 0) -> str:
    return f"{run_id}:{stage}:{kind}:{n}"
