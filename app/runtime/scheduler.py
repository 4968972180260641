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
        from app.mail.hooks import tick as mail_tick

        while not self._stop.wait(self.tick):
            for name, step in (("discovery", self.run_due), ("mail", lambda: mail_tick(self.service))):
                try:
                    step()
                except Exception:  # one failing step must not stop the other, nor the next tick
                    log.exception("scheduler.tick_failed step=%s", name)
