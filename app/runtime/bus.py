"""The event bus contract and its in-process implementation (embedded mode).

Both backends (`MemoryBus` here, `RedisBus` in redis_bus.py) implement all of `EventBus`: the recorder
reads and acknowledges, `GET /api/events` pages through `history` (resuming after a `Last-Event-ID`), and
`Jobsmith.wait_idle` asks `idle`. Nobody tests which backend they hold.
"""

from __future__ import annotations

import queue
import threading
from collections import deque
from typing import Protocol

from app.runtime.events import Event

HISTORY = 500  # events the memory bus keeps for `history`


class EventBus(Protocol):
    """Workers publish; the recorder reads, applies, then acknowledges; live progress reads the history."""

    def publish(self, event: Event) -> None: ...

    def read(self, block_ms: int = 1000, count: int = 100) -> list[tuple[str, Event]]:
        """Entries not yet handed to the recorder (and, after a crash, ones it never acknowledged)."""
        ...

    def ack(self, entry_ids: list[str]) -> None: ...

    def history(self, after: str | None = None, count: int = 100) -> list[tuple[str, Event]]:
        """Published entries after entry id `after` (exclusive), oldest first; with no `after`, the latest
        `count`. Reading the history acknowledges nothing."""
        ...

    def pending(self) -> int:
        """Entries handed to the recorder and not yet acknowledged."""
        ...

    def idle(self) -> bool:
        """Every published entry was read and acknowledged."""
        ...

    def close(self) -> None: ...


def _seq(entry_id: str) -> int:
    head, _, _ = entry_id.partition("-")
    return int(head) if head.isdigit() else 0


class MemoryBus:
    """An in-process bus. Unacknowledged entries are handed out again after `requeue_pending`.

    Entry ids are `<n>-0`, numbered from 1 in publishing order, like a Redis stream's ids.
    """

    def __init__(self, keep: int = HISTORY) -> None:
        self._queue: queue.Queue[tuple[str, Event]] = queue.Queue()
        self._pending: dict[str, Event] = {}  # handed to a reader, not yet acknowledged
        self._open: set[str] = set()  # published, not yet acknowledged
        self._seq = 0
        self._lock = threading.Lock()
        self._recent: deque[tuple[str, Event]] = deque(maxlen=keep)

    def publish(self, event: Event) -> None:
        with self._lock:
            self._seq += 1
            entry = (f"{self._seq}-0", event)
            self._recent.append(entry)
            self._open.add(entry[0])
            self._queue.put(entry)

    def read(self, block_ms: int = 1000, count: int = 100) -> list[tuple[str, Event]]:
        out: list[tuple[str, Event]] = []
        try:
            out.append(self._queue.get(timeout=block_ms / 1000))
            while len(out) < count:
                out.append(self._queue.get_nowait())
        except queue.Empty:
            pass
        with self._lock:
            self._pending.update(out)
        return out

    def ack(self, entry_ids: list[str]) -> None:
        with self._lock:
            for e in entry_ids:
                self._pending.pop(e, None)
                self._open.discard(e)

    def history(self, after: str | None = None, count: int = 100) -> list[tuple[str, Event]]:
        with self._lock:
            recent = list(self._recent)
        if after is None:
            return recent[-count:] if count > 0 else []
        start = _seq(after)
        return [(i, e) for i, e in recent if _seq(i) > start][:count]

    def pending(self) -> int:
        with self._lock:
            return len(self._pending)

    def requeue_pending(self) -> int:
        """Hand unacknowledged entries out again (what XAUTOCLAIM does for the Redis stream)."""
        with self._lock:
            items, self._pending = list(self._pending.items()), {}
        for item in items:
            self._queue.put(item)
        return len(items)

    def idle(self) -> bool:
        with self._lock:
            return not self._open

    def close(self) -> None:
        pass
