"""Adding postings: parse, normalise, de-duplicate and persist a payload in a few transactions, then queue.

The path of `jobsmith add`, `POST /api/jobs` and `/api/jobs/upload`, and of discovery batches:

1. parse and normalise the payload (app.sources.discover), refuse bad input before anything is stored;
2. per chunk of CHUNK postings, under the add lock: ask the store once which postings it already knows
   (by id and posting keys), de-duplicate the rest in memory (app.dedup), run the match stage's hard gates
   on the new ones (pure and deterministic; a posting that fails them is `filtered` here, with its match
   stored, and is never queued nor fetched) and write them in one transaction (multi-row inserts,
   app.store.jobs.insert_new_jobs);
3. once the whole payload is stored, queue the new jobs that passed the gates in one batch; a worker
   matches them again (with the model's assessment where one is configured), re-checks liveness and
   tailors.

The add lock is held per chunk, so a long payload never blocks other adds for long, and two adds of the
same posting at once create one job. Workers start only after the payload is stored, so they never compete
with the add for the database.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from app.config.loader import Config
from app.config.search import SearchConfig
from app.dedup import DedupDecision, Deduper, JobRef, canonical_url
from app.domain.models import Job
from app.domain.status import SENT_OR_LATER, Status
from app.errors import InputError
from app.settings import Settings
from app.store import Store
from app.store import jobs as q

log = logging.getLogger(__name__)

FETCH_SLOTS = 4  # add-by-URL fetches at once; more are refused (429) rather than queued on API threads

# Queues the work orders of new jobs, given as (job, run id), in one batch (Jobsmith builds the orders).
Enqueue = Callable[[list[tuple[Job, str]]], None]


def posting_keys(job: Job) -> list[str]:
    """Keys naming the same posting (not merely the same role): its source id and canonical URL."""
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


@dataclass
class AddTimings:
    """Where the last add's time went, in seconds (bench/bench_ingest.py prints them)."""

    parse: float = 0.0  # parse and normalise the payload, check it
    dedup: float = 0.0  # ask the store what it knows, group duplicates in memory, choose each first status
    gates: float = 0.0  # the match stage's hard gates for new postings (those failing them are never queued)
    persist: float = 0.0  # the transactions that write the new jobs
    enqueue: float = 0.0  # queue the work orders
    postings: int = 0
    new: int = 0
    queued: int = 0
    filtered: int = 0


class FairLock:
    """A lock taken in the order it was asked for: an add waiting for it goes before the next chunk of a
    long payload (threading.Lock lets the releasing thread take it straight back)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._next = 0
        self._serving = 0

    def __enter__(self) -> None:
        with self._cond:
            ticket = self._next
            self._next += 1
            self._cond.wait_for(lambda: self._serving == ticket)

    def __exit__(self, *exc: object) -> None:
        with self._cond:
            self._serving += 1
            self._cond.notify_all()


def _known_note(job: Job, hit: tuple[str, str]) -> str:
    """What a person sees when a posting is added again: the job they already have, and its status."""
    return f"already known: {job.title} at {job.company} is job {hit[0]} ({hit[1]})"


def _new_run_id() -> str:
    return uuid.uuid4().hex[:12]


class Intake:
    """Adds postings to the store and queues the new ones. Thread-safe: API, CLI and recorder threads add."""

    CHUNK = 500  # postings per hold of the add lock (one transaction each)

    def __init__(self, store: Store, settings: Settings, config: Callable[[], Config], enqueue: Enqueue) -> None:
        self.store = store
        self.settings = settings
        self.config = config  # the running configuration (it can be reloaded)
        self.enqueue = enqueue
        self.timings = AddTimings()
        self._dedup: Deduper | None = None
        self.gate_seconds = 0.0  # the gates' share of the chunk being added (under the lock)
        self._lock = FairLock()
        self._fetch_slots = threading.BoundedSemaphore(FETCH_SLOTS)  # slow pages never take every API thread

    # -- the duplicate index ------------------------------------------------------------------

    def deduper(self) -> Deduper:
        """The duplicate index, loaded once from the look-back window, then kept up to date in memory."""
        if self._dedup is None:
            similarity = self.config().similarity
            rows = q.dedup_index_rows(self.store, similarity.lookback_days, [s.value for s in SENT_OR_LATER])
            dedup = Deduper(similarity)
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

    # -- adding -------------------------------------------------------------------------------

    def add_from(
        self, *, url: str | None = None, text: str | None = None, data: bytes | None = None, filename: str | None = None
    ) -> list[AddResult]:
        """Add postings from a job page URL, a file (API payload, feed or page) or pasted text."""
        t0 = time.perf_counter()
        jobs = self._parse(url=url, text=text, data=data, filename=filename)
        parse = time.perf_counter() - t0
        results = self.add_jobs(jobs)
        self.timings.parse = parse
        return results

    def _parse(self, *, url: str | None, text: str | None, data: bytes | None, filename: str | None) -> list[Job]:
        from app.sources.checks import check_payload, check_postings
        from app.sources.discover import parse_any, parse_pasted_text

        if url:
            jobs = self._fetch(url)
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
        return jobs

    def _fetch(self, url: str) -> list[Job]:
        from app.errors import Busy
        from app.net.fetch import FetchPolicy, guarded_client
        from app.sources.discover import fetch_page

        if not self._fetch_slots.acquire(blocking=False):
            raise Busy(f"{FETCH_SLOTS} pages are being fetched already: try again in a moment")
        try:
            with guarded_client(FetchPolicy.from_settings(self.settings)) as client:  # no internal addresses
                return fetch_page(url, self.config().platforms, client=client)
        finally:
            self._fetch_slots.release()

    def add_jobs(self, jobs: list[Job], *, process: bool = True) -> list[AddResult]:
        """Record new postings (known ones are reported, not re-added), group duplicates, queue the rest.

        A posting is already known when its id (the same source posting, or the same title and company
        pasted again) or one of its posting keys is in the store. Every chunk is stored before anything
        is queued; the queued jobs then go to the executor in one batch.
        """
        timings = AddTimings(postings=len(jobs))
        results: list[AddResult] = []
        queued: list[tuple[Job, str]] = []
        try:
            for start in range(0, len(jobs), self.CHUNK):
                chunk_results, rows = self._add_chunk(jobs[start : start + self.CHUNK], process, timings)
                results += chunk_results
                queued += [(row.job, row.run_id) for row in rows if row.status is Status.QUEUED and row.run_id]
        finally:  # what was stored is queued, even when a later chunk failed to be written
            t0 = time.perf_counter()
            if queued:
                self.enqueue(queued)
            timings.enqueue = time.perf_counter() - t0
        _name_first_status(results)
        timings.new = sum(not r.already_known for r in results)
        timings.queued = len(queued)
        timings.filtered = sum(r.status == Status.FILTERED.value and not r.already_known for r in results)
        self.timings = timings
        return results

    def _add_chunk(self, jobs: list[Job], process: bool, timings: AddTimings) -> tuple[list[AddResult], list[q.NewJob]]:
        with self._lock:  # the duplicate index is not thread-safe; API and recorder threads both add
            t0 = time.perf_counter()
            self.gate_seconds = 0.0
            results, new = self._sort_out(jobs)
            rows = self._first_statuses(new, results, process)
            t1 = time.perf_counter()
            timings.gates += self.gate_seconds
            try:
                if rows:
                    self.store.write(lambda cur: q.insert_new_jobs(cur, rows))
            except Exception:
                self._dedup = None  # the index took postings the store did not: read it again next time
                raise
            timings.dedup += t1 - t0 - self.gate_seconds
            timings.persist += time.perf_counter() - t1
        return results, rows

    def _sort_out(self, jobs: list[Job]) -> tuple[list[AddResult], list[tuple[Job, list[str], DedupDecision]]]:
        """Known postings become results; the others get their duplicate decision from the index."""
        keys_of = {job.id: posting_keys(job) for job in jobs}
        known_ids, known = q.known_jobs(self.store, list(keys_of), sorted({k for ks in keys_of.values() for k in ks}))
        results: list[AddResult] = []
        new: list[tuple[Job, list[str], DedupDecision]] = []
        dedup = self.deduper()
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
            new.append((job, keys, dedup.add(job)))
            known_ids[job.id] = "new in this batch"
            known.update({k: (job.id, "new in this batch") for k in keys})
            results.append(AddResult(job.id, job.title, job.company, ""))
        return results, new

    def _first_statuses(
        self, new: list[tuple[Job, list[str], DedupDecision]], results: list[AddResult], process: bool
    ) -> list[q.NewJob]:
        """Give each new posting its first status (and its result the same), as rows for the store."""
        from app.sources.discover import job_content_hash

        if not new:
            return []
        dup_groups = sorted({d.group_id for _, _, d in new if d.is_duplicate and not d.applied_before})
        applied = q.applied_groups(self.store, dup_groups, [s.value for s in SENT_OR_LATER])
        rows: list[q.NewJob] = []
        search = self.config().search
        by_id = {r.job_id: r for r in results if not r.already_known}
        for job, keys, decision in new:
            if decision.is_duplicate and not decision.applied_before and decision.group_id in applied:
                decision = decision.model_copy(
                    update={  # the index may predate that application
                        "applied_before": True,
                        "reason": decision.reason + "; a repost of a role already applied to",
                    }
                )
            status, reason = _first_status(decision, process)
            row = q.NewJob(
                job=job,
                status=status,
                reason=reason,
                group_id=decision.group_id,
                primary_id=decision.primary_id,
                content_hash=job_content_hash(job),
                run_id=_new_run_id() if status is Status.QUEUED else None,
                keys=keys,
            )
            if status is Status.QUEUED:
                self.gate_seconds += _gate(row, search)
            rows.append(row)
            result = by_id[job.id]
            result.status = row.status.value
            result.note = (
                (
                    f"duplicate of {decision.matched_id} ({decision.reason})"
                    if decision.is_duplicate
                    else row.reason or ""
                )
                if row.status is not Status.QUEUED
                else ""
            )
        return rows


def _first_status(decision: DedupDecision, process: bool) -> tuple[Status, str | None]:
    if decision.is_duplicate:
        return Status.DUPLICATE, f"duplicate of {decision.matched_id}: {decision.reason}"
    if process:
        return Status.QUEUED, "waiting for a worker"
    return Status.DISCOVERED, None


def _gate(row: q.NewJob, search: SearchConfig) -> float:
    """The match stage's hard gates, at intake: a posting that fails them is `filtered` at once, with its
    match stored, and never queued (nor fetched for liveness); the others go to a worker, which matches
    them again (with the model's assessment where one is configured) and tailors."""
    from app.pipeline.match import failed_gates, match_job

    t0 = time.perf_counter()
    match = match_job(row.job, search)
    seconds = time.perf_counter() - t0
    if not match.passed_gates:
        row.status, row.reason = Status.FILTERED, failed_gates(match)
        row.match, row.match_ms = match, seconds * 1000
    return seconds


def _name_first_status(results: list[AddResult]) -> None:
    """The same posting twice in one payload: the second names the first's status."""
    first = {r.job_id: r.status for r in results if not r.already_known}
    for r in results:
        if r.already_known and r.job_id in first:
            r.status = first[r.job_id]
            r.note = _known_note(Job(id=r.job_id, title=r.title, company=r.company), (r.job_id, r.status))
