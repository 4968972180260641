"""Runs discovery for each enabled source every `every_hours`, when `platforms.schedule_enabled`."""

from __future__ import annotations

import logging
import threading
from typing import Any

log = logging.getLogger(__name__)


class Scheduler:
    def __init__(self, service: Any, tick_seconds: float = 60.0) -> None:
        self.service, self.tick = service, tick_seconds
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="jobsmith-scheduler", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=5)

    def run_due(self) -> list[str]:
        if not self.service.config.platforms.schedule_enabled:
            return []
        due = self.service.due_sources()
        for name in due:
            self.service.discover(name)
        if due:
            log.info("scheduler.discovery_queued sources=%s", ",".join(due))
        return due

    def _loop(self) -> None:
        while not self._stop.wait(self.tick):
            try:
                self.run_due()
            except Exception:
                log.exception("scheduler.tick_failed")
