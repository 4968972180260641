"""Runs discovery for each enabled source every `every_hours`, when `platforms.schedule_enabled`, and the
mail tick (sends due, replies, follow-ups), once a tick each."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from app.runtime.loop import BackgroundLoop

log = logging.getLogger(__name__)


class ScheduledDiscovery(Protocol):
    """What the scheduler needs of discovery (app/services/discovery.py)."""

    def scheduled(self) -> bool:
        """Whether platforms.yaml turns the schedule on."""
        ...

    def due_sources(self) -> list[str]: ...

    def discover(self, source: str | None = None) -> list[dict[str, str]]: ...


class Scheduler(BackgroundLoop):
    name = "jobsmith-scheduler"

    def __init__(
        self, discovery: ScheduledDiscovery, mail_tick: Callable[[], object], tick_seconds: float = 60.0
    ) -> None:
        self.discovery = discovery
        self.mail_tick = mail_tick
        super().__init__(interval=tick_seconds, error_pause=0, join_timeout=5)

    def run_due(self) -> list[str]:
        if not self.discovery.scheduled():
            return []
        due = self.discovery.due_sources()
        for name in due:
            self.discovery.discover(name)
        if due:
            log.info("scheduler.discovery_queued sources=%s", ",".join(due))
        return due

    def step(self) -> None:
        for name, part in (("discovery", self.run_due), ("mail", self.mail_tick)):
            try:
                part()
            except Exception:  # one failing part must not stop the other
                log.exception("scheduler.tick_failed part=%s", name)
