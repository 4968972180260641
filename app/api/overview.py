"""One read for the UI's banner, pipeline view, board and charts (costs, funnel, time in stage)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from app.api.deps import get_service
from app.api.schemas.overview import Cursor, Overview
from app.applications import hooks
from app.demo import DEMO_DIR
from app.review.plan import mail_ready
from app.service import Jobsmith
from app.store import insights
from app.store import jobs as q

router = APIRouter(prefix="/api", tags=["overview"])
Service = Annotated[Jobsmith, Depends(get_service)]


def banner(svc: Jobsmith, spent_today: float) -> dict[str, Any]:
    modes = hooks.modes(svc)
    budget = float(svc.config.agents.budgets.per_day_usd)
    try:
        demo = svc.settings.TEMPLATES_DIR.resolve() == (DEMO_DIR / "cv").resolve()
    except OSError:
        demo = False
    return {
        "dry_run": modes.dry_run,
        "approval_mode": modes.approval_mode,
        "mail_configured": mail_ready(svc),
        "demo": demo,
        "budget_per_day": budget,
        "spent_today": spent_today,
        "budget_reached": budget > 0 and spent_today >= budget,
        "config_error": svc.config_error,
    }


@router.get("/overview", response_model=Overview)
def overview(svc: Service) -> dict[str, Any]:
    """Banner flags, counts, pipeline (jobs and time per stage), board, funnel by source and week, LLM cost."""
    totals = insights.cost_totals(svc.store)
    return {
        "banner": banner(svc, totals["today"]),
        "counts": q.counts_by_status(svc.store),
        "pipeline": insights.pipeline(svc.store),
        "board": insights.board(svc.store),
        "funnel": insights.funnel(svc.store),
        "cost_by_day": insights.cost_by_day(svc.store),
        "cost_totals": totals,
    }


@router.get("/overview/cursor", response_model=Cursor)
def cursor(svc: Service) -> dict[str, str]:
    """A value that changes whenever anything the UI shows changes (poll this, then reload what changed)."""
    return {"cursor": insights.change_cursor(svc.store)}
