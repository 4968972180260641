"""Task functions run by RQ workers and by the in-process executor alike."""

from __future__ import annotations

import logging
from typing import Any

from app.domain.models import Job
from app.pipeline.orders import WorkOrder
from app.pipeline.runner import run_pipeline
from app.runtime.context import get_worker_context
from app.runtime.events import Event

log = logging.getLogger(__name__)

PIPELINE_TASK = "app.workers.tasks.run_pipeline_task"
DISCOVERY_TASK = "app.workers.tasks.run_discovery_task"


def preload(settings: Any) -> None:
    """What a task would otherwise load in a worker's first job: the place data and the SDK of each provider
    that has a key. Called once at worker start, before the worker takes jobs (and before any fork)."""
    import importlib

    from app.pipeline.locations import load_place_data

    load_place_data()
    if settings.ANTHROPIC_API_KEY:
        importlib.import_module("app.llm.providers.anthropic")
    if settings.OPENAI_API_KEY or settings.OPENAI_BASE_URL:
        importlib.import_module("app.llm.providers.openai_compat")


def run_pipeline_task(order: dict[str, Any]) -> str:
    """Run one job's pipeline from its work order; results leave as events, never as DB writes."""
    ctx = get_worker_context()
    try:
        work = WorkOrder.model_validate(order)
    except Exception as exc:  # a malformed order is reported, not dropped
        job_id = str(order.get("job", {}).get("id") or "unknown")
        run_id = str(order.get("run_id") or "unknown")
        ctx.bus.publish(
            Event(
                id=f"{run_id}:order:failed:0",
                type="stage.failed",
                job_id=job_id,
                run_id=run_id,
                stage="order",
                data={"error": f"bad work order: {exc}"},
            )
        )
        return "failed"
    # issue 13: the posting is re-checked after the gates, before tailoring (closed postings stop there)
    recheck = _recheck if order.get("liveness") else None
    outcome = run_pipeline(work, ctx.blobs, ctx.bus.publish, recheck=recheck)
    return outcome.outcome if outcome else "failed"


def _recheck(job: Job) -> dict[str, Any]:
    """Is the posting still open? Asked by the runner only for a job that passed the gates."""
    from app.sources.liveness import as_dict, recheck

    return as_dict(recheck(job))


def run_discovery_task(order: dict[str, Any]) -> str:
    """Fetch one source and publish what it found (or why it failed) as one event."""
    from app.config.platforms import PlatformsConfig, SourceConfig
    from app.sources.discover import discover_source

    ctx = get_worker_context()
    cfg = SourceConfig.model_validate(order["source"])
    run = discover_source(cfg, PlatformsConfig.model_validate(order["platforms"]))
    ctx.bus.publish(
        Event(
            id=f"{order['run_id']}:discovery:{cfg.name}",
            run_id=order["run_id"],
            stage="discovery",
            type="discovery.batch" if run.ok else "discovery.failed",
            data={
                "source": cfg.name,
                "type": cfg.type,
                "ok": run.ok,
                "error": run.error,
                "pages": run.pages,
                "ms": run.ms,
                "jobs": [j.model_dump(mode="json") for j in run.jobs],
            },
        )
    )
    return "ok" if run.ok else "failed"
