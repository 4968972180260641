"""The event bus on a Redis stream: workers XADD, the app's recorder reads with a consumer group.

Delivery is at least once; the recorder's `applied_events` table makes applying exactly once. Entries a
crashed recorder read but never acknowledged are handed out again: this consumer's own pending entries
first (a restarted app), then anyone's entries idle longer than `claim_idle_ms` (XAUTOCLAIM).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import cast

import redis
from pydantic import ValidationError

from app import keys
from app.runtime.events import Event

log = logging.getLogger(__name__)

_TRIM_EVERY = 200  # acknowledgements between two trims of the stream


RawEntry = tuple[bytes | str | None, Mapping[bytes | str, bytes | str] | None]  # an entry id and its fields


def _as_text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _read_entries(reply: object) -> list[RawEntry]:
    """XREADGROUP's reply for the one stream read, `[[stream, entries]]` (None when nothing came)."""
    if not isinstance(reply, list) or not reply:
        return []
    return cast(list[RawEntry], reply[0][1])


def _claim_reply(reply: object) -> tuple[str, list[RawEntry]]:
    """XAUTOCLAIM's reply `[next start, entries, ...]`."""
    if not isinstance(reply, list | tuple) or len(reply) < 2:
        return "0-0", []
    return _as_text(reply[0]), cast(list[RawEntry], reply[1])


def _id_tuple(entry_id: str) -> tuple[int, int]:
    ms, _, seq = entry_id.partition("-")
    return int(ms), int(seq or 0)


class RedisBus:
    """XADD on publish, XREADGROUP on read, XACK on ack; XAUTOCLAIM for entries a crash left behind."""

    def __init__(
        self,
        conn: redis.Redis,
        *,
        stream: str = keys.EVENT_STREAM,
        group: str = keys.RECORDER_GROUP,
        consumer: str = keys.RECORDER_CONSUMER,
        claim_idle_ms: int = 30_000,
        retention_s: int = 24 * 3600,
    ) -> None:
        self.conn, self.stream, self.group, self.consumer = conn, stream, group, consumer
        self.claim_idle_ms = claim_idle_ms
        self.retention_s = retention_s
        self._group_ready = False
        self._own_pending_done = False  # after a restart, first re-read what this consumer left unacknowledged
        self._next_claim = 0.0
        self._acks = 0

    # -- workers ------------------------------------------------------------------------------

    def publish(self, event: Event) -> None:
        self.conn.xadd(self.stream, {"event": event.model_dump_json()})

    # -- the recorder -------------------------------------------------------------------------

    def ensure_group(self) -> None:
        """Create the consumer group (from the start of the stream, so nothing published earlier is missed)."""
        try:
            self.conn.xgroup_create(self.stream, self.group, id="0", mkstream=True)
        except redis.ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise
        self._group_ready = True

    def read(self, block_ms: int = 1000, count: int = 100) -> list[tuple[str, Event]]:
        if not self._group_ready:
            self.ensure_group()
        try:
            return self._read(block_ms, count)
        except redis.ResponseError as exc:
            if "NOGROUP" not in str(exc):
                raise
            log.warning("bus.group_missing stream=%s: recreating it (was Redis emptied?)", self.stream)
            self._group_ready = False
            self._own_pending_done = False
            return []

    def _read(self, block_ms: int, count: int) -> list[tuple[str, Event]]:
        if not self._own_pending_done:
            pending = _read_entries(self.conn.xreadgroup(self.group, self.consumer, {self.stream: "0"}, count=count))
            entries = self._decode(pending)
            if pending:
                log.info("bus.redelivering_own_pending n=%d", len(entries))
                return entries
            self._own_pending_done = True
        now = time.monotonic()
        if now >= self._next_claim:
            self._next_claim = now + max(self.claim_idle_ms / 1000 / 2, 0.2)
            claimed = self.claim_idle(count)
            if claimed:
                return claimed
        raw = self.conn.xreadgroup(
            self.group, self.consumer, {self.stream: ">"}, count=count, block=block_ms if block_ms > 0 else None
        )
        return self._decode(_read_entries(raw))

    def claim_idle(self, count: int = 100) -> list[tuple[str, Event]]:
        """Take over entries another (crashed) consumer read and never acknowledged."""
        out: list[tuple[str, Event]] = []
        start = "0-0"
        while len(out) < count:
            start, entries = _claim_reply(
                self.conn.xautoclaim(
                    self.stream, self.group, self.consumer, self.claim_idle_ms, start_id=start, count=count
                )
            )
            out += self._decode(entries)
            if start == "0-0" or not entries:
                break
        if out:
            log.warning("bus.claimed_idle_entries n=%d min_idle_ms=%d", len(out), self.claim_idle_ms)
        return out

    def _decode(self, entries: list[RawEntry]) -> list[tuple[str, Event]]:
        out: list[tuple[str, Event]] = []
        bad: list[str] = []
        for entry_id, fields in entries:
            eid = _as_text(entry_id)
            if not fields:  # trimmed while pending: nothing left to apply
                bad.append(eid)
                continue
            try:
                out.append((eid, Event.model_validate_json(fields.get(b"event") or fields.get("event") or b"")))
            except (ValidationError, TypeError) as exc:
                log.error("bus.undecodable_event entry=%s error=%s", eid, exc)
                bad.append(eid)
        if bad:
            self.conn.xack(self.stream, self.group, *bad)
        return out

    def ack(self, entry_ids: list[str]) -> None:
        if not entry_ids:
            return
        self.conn.xack(self.stream, self.group, *entry_ids)
        self._acks += len(entry_ids)
        if self._acks >= _TRIM_EVERY:
            self._acks = 0
            try:
                self.trim()
            except redis.RedisError as exc:
                log.warning("bus.trim_failed error=%s", exc)

    def trim(self) -> int:
        """Drop acknowledged entries older than the retention; never an entry the recorder still needs."""
        group = self._group_info()
        if group is None:
            return 0
        safe = _as_text(group["last-delivered-id"])
        if group.get("pending"):
            first = self.conn.xpending_range(self.stream, self.group, min="-", max="+", count=1)
            if first:
                safe = _as_text(first[0]["message_id"])
        cutoff = f"{int((time.time() - self.retention_s) * 1000)}-0"
        minid = min(safe, cutoff, key=_id_tuple)
        return int(self.conn.xtrim(self.stream, minid=minid, approximate=False))

    def _group_info(self) -> Mapping[str, object] | None:
        groups = {_as_text(g["name"]): g for g in self.conn.xinfo_groups(self.stream)}
        return groups.get(self.group)

    def pending(self) -> int:
        """Entries delivered to the recorder and not yet acknowledged."""
        try:
            return int(self.conn.xpending(self.stream, self.group)["pending"])
        except redis.ResponseError:  # no stream or no group yet: nothing was delivered
            return 0

    def idle(self) -> bool:
        """Every entry on the stream was delivered to the recorder's group and acknowledged."""
        try:
            stream = self.conn.xinfo_stream(self.stream)
            group = self._group_info()
        except redis.ResponseError:  # no stream yet: nothing was published
            return True
        if group is None:
            return int(stream["length"]) == 0
        delivered = _id_tuple(_as_text(group["last-delivered-id"]))
        return not group.get("pending") and delivered >= _id_tuple(_as_text(stream["last-generated-id"]))

    # -- live progress ------------------------------------------------------------------------

    def history(self, after: str | None = None, count: int = 100) -> list[tuple[str, Event]]:
        """Events after entry `after` (exclusive), oldest first; with no `after`, the latest `count`."""
        raw: list[RawEntry]
        if after is None:
            raw = list(reversed(self.conn.xrevrange(self.stream, count=count) or []))
        else:
            raw = list(self.conn.xrange(self.stream, min=f"({after}", count=count) or [])
        out = []
        for entry_id, fields in raw:
            try:
                out.append((_as_text(entry_id), Event.model_validate_json((fields or {})[b"event"])))
            except (KeyError, ValidationError):
                continue
        return out

    def close(self) -> None:
        self.conn.close()
