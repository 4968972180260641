"""The event bus interface and its in-process implementation (embedded mode)."""

from __future__ import annotations

import queue
import threading
from collections import deque
from typing import Protocol

from app.runtime.events import Event


class EventBus(Protocol):
    """Workers publish; the recorder reads, applies, then acknowledges."""

    def publish(self, event: Event) -> None: ...

    def read(self, block_ms: int = 1000, count: int = 100) -> list[tuple[str, Event]]: ...

    def ack(self, entry_ids: list[str]) -> None: ...

    def close(self) -> None: ...


class MemoryBus:
    """An in-process bus. Unacknowledged entries are handed out again after `redeliver_after` reads."""

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[str, Event]] = queue.Queue()
        self._pending: dict[str, Event] = {}
        self._seq = 0
        self._lock = threading.Lock()
        self.recent: deque[Event] = deque(maxlen=500)

    def publish(self, event: Event) -> None:
        with self._lock:
            self._seq += 1
            entry = f"{self._seq}-0"
        self.recent.append(event)
        self._queue.put((entry, event))

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

    def requeue_pending(self) -> int:
        """Hand unacknowledged entries out again (what XAUTOCLAIM does for the Redis stream)."""
        with self._lock:
            items, self._pending = list(self._pending.items()), {}
        for item in items:
            self._queue.put(item)
        return len(items)

    def idle(self) -> bool:
        with self._lock:
            return self._queue.empty() and not self._pending

    def close(self) -> None:
        pass
