"""How the seeker's CV was read: `GET /api/cv` shows the outline, `PUT /api/cv` confirms or corrects it."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends
from fastapi.concurrency import run_in_threadpool

from app.api.deps import get_service
from app.api.schemas.cv import CvConfirmed, CvView
from app.cv_confirm import confirm_cv, cv_view
from app.service import Jobsmith

router = APIRouter(prefix="/api", tags=["cv"])
Service = Annotated[Jobsmith, Depends(get_service)]


@router.get("/cv", response_model=CvView)
async def get_cv(svc: Service) -> dict[str, Any]:
    """The CV's outline (name, contact, roles with bullets, skills, education), each field with a confidence;
    `confirmed` once the seeker confirmed it, `check` lists the fields read with low confidence."""
    return await run_in_threadpool(cv_view, svc)


@router.put("/cv", response_model=CvConfirmed)
async def put_cv(svc: Service, outline: Annotated[dict[str, Any], Body(description="a CvOutline")]) -> dict[str, Any]:
    """Confirm (or correct) the outline; jobs that waited for it are queued again (`requeued`)."""
    return await run_in_threadpool(confirm_cv, svc, outline)
