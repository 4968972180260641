"""The app process's composition root: owns the store, the backends (bus, blobs, executor), the recorder
and the scheduler, and builds the collaborators in app/services/ over them.

The API, the CLI's embedded mode and the tests all drive jobsmith through this one object; the
collaborators are its typed attributes (`templates_folder`, `discovery`, `health_check`), and the methods
many callers use (`templates`, `discover`, `sources_status`, `health`) delegate to them.
"""

from __future__ import annotations

import logging
import time
import uuid
from datetime import date
from functools import partial
from typing import Any

import duckdb

from app.applications.followups import recover_followups
from app.applications.hooks import build_outbox, send_after_approval
from app.applications.hooks import tick as mail_tick
from app.applications.modes import status_after_documents
from app.applications.outbox import Outbox, SendResult
from app.config.loader import Config, load_config
from app.cv_confirm import confirmed_outline_for
from app.domain.models import Job
from app.domain.status import Status, refuse_while_unsettled
from app.errors import ConfigError
from app.intake import AddResult, Intake
from app.pipeline.orders import WorkOrder
from app.runtime.blobs import BlobStore
from app.runtime.bus import EventBus
from app.runtime.context import WorkerContext, set_embedded_context
from app.runtime.executor import Executor
from app.runtime.exporter import Exporter
from app.runtime.factory import Backends, build_backends
from app.runtime.recorder import Recorder
from app.runtime.scheduler import Scheduler
from app.services.discovery import Discovery
from app.services.health import Health
from app.services.templates import TemplateFolder, Templates
from app.settings import Settings
from app.store import Store
from app.store import jobs as q
from app.store.overrides import override_of
from app.store.unfinished import count_unfinished, requeue_interrupted, unfinished_ids
from app.workers.tasks import PIPELINE_TASK

log = logging.getLogger(__name__)

__all__ = ["Jobsmith"]


class Jobsmith:
    """Builds the store, backends, collaborators, recorder and scheduler; starts and stops them in order."""

    def __init__(
        self,
        settings: Settings,
        *,
        store: Store | None = None,
        backends: Backends | None = None,
    ) -> None:
        self.settings = settings
        self.config: Config = load_config(settings.CONFIG_DIR)  # a bad file refuses the start
        self.config_error: str | None = None
        self.store = store or Store(settings.DUCKDB_PATH)
        self.backends = backends or build_backends(settings)
        self.bus: EventBus = self.backends.bus
        self.blobs: BlobStore = self.backends.blobs
        self.executor: Executor = self.backends.executor
        self.templates_folder = TemplateFolder(settings.TEMPLATES_DIR, self.blobs)
        self.discovery = Discovery(self.store, self.executor, lambda: self.config, self.add_jobs)
        self.health_check = Health(
            settings, self.store, self.executor, self.templates_folder, lambda: self.config_error
        )
        self.recorder = Recorder(
            self.store,
            self.bus,
            Exporter(self.store, self.blobs, settings.EXPORT_DIR),
            self._after_documents,
            ingest=self.discovery.ingest,
        )
        self.scheduler = Scheduler(self.discovery, mail_tick=lambda: mail_tick(self))
        self.outbox: Outbox | None = None
        self.intake = Intake(self.store, settings, lambda: self.config, self._enqueue_new)
        self.started = False

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> Jobsmith:
        self.store.open()
        from app.sources.liveness import recheck  # issue 13: re-check postings before sending

        # config/mail.yaml: a bad file refuses the start
        self.outbox = build_outbox(self, recheck if self.settings.LIVENESS_CHECKS else None)
        self.outbox.recover_on_start()  # sends cut off by a crash become `unknown`, never re-sent
        recover_followups(self.store)  # the same for follow-ups and thank-you notes
        if self.backends.in_process:  # the task functions run here, on this bus and these blobs
            set_embedded_context(WorkerContext(self.bus, self.blobs))
        for problem in self.templates().problems:  # e.g. "Jane_CV.docx: this CV has no text ..."
            log.warning("templates.problem %s", problem)
        self.recorder.start()
        self._requeue_interrupted()
        self.scheduler.start()
        self.started = True
        return self

    def stop(self) -> None:
        self.scheduler.stop()
        self.executor.close()
        self.recorder.stop()
        self.recorder.drain()
        self.store.close()
        if self.backends.in_process:
            set_embedded_context(None)
        self.started = False

    def reload_config(self) -> Config:
        """Re-read the YAML files; on error keep the running configuration and report it."""
        try:
            self.config = load_config(self.settings.CONFIG_DIR)
            self.config_error = None
        except ConfigError as exc:
            self.config_error = exc.message
            raise
        return self.config

    def _requeue_interrupted(self) -> None:
        """Jobs left `queued` or `processing` by a stopped app are run again (same stages, cached)."""
        for job_id in unfinished_ids(self.store):
            self.store.write(partial(requeue_interrupted, job_id=job_id))
            self._enqueue(job_id)

    # -- templates ----------------------------------------------------------------------------

    def templates(self) -> Templates:
        """The seeker's newest valid *_CV.docx and *_CL.docx, put in the blob store (cached by mtime)."""
        return self.templates_folder.current()

    # -- adding jobs --------------------------------------------------------------------------

    def add_jobs(self, jobs: list[Job], *, process: bool = True) -> list[AddResult]:
        """Record new postings (known ones reported), group duplicates, queue the rest (app.intake)."""
        return self.intake.add_jobs(jobs, process=process)

    def add_from(
        self, *, url: str | None = None, text: str | None = None, data: bytes | None = None, filename: str | None = None
    ) -> list[AddResult]:
        """Add postings from a job page URL, a file (API payload, feed or page) or pasted text."""
        return self.intake.add_from(url=url, text=text, data=data, filename=filename)

    # -- running ------------------------------------------------------------------------------

    @staticmethod
    def _new_run_id() -> str:
        return uuid.uuid4().hex[:12]

    def _enqueue(self, job_id: str) -> None:
        run_id = q.run_id_of(self.store, job_id) or self._new_run_id()
        override = self.store.write(lambda cur: override_of(cur, job_id))
        templates = self.templates()
        outline = confirmed_outline_for(self, templates.cv)
        self._enqueue_order(q.load_job(self.store, job_id), run_id, templates, outline, override=override)

    def _enqueue_new(self, queued: list[tuple[Job, str]]) -> None:
        """Queue the work orders of newly added jobs: templates and CV outline are read once for all."""
        templates = self.templates()
        outline = confirmed_outline_for(self, templates.cv)
        for job, run_id in queued:
            self._enqueue_order(job, run_id, templates, outline)

    def _enqueue_order(
        self,
        job: Job,
        run_id: str,
        templates: Templates,
        outline: dict[str, Any] | None,
        *,
        override: str | None = None,
    ) -> None:
        """Queue one self-contained work order; the key (job and run) makes a repeat enqueue a no-op."""
        order = WorkOrder(
            job=job,
            run_id=run_id,
            search=self.config.search,
            agents=self.config.agents,
            cv=templates.cv,
            cover_letter=templates.cover_letter,
            template_problems=templates.problems,
            today=date.today(),
            override=override,
            cv_outline=outline,
        )
        payload = order.model_dump(mode="json") | {"liveness": self.settings.LIVENESS_CHECKS}  # issue 13
        self.executor.enqueue("pipeline", PIPELINE_TASK, payload, key=f"{job.id}:{run_id}")

    def _after_documents(self) -> Status:
        return status_after_documents(self.store, self.config.agents)  # stored modes win over agents.yaml

    def retry(self, job_id: str, reason: str = "queued again by you") -> None:
        """Run a job's pipeline again (from pending, filtered, rejected, skipped, or to refresh documents)."""
        run_id = self._new_run_id()
        self.store.write(lambda cur: q.transition(cur, job_id, Status.QUEUED, reason=reason, run_id=run_id))
        self._enqueue(job_id)

    def approve(self, job_id: str) -> SendResult | None:
        """Approve; an email job is sent at once unless dry-run is on (a failure lands in the job)."""

        def tx(cur: duckdb.DuckDBPyConnection) -> None:
            refuse_while_unsettled(q.current_status(cur, job_id), "approve")  # issue #10: never mid-send
            q.transition(cur, job_id, Status.APPROVED, reason="approved by you")  # the status machine first
            q.require_documents(cur, job_id)  # then documents: a refusal rolls the transition back

        self.store.write(tx)
        return send_after_approval(self, job_id)

    def reject(self, job_id: str, reason: str | None = None) -> None:
        self.store.write(lambda cur: q.transition(cur, job_id, Status.SKIPPED, reason=reason or "rejected by you"))

    def wait_idle(self, timeout: float = 60.0) -> bool:
        """Block until no task is running and every event is recorded (tests, CLI embedded mode)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.executor.idle() and self.bus.idle() and not count_unfinished(self.store):
                return True
            time.sleep(0.05)
        return False

    # -- discovery and health -----------------------------------------------------------------

    def discover(self, source: str | None = None) -> list[dict[str, str]]:
        """Queue discovery for one named source, or for every enabled one; returns the runs queued."""
        return self.discovery.discover(source)

    def sources_status(self) -> list[dict[str, Any]]:
        return self.discovery.sources_status()

    def health(self) -> dict[str, object]:
        return self.health_check.report()
