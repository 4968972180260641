"""Discovery on demand and the state of each source (app/api/discovery.py)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class SourceRun(BaseModel):
    run_id: str
    source: str
    type: str
    ok: bool
    error: str | None
    pages: int
    found: int
    new_jobs: int
    ms: int
    created_at: datetime


class SourceState(BaseModel):
    name: str
    type: str
    enabled: bool
    every_hours: float
    last_run: SourceRun | None = Field(description="the newest run (None: it never ran)")


class QueuedRun(BaseModel):
    source: str
    run_id: str


class DiscoveryQueued(BaseModel):
    queued: list[QueuedRun]
