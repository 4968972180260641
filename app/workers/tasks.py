"""Task functions run by RQ workers and by the in-process executor alike."""

from __future__ import annotations

import logging
from typing import Any

from app.pipeline.orders import WorkOrder
from app.pipeline.runner import run_pipeline
from app.runtime.context import get_worker_context
from app.runtime.events import Event

log = logging.getLogger(__name__)

PIPELINE_TASK = "app.workers.tasks.run_pipeline_task"
DISCOVERY_TASK = "app.workers.tasks.run_discovery_task"


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
    if order.get("liveness") and _expired(work, ctx.bus.publish):  # issue 13: closed postings stop here
        return "expired"
    outcome = run_pipeline(work, ctx.blobs, ctx.bus.publish)
    return outcome.outcome if outcome else "failed"


def _expired(work: WorkOrder, publish: Any) -> bool:
    """Re-check the posting before documents are made for approval (issue 13). A closed posting ends
    the run as `expired` with the evidence; an unreachable one is reported and the run goes on."""
    from app.sources.liveness import as_dict, recheck

    verdict = recheck(work.job)
    publish(
        Event(
            id=f"{work.run_id}:liveness:finished:0",
            type="stage.finished",
            job_id=work.job.id,
            run_id=work.run_id,
            stage="liveness",
            data={"output": as_dict(verdict)},
        )
    )
    if not verdict.closed:
        return False
    publish(
        Event(
            id=f"{work.run_id}:liveness:job.finished",
            type="job.finished",
            job_id=work.job.id,
            run_id=work.run_id,
            stage="liveness",
            data={"outcome": "expired", "reason": f"posting closed: {verdict.evidence}"},
        )
    )
    return True


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
