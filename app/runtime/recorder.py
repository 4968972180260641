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
from app.store import jobs as q

log = logging.getLogger(__name__)

# Called for `job.finished` with documents: writes the export folder, returns (folder, documents rows).
Exporter = Callable[[Event], tuple[str, list[dict[str, Any]]]]
# Decides where a job with ready documents goes next (approval, dry run, or approved).
NextAfterDocuments = Callable[[], Status]


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

    def _export(self, event: Event) -> tuple[str, list[dict[str, Any]]] | None:
        return self.exporter(event) if _has_documents(event) and self._current_run(event) else None

    def _apply_once(
        self,
        cur: duckdb.DuckDBPyConnection,
        event: Event,
        export: tuple[str, list[dict[str, Any]]] | None,
        new_jobs: int = 0,
    ) -> bool:
        if cur.execute("SELECT 1 FROM applied_events WHERE event_id = ?", [event.id]).fetchone():
            return False
        self._apply(cur, event, export, new_jobs)
        cur.execute(
            "INSERT INTO applied_events (event_id, type, job_id) VALUES (?, ?, ?)", [event.id, event.type, event.job_id]
        )
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

    def _current_run(self, event: Event) -> bool:
        """A late event of an older run must not overwrite the current run's documents."""
        return self.store.scalar("SELECT run_id FROM jobs WHERE id = ?", [event.job_id]) == event.run_id

    def _apply(
        self,
        cur: duckdb.DuckDBPyConnection,
        ev: Event,
        export: tuple[str, list[dict[str, Any]]] | None,
        new_jobs: int = 0,
    ) -> None:
        if ev.type in ("discovery.batch", "discovery.failed"):
            d = ev.data
            cur.execute(
                "INSERT INTO source_runs (run_id, source, type, ok, error, pages, found, new_jobs, ms) "
                "VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                [
                    ev.run_id,
                    d["source"],
                    d.get("type", ""),
                    d["ok"],
                    d.get("error"),
                    d.get("pages", 0),
                    len(d.get("jobs", [])),
                    new_jobs,
                    d.get("ms", 0),
                ],
            )
            return
        if ev.type == "usage":
            u = ev.data
            cur.execute(
                "INSERT INTO llm_usage (event_id, job_id, stage, provider, model, input_tokens, output_tokens, "
                "cache_write_tokens, cache_read_tokens, cost, cached) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                [
                    ev.id,
                    ev.job_id,
                    u.get("stage", ev.stage or ""),
                    u["provider"],
                    u["model"],
                    u.get("input_tokens", 0),
                    u.get("output_tokens", 0),
                    u.get("cache_write_tokens", 0),
                    u.get("cache_read_tokens", 0),
                    u.get("cost", 0.0),
                    u.get("cached", False),
                ],
            )
            return
        if ev.job_id is None or not ev.type.startswith(("stage.", "job.")):
            return
        row = cur.execute("SELECT status, run_id FROM jobs WHERE id = ?", [ev.job_id]).fetchone()
        if row is None:
            log.warning("recorder.unknown_job event=%s job_id=%s", ev.id, ev.job_id)
            return
        if row[1] != ev.run_id:
            log.info("recorder.stale_run event=%s current_run=%s", ev.id, row[1])
            return
        state = {"stage.started": "started", "stage.finished": "finished", "stage.failed": "failed"}.get(ev.type)
        if state:
            cur.execute(
                "INSERT INTO stage_runs (job_id, run_id, stage, state, output, error, ms) VALUES (?,?,?,?,?,?,?)",
                [
                    ev.job_id,
                    ev.run_id,
                    ev.stage,
                    state,
                    json.dumps(ev.data.get("output") or ev.data.get("detail"), default=str),
                    ev.data.get("error"),
                    ev.data.get("ms"),
                ],
            )
        try:
            self._transition(cur, ev, Status(row[0]), export)
        except InvalidTransition as exc:
            # The seeker moved the job meanwhile (e.g. skipped it): their decision stands.
            log.info("recorder.transition_refused event=%s reason=%s", ev.id, exc.message)

    def _transition(
        self, cur: duckdb.DuckDBPyConnection, ev: Event, status: Status, export: tuple[str, list[dict[str, Any]]] | None
    ) -> None:
        if ev.type == "stage.started" and status is Status.QUEUED:
            q.transition(cur, ev.job_id, Status.PROCESSING, reason=f"stage {ev.stage} started")
        elif ev.type == "stage.finished" and ev.stage == "match":
            from app.domain.models import MatchResult

            q.set_match(cur, ev.job_id, MatchResult.model_validate(ev.data["output"]))
        elif ev.type == "stage.failed":
            q.transition(
                cur,
                ev.job_id,
                Status.PENDING,
                reason=f"{ev.stage} failed",
                failed_stage=ev.stage,
                error=ev.data.get("error"),
            )
        elif ev.type == "job.finished":
            outcome, reason = ev.data.get("outcome"), ev.data.get("reason")
            if status is Status.QUEUED:
                # A restarted app put the job back to `queued`, but its run (this one) had gone on in a
                # worker; its start was applied before the restart. Its result counts.
                q.transition(cur, ev.job_id, Status.PROCESSING, reason="its run went on while the app restarted")
            if outcome in ("filtered", "rejected"):
                q.transition(cur, ev.job_id, Status(outcome), reason=reason)
            elif outcome == "expired":  # issue 13: the posting closed before documents were made
                q.transition(cur, ev.job_id, Status.EXPIRED, reason=reason)
            elif outcome == "documents_ready" and export is not None:
                folder, docs = export
                cur.execute("DELETE FROM documents WHERE job_id = ?", [ev.job_id])
                for d in docs:
                    cur.execute(
                        "INSERT INTO documents (job_id, kind, name, path, sha256, size) VALUES (?,?,?,?,?,?)",
                        [ev.job_id, d["kind"], d["name"], d["path"], d["sha256"], d["size"]],
                    )
                q.transition(cur, ev.job_id, Status.DOCUMENTS_READY, reason=reason, folder=folder)
                nxt = self.after_documents()
                q.transition(
                    cur,
                    ev.job_id,
                    nxt,
                    reason={
                        Status.AWAITING_APPROVAL: "waiting for your approval",
                        Status.DRY_RUN_COMPLETE: "dry run: nothing will be sent",
                        Status.APPROVED: "approval mode is off",
                    }.get(nxt),
                )


def _has_documents(ev: Event) -> bool:
    return ev.type == "job.finished" and ev.data.get("outcome") == "documents_ready"
