"""The event -> recorder path: each event applied once, stale runs ignored, failures visible."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.models import Job, MatchResult
from app.domain.status import Status
from app.runtime.bus import MemoryBus
from app.runtime.events import Event
from app.runtime.recorder import Recorder
from app.store import Store
from app.store import jobs as q


@pytest.fixture
def setup(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = Store(tmp_path / "r.duckdb").open()
    bus = MemoryBus()
    rec = Recorder(store, bus, exporter=lambda ev: ("/nowhere", []), after_documents=lambda: Status.AWAITING_APPROVAL)
    job = Job(title="Senior Data Engineer", company="TasmanWave", source="manual", source_id="1")
    store.write(lambda cur: q.insert_job(cur, job, Status.DISCOVERED))
    store.write(lambda cur: q.transition(cur, job.id, Status.QUEUED, run_id="run1"))
    yield store, bus, rec, job.id
    store.close()


def _ev(job_id: str, type_: str, stage: str, run: str = "run1", **data: object) -> Event:
    return Event(
        id=f"{run}:{stage}:{type_}",
        type=type_,
        job_id=job_id,
        run_id=run,
        stage=stage,  # type: ignore[arg-type]
        data=dict(data),
    )


def test_event_applied_once_even_when_delivered_twice(setup) -> None:  # type: ignore[no-untyped-def]
    store, bus, rec, job_id = setup
    ev = _ev(job_id, "stage.started", "match")
    bus.publish(ev)
    bus.publish(ev)
    assert rec.drain(block_ms=100) == 2
    assert store.scalar("SELECT count(*) FROM applied_events") == 1
    assert store.scalar("SELECT count(*) FROM stage_runs") == 1
    assert store.scalar("SELECT status FROM jobs") == "processing"


def test_unacknowledged_events_are_delivered_again(setup) -> None:  # type: ignore[no-untyped-def]
    store, bus, rec, job_id = setup
    bus.publish(_ev(job_id, "stage.started", "match"))
    entries = bus.read(block_ms=100)  # read, then "crash" before ack
    assert len(entries) == 1
    assert bus.requeue_pending() == 1
    rec.drain(block_ms=100)
    assert store.scalar("SELECT status FROM jobs") == "processing"


def test_stage_failure_puts_the_job_in_pending_with_stage_and_reason(setup) -> None:  # type: ignore[no-untyped-def]
    store, _, rec, job_id = setup
    rec.apply(_ev(job_id, "stage.started", "match"))
    rec.apply(_ev(job_id, "stage.failed", "tailor", error="no CV found"))
    row = store.read_one("SELECT status, failed_stage, error FROM jobs")
    assert row == {"status": "pending", "failed_stage": "tailor", "error": "no CV found"}


def test_events_of_an_old_run_change_nothing(setup) -> None:  # type: ignore[no-untyped-def]
    store, _, rec, job_id = setup
    rec.apply(_ev(job_id, "stage.failed", "tailor", run="old-run", error="stale"))
    assert store.scalar("SELECT status FROM jobs") == "queued"


def test_match_output_and_outcome_are_recorded(setup) -> None:  # type: ignore[no-untyped-def]
    store, _, rec, job_id = setup
    m = MatchResult(passed_gates=False, score=0.1, summary="on-site only")
    rec.apply(_ev(job_id, "stage.started", "match"))
    rec.apply(_ev(job_id, "stage.finished", "match", output=m.model_dump(mode="json")))
    rec.apply(_ev(job_id, "job.finished", "pipeline", outcome="filtered", reason="on-site in Brisbane"))
    row = store.read_one("SELECT status, status_reason, score FROM jobs")
    assert row == {"status": "filtered", "status_reason": "on-site in Brisbane", "score": 0.1}


def test_usage_events_land_in_the_ledger(setup) -> None:  # type: ignore[no-untyped-def]
    store, _, rec, job_id = setup
    ev = Event(
        id="u1",
        type="usage",
        job_id=job_id,
        stage="tailor",
        data={"provider": "anthropic", "model": "m", "input_tokens": 10, "output_tokens": 5, "cost": 0.25},
    )
    assert rec.apply(ev) and not rec.apply(ev)
    assert store.scalar("SELECT sum(cost) FROM llm_usage") == 0.25


def test_a_late_finish_of_an_old_run_writes_no_documents(tmp_path: Path) -> None:
    store = Store(tmp_path / "late.duckdb").open()
    exported: list[str] = []
    rec = Recorder(
        store,
        MemoryBus(),
        exporter=lambda ev: (exported.append(ev.run_id or ""), ("/x", []))[1],
        after_documents=lambda: Status.AWAITING_APPROVAL,
    )
    job = Job(title="Data Engineer", company="Acme", source="manual", source_id="9")
    store.write(lambda cur: q.insert_job(cur, job, Status.DISCOVERED))
    store.write(lambda cur: q.transition(cur, job.id, Status.QUEUED, run_id="new-run"))
    rec.apply(_ev(job.id, "job.finished", "pipeline", run="old-run", outcome="documents_ready", documents=[]))
    assert exported == []
    rec.apply(_ev(job.id, "stage.started", "match", run="new-run"))
    rec.apply(_ev(job.id, "job.finished", "pipeline", run="new-run", outcome="documents_ready", documents=[]))
    assert exported == ["new-run"]
    assert store.scalar("SELECT status FROM jobs") == "awaiting_approval"
    store.close()


@pytest.mark.parametrize(
    ("final", "status"),
    [
        (("job.finished", "pipeline", {"outcome": "filtered", "reason": "on site in Chicago"}), "filtered"),
        (("job.finished", "pipeline", {"outcome": "documents_ready"}), "awaiting_approval"),
        (("stage.failed", "tailor", {"error": "no CV found"}), "pending"),
    ],
)
def test_a_run_that_ends_after_an_app_restart_put_its_job_back_to_queued_still_settles(
    setup, final: tuple[str, str, dict], status: str
) -> None:  # type: ignore[no-untyped-def]
    store, _, rec, job_id = setup
    rec.apply(_ev(job_id, "stage.started", "match"))  # the old app saw the run start ...
    # ... then died; the new app puts `processing` jobs back to `queued` (same run: RQ finishes it anyway)
    store.write(lambda cur: q.transition(cur, job_id, Status.QUEUED, reason="restarted after an interruption"))
    type_, stage, data = final
    assert rec.apply(_ev(job_id, type_, stage, **data))
    assert store.scalar("SELECT status FROM jobs") == status


def _letter(text: str) -> bytes:
    import io

    from docx import Document

    doc = Document()
    doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_second_finish_of_the_same_run_never_writes_over_the_seekers_edit(tmp_path: Path) -> None:
    """A run done twice (a worker taken for dead and its job run again) or a finish delivered again after a crash
    comes after the job is waiting for approval: the letter the seeker edited meanwhile stays as they left it."""
    import hashlib

    from app.applications import edit
    from app.documents.export import atomic_write

    store = Store(tmp_path / "twice.duckdb").open()
    letter = tmp_path / "export" / "Alex_Morgan_CL.docx"
    letter.parent.mkdir()
    tailored = _letter("The letter the run wrote.")
    exports: list[str] = []

    def exporter(ev: Event) -> tuple[str, list]:  # type: ignore[type-arg]
        exports.append(ev.id)
        atomic_write(letter, tailored)
        digest = hashlib.sha256(tailored).hexdigest()
        row = {"kind": "cover_letter", "name": letter.name, "path": str(letter), "sha256": digest, "size": 1}
        return str(letter.parent), [row]

    rec = Recorder(store, MemoryBus(), exporter=exporter, after_documents=lambda: Status.AWAITING_APPROVAL)
    job = Job(title="Data Engineer", company="Acme", source="manual", source_id="7")
    store.write(lambda cur: q.insert_job(cur, job, Status.DISCOVERED))
    store.write(lambda cur: q.transition(cur, job.id, Status.QUEUED, run_id="run1"))
    finish = _ev(job.id, "job.finished", "pipeline", outcome="documents_ready", documents=[])
    assert rec.apply(finish)
    assert store.scalar("SELECT status FROM jobs") == "awaiting_approval" and exports == [finish.id]
    edited = _letter("My own words, edited by hand.")
    edit.replace_document(store, job.id, "cover_letter", edited, letter.name)
    again = finish.model_copy(update={"id": "run1:pipeline:job.finished:second-run"})
    assert rec.apply(again)  # recorded, and changes nothing
    assert not rec.apply(finish)  # the first finish delivered again
    assert exports == [finish.id]
    assert letter.read_bytes() == edited
    assert (
        store.scalar("SELECT sha256 FROM documents WHERE kind = 'cover_letter'") == hashlib.sha256(edited).hexdigest()
    )
    assert store.scalar("SELECT status FROM jobs") == "awaiting_approval"
    store.close()
