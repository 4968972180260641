"""The batched add path (app.intake): gates at intake, one job per posting under concurrent adds, the
whole payload stored before anything is queued. Real service (embedded), real DuckDB."""

from __future__ import annotations

import threading
from typing import Any

from tests.runtime.jobs import expected_status, make_jobs


def test_a_posting_that_fails_the_gates_is_filtered_at_intake_and_never_queued(service: Any) -> None:
    jobs = make_jobs(6, every_match=3)
    want = {j.id: expected_status(j, service.config) for j in jobs}
    results = {r.job_id: r for r in service.add_jobs(jobs)}
    assert service.wait_idle(120)
    rows = {r["id"]: r for r in service.store.read("SELECT id, status, score, match, run_id FROM jobs")}
    failing = [jid for jid, status in want.items() if status == "filtered"]
    assert failing and len(failing) < len(jobs)
    for jid in failing:
        assert results[jid].status == "filtered" and results[jid].note  # the gates' reasons, at once
        assert rows[jid]["status"] == "filtered" and rows[jid]["match"] is not None
        history = [
            (h["from_status"], h["to_status"])
            for h in service.store.read(
                "SELECT from_status, to_status FROM status_history WHERE job_id = ? ORDER BY changed_at, rowid", [jid]
            )
        ]
        assert history == [(None, "discovered"), ("discovered", "filtered")]
        stages = service.store.read("SELECT stage, state FROM stage_runs WHERE job_id = ?", [jid])
        assert stages == [{"stage": "match", "state": "finished"}]
    for jid, status in want.items():  # the others went through a worker to where the pipeline puts them
        assert rows[jid]["status"] == status
        if status != "filtered":
            assert results[jid].status == "queued"


def test_two_adds_of_the_same_postings_at_once_make_one_job_each(service: Any) -> None:
    jobs = make_jobs(40, every_match=40)
    answers: list[list[Any]] = []
    start = threading.Barrier(2)

    def add() -> None:
        start.wait()
        answers.append(service.add_jobs([j.model_copy() for j in jobs]))

    threads = [threading.Thread(target=add) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert service.store.scalar("SELECT count(*) FROM jobs") == len(jobs)
    first, second = answers
    assert sum(r.already_known for r in first + second) == len(jobs)  # each posting new exactly once
    assert {r.job_id for r in first} == {r.job_id for r in second} == {j.id for j in jobs}
    assert service.wait_idle(120)


def test_the_add_reports_where_its_time_went(service: Any) -> None:
    jobs = make_jobs(12, every_match=4)
    service.add_jobs(jobs)
    t = service.intake.timings
    assert t.postings == 12 and t.new == 12
    assert t.queued + t.filtered == 12 and t.filtered > 0
    assert min(t.dedup, t.gates, t.persist, t.enqueue) >= 0 and t.persist > 0
    assert service.wait_idle(120)
