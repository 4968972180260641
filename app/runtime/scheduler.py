"""Runs discovery for each enabled source every `every_hours`, when `platforms.schedule_enabled`."""

from __future__ import annotations

import logging
from typing import Any

from app.runtime.loop import BackgroundLoop

log = logging.getLogger(__name__)


class Scheduler(BackgroundLoop):
    name = "jobsmith-scheduler"

    def __init__(self, service: Any, tick_seconds: float = 60.0) -> None:
        self.service = service
        super().__init__(interval=tick_seconds, error_pause=0, join_timeout=5)

    def run_due(self) -> list[str]:
        if not self.service.config.platforms.schedule_enabled:
            return []
        due = self.service.due_sources()
        for name in due:
            self.service.discover(name)
        if due:
            log.info("scheduler.discovery_queued sources=%s", ",".join(due))
        return due

    def step(self) -> None:
        from app.applications.hooks import tick as mail_tick

        for name, part in (("discovery", self.run_due), ("mail", lambda: mail_tick(self.service))):
            try:
                part()
            except Exception:  # one failing part must not stop the other
                log.exception("scheduler.tick_failed part=%s", name)
