"""Discovery on demand, and the state of every configured source."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from app.api.deps import get_service
from app.api.schemas.discovery import DiscoveryQueued, SourceState
from app.service import Jobsmith

router = APIRouter(prefix="/api", tags=["discovery"])
Service = Annotated[Jobsmith, Depends(get_service)]


@router.get("/sources", response_model=list[SourceState])
def sources(svc: Service) -> list[dict[str, Any]]:
    """Each source in platforms.yaml with its last run (when, ok, found, new, or the error)."""
    return svc.sources_status()


@router.post("/discovery/run", status_code=202, response_model=DiscoveryQueued)
def run_discovery(svc: Service, source: str | None = None) -> dict[str, Any]:
    """Queue discovery for one source, or for every enabled source."""
    return {"queued": svc.discover(source)}
