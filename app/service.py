"""The app process's core: owns the store, the bus, the recorder and the executor.

The API, the CLI's embedded mode and the tests all drive jobsmith through this one object.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.applications.followups import recover_followups
from app.applications.hooks import build_outbox, send_after_approval
from app.applications.modes import status_after_documents
from app.applications.outbox import Outbox, SendResult
from app.config.loader import Config, load_config
from app.cv_confirm import confirmed_outline_for, no_text_problem
from app.domain.models import Job
from app.domain.status import SENT_OR_LATER, Status, refuse_while_unsettled
from app.errors import ConfigError, DocumentError, InputError, JobsmithError, NotFound
from app.pipeline.orders import BlobRef, WorkOrder
from app.runtime.blobs import BlobStore
from app.runtime.bus import EventBus, MemoryBus
from app.runtime.context import WorkerContext, set_embedded_context
from app.runtime.executor import Executor
from app.runtime.exporter import Exporter
from app.runtime.factory import build_backends
from app.runtime.recorder import Recorder
from app.runtime.scheduler import Scheduler
from app.settings import Settings
from app.store import Store
from app.store import jobs as q
from app.store.overrides import override_of
from app.workers.tasks import DISCOVERY_TASK, PIPELINE_TASK

log = logging.getLogger(__name__)


def is_cv_file(path: Path) -> bool:
    return path.name.endswith("_CV.docx")


def posting_keys(job: Job) -> list[str]:
    """Keys naming the same posting (not merely the same role): its source id and canonical URL."""
    from app.dedup import canonical_url

    keys = [f"src:{job.source}:{job.source_id}"] if job.source_id else []
    url = canonical_url(job.url)
    return keys + ([f"url:{url}"] if url else [])


@dataclass
class AddResult:
    job_id: str
    title: str
    company: str
    status: str
    note: str = ""
    already_known: bool = False


def _known_note(job: Job, hit: tuple[str, str]) -> str:
    """What a person sees when a posting is added again: the job they already have, and its status."""
    return f"already known: {job.title} at {job.company} is job {hit[0]} ({hit[1]})"


@dataclass
class Templates:
    cv: BlobRef | None = None
    cover_letter: BlobRef | None = None
    problems: list[str] = field(default_factory=list)


FETCH_SLOTS = 4  # add-by-URL fetches at once; more are refused (429) rather than queued on API threads


class Jobsmith:
    def __init__(
        self,
        settings: Settings,
        *,
        store: Store | None = None,
        bus: EventBus | None = None,
        blobs: BlobStore | None = None,
        executor: Executor | None = None,
    ) -> None:
        self.settings = settings
        self.config: Config = load_config(settings.CONFIG_DIR)  # a bad file refuses the start
        self.config_error: str | None = None
        self.store = store or Store(settings.DUCKDB_PATH)
        backends = None if (bus and blobs and executor) else build_backends(settings)
        self.bus = bus or backends.bus  # type: ignore[union-attr]
        self.blobs = blobs or backends.blobs  # type: ignore[union-attr]
        self.executor = executor or backends.executor  # type: ignore[union-attr]
        self.recorder = Recorder(
            self.store,
            self.bus,
            Exporter(self.store, self.blobs, settings.EXPORT_DIR),
            self._after_documents,
            ingest=self._ingest,
        )
        self.scheduler = Scheduler(self)
        self.outbox: Outbox | None = None
        self._dedup: Any = None
        self._add_lock = threading.Lock()
        self._fetch_slots = threading.BoundedSemaphore(FETCH_SLOTS)  # slow pages never take every API thread
        self._template_cache: dict[tuple[str, int, int], tuple[BlobRef | None, str | None]] = {}
        self.started = False

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> Jobsmith:
        self.store.open()
        from app.sources.liveness import recheck  # issue 13: re-check postings before sending

        # config/mail.yaml: a bad file refuses the start
        self.outbox = build_outbox(self, recheck if self.settings.LIVENESS_CHECKS else None)
        self.outbox.recover_on_start()  # sends cut off by a crash become `unknown`, never re-sent
        recover_followups(self.store)  # the same for follow-ups and thank-you notes
        if isinstance(self.bus, MemoryBus):
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
        if isinstance(self.bus, MemoryBus):
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
        rows = self.store.read("SELECT id FROM jobs WHERE status IN ('queued', 'processing')")
        for row in rows:
            self.store.write(lambda cur, jid=row["id"]: self._requeue_tx(cur, jid))
            self._enqueue(row["id"])

    def _requeue_tx(self, cur: Any, job_id: str) -> None:
        if q.current_status(cur, job_id) is Status.PROCESSING:
            q.transition(cur, job_id, Status.QUEUED, reason="restarted after an interruption")

    # -- templates ----------------------------------------------------------------------------

    def templates(self) -> Templates:
        """The seeker's newest valid *_CV.docx and *_CL.docx, put in the blob store (cached by mtime)."""
        out = Templates()
        folder: Path = self.settings.TEMPLATES_DIR
        for attr, pattern in (("cv", "*_CV.docx"), ("cover_letter", "*_CL.docx")):
            files = sorted(folder.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
            for path in files:
                ref, problem = self._template(path)
                if problem:
                    out.problems.append(problem)
                    continue
                setattr(out, attr, ref)
                break
        return out

    def _template(self, path: Path) -> tuple[BlobRef | None, str | None]:
        from app.documents import validate_docx

        st = path.stat()
        key = (str(path), st.st_mtime_ns, st.st_size)
        if key not in self._template_cache:
            data = path.read_bytes()
            try:
                validate_docx(data, path.name)
                if is_cv_file(path) and (problem := no_text_problem(data)):
                    raise DocumentError(problem)
                result: tuple[BlobRef | None, str | None] = (
                    BlobRef(name=path.name, sha256=self.blobs.put(data), size=len(data)),
                    None,
                )
            except DocumentError as exc:
                result = (None, f"{path.name}: {exc.message}")
            self._template_cache[key] = result
        return self._template_cache[key]

    # -- adding jobs --------------------------------------------------------------------------

    def _deduper(self) -> Any:
        """The duplicate index, loaded once from the look-back window, then kept up to date in memory."""
        if self._dedup is None:
            from app.dedup import Deduper, JobRef

            rows = self.store.read(
                "SELECT j.job, j.group_id, g.primary_job_id = j.id AS is_primary, j.status FROM jobs j "
                "LEFT JOIN duplicate_groups g ON g.group_id = j.group_id "
                "WHERE j.created_at >= now() - to_days(?::INTEGER) OR j.status IN ("
                + ", ".join(f"'{s.value}'" for s in SENT_OR_LATER)
                + ") ORDER BY j.created_at",
                [self.config.similarity.lookback_days],
            )
            dedup = Deduper(self.config.similarity)
            dedup.load(
                JobRef.from_job(
                    Job.model_validate_json(r["job"]),
                    r["group_id"],
                    is_primary=bool(r["is_primary"]),
                    applied=r["status"] in SENT_OR_LATER,
                )
                for r in rows
            )
            self._dedup = dedup
        return self._dedup

    ADD_CHUNK = 200  # postings per hold of the add lock: a long payload never blocks other adds for long

    def add_jobs(self, jobs: list[Job], *, process: bool = True) -> list[AddResult]:
        """Record new postings (known ones are reported, not re-added), group duplicates, queue the rest.

        A posting is already known when its id (the same source posting, or the same title and company
        pasted again) or one of its posting keys is in the store. Per chunk of ADD_CHUNK postings (the add
        lock is held per chunk, so a long payload never blocks other adds for long) the store is asked once,
        the new rows are written in one transaction of multi-row inserts, then queued.
        """
        results: list[AddResult] = []
        for start in range(0, len(jobs), self.ADD_CHUNK):
            results += self._add_chunk(jobs[start : start + self.ADD_CHUNK], process=process)
        return results

    def _add_chunk(self, jobs: list[Job], *, process: bool) -> list[AddResult]:
        with self._add_lock:  # the duplicate index is not thread-safe; API and recorder threads both add
            keys_of = {job.id: posting_keys(job) for job in jobs}
            known_ids, known = q.known_jobs(
                self.store, list(keys_of), sorted({k for ks in keys_of.values() for k in ks})
            )
            results: list[AddResult] = []
            new: list[tuple[Job, list[str], Any]] = []
            for job in jobs:
                keys = keys_of[job.id]
                hit = (
                    (job.id, known_ids[job.id])
                    if job.id in known_ids
                    else next((known[k] for k in keys if k in known), None)
                )
                if hit:
                    results.append(
                        AddResult(hit[0], job.title, job.company, hit[1], _known_note(job, hit), already_known=True)
                    )
                    continue
                decision = self._deduper().add(job)
                new.append((job, keys, decision))
                known_ids[job.id] = "new in this batch"
                known.update({k: (job.id, "new in this batch") for k in keys})
                results.append(AddResult(job.id, job.title, job.company, ""))
            self._record_new(new, results, process)
        first = {r.job_id: r.status for r in results if not r.already_known}
        for r in results:  # the same posting twice in one batch: the second names the first's status
            if r.already_known and r.job_id in first:
                r.status = first[r.job_id]
                r.note = _known_note(Job(id=r.job_id, title=r.title, company=r.company), (r.job_id, r.status))
        return results

    def _record_new(self, new: list[tuple[Job, list[str], Any]], results: list[AddResult], process: bool) -> None:
        """Give each new posting its first status, write them all in one transaction, then queue them."""
        from app.sources.discover import job_content_hash

        if not new:
            return
        dup_groups = sorted({d.group_id for _, _, d in new if d.is_duplicate and not d.applied_before})
        applied = q.applied_groups(self.store, dup_groups, [s.value for s in SENT_OR_LATER])
        rows, by_id = [], {r.job_id: r for r in results if not r.already_known}
        for job, keys, decision in new:
            if decision.is_duplicate and not decision.applied_before and decision.group_id in applied:
                decision = decision.model_copy(
                    update={  # the index may predate that application
                        "applied_before": True,
                        "reason": decision.reason + "; a repost of a role already applied to",
                    }
                )
            status = Status.DUPLICATE if decision.is_duplicate else Status.QUEUED if process else Status.DISCOVERED
            if status is Status.DUPLICATE:
                reason: str | None = f"duplicate of {decision.matched_id}: {decision.reason}"
            else:
                reason = "waiting for a worker" if status is Status.QUEUED else None
            run_id = self._new_run_id() if status is Status.QUEUED else None
            rows.append(
                q.NewJob(
                    job=job,
                    status=status,
                    reason=reason,
                    group_id=decision.group_id,
                    primary_id=decision.primary_id,
                    content_hash=job_content_hash(job),
                    run_id=run_id,
                    keys=keys,
                )
            )
            result = by_id[job.id]
            result.status = status.value
            result.note = f"duplicate of {decision.matched_id} ({decision.reason})" if decision.is_duplicate else ""
        self.store.write(lambda cur: q.insert_new_jobs(cur, rows))
        templates = self.templates()
        for row in rows:
            if row.status is Status.QUEUED:
                self._enqueue_order(row.job, row.run_id, templates)  # type: ignore[arg-type]

    def add_from(
        self, *, url: str | None = None, text: str | None = None, data: bytes | None = None, filename: str | None = None
    ) -> list[AddResult]:
        """Add postings from a job page URL, a file (API payload, feed or page) or pasted text."""
        from app.sources.checks import Busy, check_payload, check_postings
        from app.sources.discover import fetch_page, parse_any, parse_pasted_text

        if url:
            from app.net.fetch import FetchPolicy, guarded_client

            if not self._fetch_slots.acquire(blocking=False):
                raise Busy(f"{FETCH_SLOTS} pages are being fetched already: try again in a moment")
            try:
                with guarded_client(FetchPolicy.from_settings(self.settings)) as client:  # no internal addresses
                    jobs = fetch_page(url, self.config.platforms, client=client)
            finally:
                self._fetch_slots.release()
        elif data is not None:
            check_payload(data, self.settings)  # binary, or nested past MAX_JSON_DEPTH: refused before parsing
            jobs = parse_any(data, filename)
        elif text:
            jobs = [parse_pasted_text(text)]
        else:
            raise InputError("give a URL, a file or some text")
        if not jobs:
            raise InputError(f"no job posting found in {url or filename or 'the text'}")
        check_postings(jobs, self.settings)  # count, empty title or company (issue #10)
        return self.add_jobs(jobs)

    # -- running ------------------------------------------------------------------------------

    @staticmethod
    def _new_run_id() -> str:
        return uuid.uuid4().hex[:12]

    def _enqueue(self, job_id: str) -> None:
        run_id = self.store.scalar("SELECT run_id FROM jobs WHERE id = ?", [job_id])
        override = self.store.write(lambda cur: override_of(cur, job_id))
        self._enqueue_order(q.load_job(self.store, job_id), run_id, self.templates(), override=override)

    def _enqueue_order(self, job: Job, run_id: str, templates: Templates, *, override: str | None = None) -> None:
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
            cv_outline=confirmed_outline_for(self, templates.cv),
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

        def tx(cur: Any) -> None:
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
            bus_idle = self.bus.idle() if isinstance(self.bus, MemoryBus) else True
            working = self.store.scalar("SELECT count(*) FROM jobs WHERE status IN ('queued', 'processing')")
            if self.executor.idle() and bus_idle and not working:
                return True
            time.sleep(0.05)
        return False

    # -- discovery ----------------------------------------------------------------------------

    def discover(self, source: str | None = None) -> list[dict[str, str]]:
        """Queue discovery for one named source, or for every enabled one; returns the runs queued."""
        platforms = self.config.platforms
        chosen = [s for s in platforms.sources if (s.name == source if source else s.enabled)]
        if source and not chosen:
            names = ", ".join(s.name for s in platforms.sources) or "none configured"
            raise NotFound(f"no source named {source} in platforms.yaml (sources: {names})")
        runs = []
        for cfg in chosen:
            run_id = self._new_run_id()
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

    def _ingest(self, event: Any) -> int:
        jobs = [Job.model_validate(j) for j in event.data.get("jobs", [])]
        return sum(not r.already_known for r in self.add_jobs(jobs))

    def sources_status(self) -> list[dict[str, Any]]:
        """Each configured source with its last run: when, whether it worked, what it found, or why not."""
        last = {
            r["source"]: r
            for r in self.store.read(
                "SELECT * EXCLUDE (rn) FROM (SELECT *, "
                "row_number() OVER (PARTITION BY source ORDER BY created_at DESC) "
                "AS rn FROM source_runs) WHERE rn = 1"
            )
        }
        return [
            {
                "name": s.name,
                "type": s.type,
                "enabled": s.enabled,
                "every_hours": s.every_hours,
                "last_run": last.get(s.name),
            }
            for s in self.config.platforms.sources
        ]

    def due_sources(self) -> list[str]:
        """Enabled sources whose last run is older than their interval (or that never ran)."""
        now = datetime.now(UTC).replace(tzinfo=None)
        due = []
        for s in self.sources_status():
            last = s["last_run"]
            if s["enabled"] and (last is None or now - last["created_at"] >= timedelta(hours=s["every_hours"])):
                due.append(s["name"])
        return due

    # -- health -------------------------------------------------------------------------------

    def _queue_health(self) -> dict[str, Any]:
        if self.settings.embedded:
            return {"ok": True, "mode": "embedded"}
        try:
            self.executor.conn.ping()  # type: ignore[attr-defined]
        except Exception as exc:  # any failure to reach Redis is the answer here
            return {"ok": False, "mode": "redis", "error": f"Redis does not answer: {exc}"}
        return {"ok": True, "mode": "redis"}

    def health(self) -> dict[str, Any]:
        checks: dict[str, Any] = {}
        try:
            self.store.scalar("SELECT 1")
            checks["database"] = {"ok": True, "path": str(self.settings.DUCKDB_PATH)}
        except JobsmithError as exc:
            checks["database"] = {"ok": False, "error": exc.message}
        except Exception as exc:
            checks["database"] = {"ok": False, "error": str(exc)}
        checks["queue"] = self._queue_health()
        checks["configuration"] = {
            "ok": self.config_error is None,
            "error": self.config_error,
            "dir": str(self.settings.CONFIG_DIR),
        }
        t = self.templates()
        checks["templates"] = {
            "ok": t.cv is not None,
            "cv": t.cv.name if t.cv else None,
            "cover_letter": t.cover_letter.name if t.cover_letter else None,
            "problems": t.problems,
        }
        return {"ok": all(c["ok"] for k, c in checks.items() if k != "templates"), "checks": checks}
