"""The EventBus contract (app/runtime/bus.py), held by both backends: the in-process bus and the Redis stream.

The recorder reads and acknowledges; `GET /api/events` pages the history (resuming after an entry id);
`Jobsmith.wait_idle` asks whether everything published was read and acknowledged.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.runtime.bus import EventBus, MemoryBus
from app.runtime.events import Event
from app.runtime.redis_backend import connect
from app.runtime.redis_bus import RedisBus
from app.testing.redis_server import RedisServer


@pytest.fixture(params=["memory", "redis"])
def bus(request: pytest.FixtureRequest) -> Iterator[EventBus]:
    if request.param == "memory":
        yield MemoryBus()
        return
    server: RedisServer = request.getfixturevalue("redis_server")
    redis_bus = RedisBus(connect(server.url))
    yield redis_bus
    redis_bus.close()


def _ev(n: int) -> Event:
    return Event(id=f"run:{n}:started:0", type="stage.started", job_id=f"job{n}", run_id="run", stage="match")


def _ids(entries: list[tuple[str, Event]]) -> list[str]:
    return [e.id for _, e in entries]


def test_a_new_bus_is_idle_with_nothing_pending(bus: EventBus) -> None:
    assert bus.idle()
    assert bus.pending() == 0
    assert bus.history() == []


def test_published_events_are_read_in_order_then_acknowledged(bus: EventBus) -> None:
    for n in range(3):
        bus.publish(_ev(n))
    entries = bus.read(block_ms=100)
    assert _ids(entries) == [_ev(n).id for n in range(3)]
    bus.ack([i for i, _ in entries])
    assert bus.read(block_ms=50) == []


def test_the_bus_is_busy_until_every_published_event_is_read_and_acknowledged(bus: EventBus) -> None:
    bus.publish(_ev(1))
    assert not bus.idle()  # published, not read
    entries = bus.read(block_ms=100)
    assert not bus.idle()  # read, not acknowledged
    assert bus.pending() == 1
    bus.ack([i for i, _ in entries])
    assert bus.pending() == 0
    assert bus.idle()


def test_history_gives_the_latest_entries_oldest_first(bus: EventBus) -> None:
    for n in range(5):
        bus.publish(_ev(n))
    assert _ids(bus.history(count=2)) == [_ev(3).id, _ev(4).id]
    assert _ids(bus.history()) == [_ev(n).id for n in range(5)]


def test_history_resumes_after_an_entry_id_and_reads_nothing_for_the_recorder(bus: EventBus) -> None:
    for n in range(3):
        bus.publish(_ev(n))
    seen = bus.history(count=2)
    bus.publish(_ev(9))
    assert _ids(bus.history(after=seen[-1][0])) == [_ev(9).id]
    assert _ids(bus.history(after=seen[0][0], count=1)) == [_ev(2).id]
    assert bus.pending() == 0  # paging the history hands nothing to the recorder
    assert _ids(bus.read(block_ms=100)) == [_ev(n).id for n in (0, 1, 2, 9)]


def test_entry_ids_grow_in_publishing_order(bus: EventBus) -> None:
    for n in range(3):
        bus.publish(_ev(n))
    ids = [i for i, _ in bus.history()]
    assert len(set(ids)) == 3
    assert ids == sorted(ids, key=lambda i: tuple(int(p) for p in i.split("-")))
