"""The work order: everything a stateless worker needs, and nothing it must fetch from the app."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel

from app.config.agents import AgentsConfig
from app.config.search import SearchConfig
from app.domain.models import Job


class BlobRef(BaseModel):
    """A file carried by content hash; the bytes live in the blob store."""

    name: str
    sha256: str
    size: int = 0


class WorkOrder(BaseModel):
    job: Job
    run_id: str
    search: SearchConfig
    agents: AgentsConfig
    cv: BlobRef | None = None
    cover_letter: BlobRef | None = None
    template_problems: list[str] = []
    today: date
    override: str | None = None  # the seeker's reason to tailor despite a failed gate or a low score
    cv_outline: dict[str, Any] | None = (
        None  # the seeker's confirmed reading of this CV file (app.documents.cv_outline)
    )


class Outcome(BaseModel):
    """What a run decided: the recorder turns it into a status change."""

    outcome: str  # filtered | rejected | expired | documents_ready
    reason: str = ""
    documents: list[BlobRef] = []
    report: dict[str, Any] = {}
