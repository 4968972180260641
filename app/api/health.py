"""Health: database, queue, configuration and the seeker's templates; configuration reload."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from app.api.deps import get_service
from app.api.schemas.health import ConfigReloaded, HealthReport
from app.service import Jobsmith

router = APIRouter(tags=["health"])
Service = Annotated[Jobsmith, Depends(get_service)]


@router.get("/health", response_model=HealthReport, responses={503: {"model": HealthReport}})
def health(svc: Service) -> JSONResponse:
    report = svc.health()
    return JSONResponse(report, status_code=200 if report["ok"] else 503)


@router.post("/api/config/reload", response_model=ConfigReloaded)
def reload_config(svc: Service) -> ConfigReloaded:
    """Re-read config/*.yaml. A bad file is refused with file, key and reason; the old one stays."""
    svc.reload_config()
    return ConfigReloaded(ok=True, dir=str(svc.settings.CONFIG_DIR))
