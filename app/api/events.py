"""Live progress: `GET /api/events` streams pipeline events as Server-Sent Events.

In distributed mode the events come from the Redis stream (ids are stream entry ids, so a client that
reconnects with `Last-Event-ID` resumes where it stopped); in embedded mode from the in-process bus's
recent buffer. Reading here never acknowledges anything: the recorder's consumer group is untouched.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from sse_starlette import EventSourceResponse

from app.api.deps import get_service
from app.runtime.events import Event
from app.service import Jobsmith

router = APIRouter(prefix="/api", tags=["events"])
Service = Annotated[Jobsmith, Depends(get_service)]
POLL_S = 0.5


class _Feed:
    """Pages through the bus's recent events: `history` on the Redis stream, `recent` on the memory bus."""

    def __init__(self, bus: Any) -> None:
        self.bus = bus
        self._last: Event | None = None  # memory bus: the newest event already sent

    def page(self, after: str | None, count: int) -> list[tuple[str, Event]]:
        if hasattr(self.bus, "history"):
            return self.bus.history(after, count)
        recent: list[Event] = list(getattr(self.bus, "recent", []))
        if self._last is not None:
            newer = next((i for i in range(len(recent) - 1, -1, -1) if recent[i] is self._last), None)
            recent = recent[newer + 1 :] if newer is not None else recent
        else:
            recent = recent[-count:]
        if recent:
            self._last = recent[-1]
        return [(f"{e.id}@{e.at.timestamp():.6f}", e) for e in recent]


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
    feed = _Feed(svc.bus)
    resume = last_event_id if last_event_id and hasattr(svc.bus, "history") else None

    async def stream() -> AsyncIterator[dict[str, str]]:
        sent, cursor = 0, resume
        batch: list[tuple[str, Event]] = []
        if cursor is None:  # start from the newest `last` events (at least one read, to place the cursor)
            batch = await run_in_threadpool(feed.page, None, max(last, 1))
            if batch:
                cursor = batch[-1][0] if hasattr(svc.bus, "history") else None
            batch = batch[-last:] if last else []
        else:  # a reconnecting client: everything after the last event it saw
            batch = await run_in_threadpool(feed.page, cursor, 500)
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
            batch = await run_in_threadpool(feed.page, cursor, 500)
            if batch and hasattr(svc.bus, "history"):
                cursor = batch[-1][0]

    return EventSourceResponse(stream(), ping=15)
