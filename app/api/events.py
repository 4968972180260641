"""Live progress: `GET /api/events` streams pipeline events as Server-Sent Events.

The events come from the bus's history (the Redis stream in distributed mode, the in-process bus's recent
entries in embedded mode); ids are bus entry ids, so a client that reconnects with `Last-Event-ID` resumes
where it stopped. Reading here never acknowledges anything: the recorder's consumer group is untouched.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from sse_starlette import EventSourceResponse

from app.api.deps import get_service
from app.runtime.events import Event
from app.service import Jobsmith

router = APIRouter(prefix="/api", tags=["events"])
Service = Annotated[Jobsmith, Depends(get_service)]
POLL_S = 0.5


def _sse(entry_id: str, event: Event) -> dict[str, str]:
    return {"id": entry_id, "event": event.type, "data": event.model_dump_json()}


@router.get("/events", response_class=EventSourceResponse)
async def events(
    request: Request,
    svc: Service,
    job_id: Annotated[str | None, Query(description="only this job's events")] = None,
    last: Annotated[int, Query(ge=0, le=1000, description="recent events sent first")] = 50,
    follow: Annotated[bool, Query(description="keep streaming new events")] = True,
    limit: Annotated[int | None, Query(ge=1, description="close after this many events")] = None,
    last_event_id: Annotated[str | None, Header()] = None,
) -> EventSourceResponse:
    """Recent events, then (with `follow`) new ones as they arrive: `event` is the type, `data` the event JSON."""
    bus = svc.bus

    async def stream() -> AsyncIterator[dict[str, str]]:
        sent, cursor = 0, last_event_id or None
        batch: list[tuple[str, Event]] = []
        if cursor is None:  # start from the newest `last` events (at least one read, to place the cursor)
            batch = await run_in_threadpool(bus.history, None, max(last, 1))
            cursor = batch[-1][0] if batch else None
            batch = batch[-last:] if last else []
        else:  # a reconnecting client: everything after the last event it saw
            batch = await run_in_threadpool(bus.history, cursor, 500)
            cursor = batch[-1][0] if batch else cursor
        while True:
            for entry_id, event in batch:
                if job_id and event.job_id != job_id:
                    continue
                yield _sse(entry_id, event)
                sent += 1
                if limit and sent >= limit:
                    return
            if not follow or await request.is_disconnected():
                return
            await asyncio.sleep(POLL_S)
            batch = await run_in_threadpool(bus.history, cursor, 500)
            cursor = batch[-1][0] if batch else cursor

    return EventSourceResponse(stream(), ping=15)
