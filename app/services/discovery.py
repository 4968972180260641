"""Discovery: queue runs per source (on demand or when due), each source's last run, and the postings a
run found (a `discovery.batch` event), handed to the add path."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from app.config.loader import Config
from app.domain.models import Job
from app.errors import NotFound
from app.runtime.events import Event
from app.runtime.executor import Executor
from app.store import Store
from app.store.source_runs import last_runs
from app.workers.tasks import DISCOVERY_TASK


class Added(Protocol):
    """One posting's outcome on the add path (app.service.AddResult)."""

    @property
    def already_known(self) -> bool: ...


class Discovery:
    """Over the store (runs), the executor (queueing) and the current configuration (platforms.yaml)."""

    def __init__(
        self,
        store: Store,
        executor: Executor,
        config: Callable[[], Config],
        add_jobs: Callable[[list[Job]], Sequence[Added]],
    ) -> None:
        self.store, self.executor = store, executor
        self._config, self._add_jobs = config, add_jobs

    def discover(self, source: str | None = None) -> list[dict[str, str]]:
        """Queue discovery for one named source, or for every enabled one; returns the runs queued."""
        platforms = self._config().platforms
        chosen = [s for s in platforms.sources if (s.name == source if source else s.enabled)]
        if source and not chosen:
            names = ", ".join(s.name for s in platforms.sources) or "none configured"
            raise NotFound(f"no source named {source} in platforms.yaml (sources: {names})")
        runs = []
        for cfg in chosen:
            run_id = uuid.uuid4().hex[:12]
            self.executor.enqueue(
                "discovery",
                DISCOVERY_TASK,
                {
                    "run_id": run_id,
                    "source": cfg.model_dump(mode="json"),
                    "platforms": platforms.model_dump(mode="json"),
                },
                key=f"discovery:{cfg.name}",
            )
            runs.append({"source": cfg.name, "run_id": run_id})
        return runs

    def ingest(self, event: Event) -> int:
        """Add the postings of a `discovery.batch` event; returns how many were new."""
        jobs = [Job.model_validate(j) for j in event.data.get("jobs", [])]
        return sum(not r.already_known for r in self._add_jobs(jobs))

    def sources_status(self) -> list[dict[str, Any]]:
        """Each configured source with its last run: when, whether it worked, what it found, or why not."""
        last = last_runs(self.store)
        return [
            {
                "name": s.name,
                "type": s.type,
                "enabled": s.enabled,
                "every_hours": s.every_hours,
                "last_run": last.get(s.name),
            }
            for s in self._config().platforms.sources
        ]

    def scheduled(self) -> bool:
        return self._config().platforms.schedule_enabled

    def due_sources(self) -> list[str]:
        """Enabled sources whose last run is older than their interval (or that never ran)."""
        now = datetime.now(UTC).replace(tzinfo=None)
        last = last_runs(self.store)
        due = []
        for s in self._config().platforms.sources:
            run = last.get(s.name)
            if s.enabled and (run is None or now - run["created_at"] >= timedelta(hours=s.every_hours)):
                due.append(s.name)
        return due
