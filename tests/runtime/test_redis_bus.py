"""The Redis stream bus: consumer group reads, acknowledgements, and entries a crashed recorder left behind."""

from __future__ import annotations

import time

import pytest
import redis

from app import keys
from app.errors import MissingBlob
from app.runtime.events import Event
from app.runtime.redis_backend import connect
from app.runtime.redis_blobs import RedisBlobs
from app.runtime.redis_bus import RedisBus


def _ev(n: int) -> Event:
    return Event(id=f"run:{n}:started:0", type="stage.started", job_id=f"job{n}", run_id="run", stage="match")


def _conn(redis_url: str) -> redis.Redis:
    return connect(redis_url)


def test_published_events_are_read_once_by_the_group_then_acknowledged(redis_url: str) -> None:
    bus = RedisBus(_conn(redis_url))
    for n in range(3):
        bus.publish(_ev(n))
    entries = bus.read(block_ms=100)
    assert [e.id for _, e in entries] == [_ev(n).id for n in range(3)]
    bus.ack([i for i, _ in entries])
    assert bus.read(block_ms=100) == []
    assert bus.pending() == 0


def test_events_published_before_the_recorder_ever_ran_are_not_missed(redis_url: str) -> None:
    RedisBus(_conn(redis_url)).publish(_ev(1))  # a worker publishes; no group exists yet
    entries = RedisBus(_conn(redis_url)).read(block_ms=100)
    assert [e.id for _, e in entries] == [_ev(1).id]


def test_a_restarted_recorder_gets_its_unacknowledged_entries_first(redis_url: str) -> None:
    first = RedisBus(_conn(redis_url))
    first.publish(_ev(1))
    assert len(first.read(block_ms=100)) == 1  # read, then the app dies before acknowledging
    first.publish(_ev(2))
    again = RedisBus(_conn(redis_url))  # the same consumer name after a restart
    assert [e.id for _, e in again.read(block_ms=100)] == [_ev(1).id]


def test_entries_left_by_another_consumer_are_claimed_after_the_idle_time(redis_url: str) -> None:
    crashed = RedisBus(_conn(redis_url), consumer="old-host")
    crashed.publish(_ev(1))
    assert len(crashed.read(block_ms=100)) == 1
    bus = RedisBus(_conn(redis_url), claim_idle_ms=200)
    bus.ensure_group()
    assert bus.claim_idle() == []  # not idle long enough yet
    time.sleep(0.3)
    claimed = bus.claim_idle()
    assert [e.id for _, e in claimed] == [_ev(1).id]
    bus.ack([i for i, _ in claimed])
    assert bus.pending() == 0


def test_trimming_never_drops_an_unacknowledged_entry(redis_url: str) -> None:
    conn = _conn(redis_url)
    bus = RedisBus(conn, retention_s=0)
    for n in range(5):
        bus.publish(_ev(n))
    entries = bus.read(block_ms=100, count=5)
    bus.ack([i for i, _ in entries[:2]])  # 3 still unacknowledged
    bus.trim()
    assert conn.xlen(keys.EVENT_STREAM) == 3
    assert [e.id for _, e in bus.history()] == [_ev(n).id for n in (2, 3, 4)]


def test_history_pages_after_an_entry(redis_url: str) -> None:
    bus = RedisBus(_conn(redis_url))
    for n in range(4):
        bus.publish(_ev(n))
    first = bus.history(count=2)
    assert [e.id for _, e in first] == [_ev(2).id, _ev(3).id]
    bus.publish(_ev(9))
    assert [e.id for _, e in bus.history(after=first[-1][0])] == [_ev(9).id]


def test_blobs_round_trip_by_hash_with_a_ttl(redis_url: str) -> None:
    conn = _conn(redis_url)
    blobs = RedisBlobs(conn, ttl_s=1000)
    digest = blobs.put(b"cv bytes")
    assert blobs.get(digest) == b"cv bytes"
    assert 0 < conn.ttl(keys.blob_key(digest)) <= 1000
    with pytest.raises(MissingBlob):
        blobs.get("0" * 64)
