"""The recorder: reads events, applies each once in one transaction keyed by event id, then acks."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import duckdb

from app.domain.status import Status
from app.errors import InvalidTransition
from app.runtime.bus import EventBus
from app.runtime.events import Event
from app.runtime.loop import BackgroundLoop
from app.store import Store
from app.store import documents as documents_q
from app.store import events as applied_events
from app.store import jobs as q
from app.store import sources as sources_q
from app.store import usage as usage_q
from app.store.documents import DocumentRow

log = logging.getLogger(__name__)

# What the exporter made for `job.finished` with documents: (folder, documents rows).
Export = tuple[str, list[DocumentRow]]
# Called for `job.finished` with documents: writes the export folder, returns what it made.
Exporter = Callable[[Event], Export]
# Decides where a job with ready documents goes next (approval, dry run, or approved).
NextAfterDocuments = Callable[[], Status]
# The states in which a run's documents are still to come.
_RUNNING = frozenset({Status.QUEUED, Status.PROCESSING})


class Recorder(BackgroundLoop):
    name = "jobsmith-recorder"

    def __init__(
        self,
        store: Store,
        bus: EventBus,
        exporter: Exporter,
        after_documents: NextAfterDocuments,
        ingest: Callable[[Event], int] | None = None,
    ) -> None:
        self.store, self.bus, self.exporter = store, bus, exporter
        self.after_documents = after_documents
        self.ingest = ingest
        self.applied = 0
        super().__init__(interval=0)  # the bus read below blocks, so no pause between steps

    def step(self) -> None:
        self.drain(block_ms=500)

    def drain(self, block_ms: int = 0) -> int:
        """Apply what is waiting; returns how many entries were handled.

        Events are applied in one transaction per batch read (each still keyed by its id, so a replay applies
        nothing twice) and acknowledged after it commits: one DuckDB commit per event was most of the cost
        of a large payload. A discovery batch adds postings in transactions of its own, so it goes alone.
        """
        entries = self.bus.read(block_ms=block_ms, count=200)
        batch: list[tuple[Any, Event]] = []
        for entry_id, event in entries:
            if event.type == "discovery.batch":
                self._apply_batch(batch)
                batch = []
                self.apply(event)
                self.bus.ack([entry_id])
            else:
                batch.append((entry_id, event))
        self._apply_batch(batch)
        return len(entries)

    def _apply_batch(self, batch: list[tuple[Any, Event]]) -> None:
        if not batch:
            return
        # Files are written before the transaction: writing the same bytes again on a replay is harmless.
        prepared = [(event, self._export(event)) for _, event in batch]

        def tx(cur: duckdb.DuckDBPyConnection) -> int:
            return sum(self._apply_once(cur, event, export) for event, export in prepared)

        try:
            applied = self.store.write(tx)
        except Exception:  # one bad event must not hold back the others: apply them one by one
            log.exception("recorder.batch_failed size=%d; applying one by one", len(batch))
            for entry_id, event in batch:
                self.apply(event)
                self.bus.ack([entry_id])
            return
        self.applied += applied
        self.bus.ack([entry_id for entry_id, _ in batch])

    def _export(self, event: Event) -> Export | None:
        return self.exporter(event) if _has_documents(event) and self._takes_documents(event) else None

    def _apply_once(
        self,
        cur: duckdb.DuckDBPyConnection,
        event: Event,
        export: Export | None,
        new_jobs: int = 0,
    ) -> bool:
        if applied_events.was_applied(cur, event.id):
            return False
        self._apply(cur, event, export, new_jobs)
        applied_events.mark_applied(cur, event.id, event.type, event.job_id)
        return True

    def apply(self, event: Event) -> bool:
        """Apply one event exactly once; returns False when it was applied before."""
        export = self._export(event)
        # Discovered postings are added before the run is recorded; adding is idempotent by posting keys.
        new_jobs = self.ingest(event) if event.type == "discovery.batch" and self.ingest else 0
        applied = self.store.write(lambda cur: self._apply_once(cur, event, export, new_jobs))
        if applied:
            self.applied += 1
        return applied

    def _takes_documents(self, event: Event) -> bool:
        """Only the job's current run, while it is still running, writes its documents. A late event of an older
        run, and a second finish of this one (a run done twice, an event delivered again after a crash), must not
        write over documents the seeker may have edited, approved or sent."""
        if event.job_id is None:
            return False
        row = q.run_state(self.store, event.job_id)
        return row is not None and row[1] == event.run_id and row[0] in _RUNNING

    def _apply(
        self,
        cur: duckdb.DuckDBPyConnection,
        ev: Event,
        export: Export | None,
        new_jobs: int = 0,
    ) -> None:
        if ev.type in ("discovery.batch", "discovery.failed"):
            sources_q.record_run(cur, _source_run(ev, new_jobs))
        elif ev.type == "usage":
            usage_q.record(cur, _usage_row(ev))
        elif ev.job_id is not None and ev.type.startswith(("stage.", "job.")):
            self._apply_to_job(cur, ev, ev.job_id, export)

    def _apply_to_job(self, cur: duckdb.DuckDBPyConnection, ev: Event, job_id: str, export: Export | None) -> None:
        row = q.run_of(cur, job_id)
        if row is None:
            log.warning("recorder.unknown_job event=%s job_id=%s", ev.id, job_id)
            return
        status, run_id = row
        if run_id != ev.run_id:
            log.info("recorder.stale_run event=%s current_run=%s", ev.id, run_id)
            return
        state = {"stage.started": "started", "stage.finished": "finished", "stage.failed": "failed"}.get(ev.type)
        if state:
            output = json.dumps(ev.data.get("output") or ev.data.get("detail"), default=str)
            q.record_stage_run(cur, job_id, ev.run_id, ev.stage, state, output, ev.data.get("error"), ev.data.get("ms"))
        try:
            self._transition(cur, ev, job_id, status, export)
        except InvalidTransition as exc:
            # The seeker moved the job meanwhile (e.g. skipped it): their decision stands.
            log.info("recorder.transition_refused event=%s reason=%s", ev.id, exc.message)

    def _transition(
        self, cur: duckdb.DuckDBPyConnection, ev: Event, job_id: str, status: Status, export: Export | None
    ) -> None:
        if ev.type == "stage.started" and status is Status.QUEUED:
            q.transition(cur, job_id, Status.PROCESSING, reason=f"stage {ev.stage} started")
        elif ev.type == "stage.finished" and ev.stage == "match":
            from app.domain.models import MatchResult

            q.set_match(cur, job_id, MatchResult.model_validate(ev.data["output"]))
        elif ev.type == "stage.failed":
            q.transition(
                cur,
                job_id,
                Status.PENDING,
                reason=f"{ev.stage} failed",
                failed_stage=ev.stage,
                error=ev.data.get("error"),
            )
        elif ev.type == "job.finished":
            self._finish(cur, ev, job_id, status, export)

    def _finish(
        self, cur: duckdb.DuckDBPyConnection, ev: Event, job_id: str, status: Status, export: Export | None
    ) -> None:
        outcome, reason = ev.data.get("outcome"), ev.data.get("reason")
        if status is Status.QUEUED:
            # A restarted app put the job back to `queued`, but its run (this one) had gone on in a
            # worker; its start was applied before the restart. Its result counts.
            q.transition(cur, job_id, Status.PROCESSING, reason="its run went on while the app restarted")
        if outcome in ("filtered", "rejected"):
            q.transition(cur, job_id, Status(outcome), reason=reason)
        elif outcome == "expired":  # issue 13: the posting closed before documents were made
            q.transition(cur, job_id, Status.EXPIRED, reason=reason)
        elif outcome == "documents_ready" and export is not None and status in _RUNNING:
            folder, docs = export
            documents_q.replace_all(cur, job_id, docs)
            q.transition(cur, job_id, Status.DOCUMENTS_READY, reason=reason, folder=folder)
            nxt = self.after_documents()
            q.transition(
                cur,
                job_id,
                nxt,
                reason={
                    Status.AWAITING_APPROVAL: "waiting for your approval",
                    Status.DRY_RUN_COMPLETE: "dry run: nothing will be sent",
                    Status.APPROVED: "approval mode is off",
                }.get(nxt),
            )


def _source_run(ev: Event, new_jobs: int) -> sources_q.SourceRun:
    d = ev.data
    return sources_q.SourceRun(
        run_id=ev.run_id,
        source=d["source"],
        type=d.get("type", ""),
        ok=d["ok"],
        error=d.get("error"),
        pages=d.get("pages", 0),
        found=len(d.get("jobs", [])),
        new_jobs=new_jobs,
        ms=d.get("ms", 0),
    )


def _usage_row(ev: Event) -> usage_q.UsageRow:
    u = ev.data
    return usage_q.UsageRow(
        event_id=ev.id,
        job_id=ev.job_id,
        stage=u.get("stage", ev.stage or ""),
        provider=u["provider"],
        model=u["model"],
        input_tokens=u.get("input_tokens", 0),
        output_tokens=u.get("output_tokens", 0),
        cache_write_tokens=u.get("cache_write_tokens", 0),
        cache_read_tokens=u.get("cache_read_tokens", 0),
        cost=u.get("cost", 0.0),
        cached=u.get("cached", False),
    )


def _has_documents(ev: Event) -> bool:
    return ev.type == "job.finished" and ev.data.get("outcome") == "documents_ready"
