"""The API's response models (app/api/schemas/) describe what the mail and journey code really returns: each
answer, built from real sends, replies, outcomes and follow-ups in a real store, validates against its model
and comes out as the same JSON it was before the model (no key dropped or added, no int turned float).

A query that gains a column without its model would lose that key in the API silently; this fails instead."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from app.api.schemas import applications as A
from app.api.schemas import journey as J
from app.api.schemas.jobs import JobDetail
from app.api.schemas.overview import BoardCard, CostTotals, DayCost, StageLoad, WeekFunnel
from app.applications import metrics
from app.applications.followups import decide, draft_due, edit, send_approved
from app.applications.outbox import Outbox
from app.applications.replies import Reply, confirm_reading, list_readings, record_replies
from app.applications.tracking import mark_applied, record_outcome
from app.config.mail import LimitsConfig, MailConfig
from app.store import Store, insights
from app.store import applications as applications_q
from app.store import followups as fq
from app.store import jobs as q
from app.testing.smtp_server import SmtpTestServer
from tests.mail.helpers import add_job, mail_settings

AS_BEFORE = TypeAdapter(Any)  # what a `-> dict[str, Any]` route answered
LATER = date.today() + timedelta(days=30)


def mismatch(before: Any, after: Any, path: str = "$") -> str | None:
    """The first place where two JSON values differ, types included (1 and 1.0 differ)."""
    if type(before) is not type(after):
        return f"{path}: {before!r:.60} became {after!r:.60}"
    if isinstance(before, dict):
        if set(before) != set(after):
            return f"{path}: keys {sorted(before)} became {sorted(after)}"
        return next((m for k in before if (m := mismatch(before[k], after[k], f"{path}.{k}"))), None)
    if isinstance(before, list):
        if len(before) != len(after):
            return f"{path}: {len(before)} items became {len(after)}"
        return next(
            (m for i, (x, y) in enumerate(zip(before, after, strict=True)) if (m := mismatch(x, y, f"{path}[{i}]"))),
            None,
        )
    return None if before == after else f"{path}: {before!r:.60} became {after!r:.60}"


def through(model: Any, raw: Any) -> str | None:
    """Validate `raw` as the route does, serialize it as JSON, and say where it differs from before."""
    adapter = TypeAdapter(model)
    after = adapter.dump_python(adapter.validate_python(raw), mode="json")
    return mismatch(AS_BEFORE.dump_python(raw, mode="json"), after)


def _detail(store: Store, job_id: str) -> dict[str, Any]:
    """What GET /api/applications/{job_id} reads."""
    row = q.get_job(store, job_id)
    return {
        "job": {k: row[k] for k in A.JobState.model_fields},
        "application": store.read_one("SELECT * FROM applications WHERE job_id = ?", [job_id]),
        "outbox": store.read_one("SELECT * FROM outbox WHERE job_id = ?", [job_id]),
        "attempts": store.read("SELECT * FROM send_attempts WHERE job_id = ? ORDER BY created_at", [job_id]),
        "outcomes": store.read("SELECT * FROM outcomes WHERE job_id = ? ORDER BY created_at", [job_id]),
        "recipient_override": store.scalar("SELECT recipient FROM recipient_overrides WHERE job_id = ?", [job_id]),
    }


def _tailored(store: Store, job_id: str) -> None:
    """A finished tailor run whose fact gate removed a sentence, and one model call's cost."""
    report = (
        '{"report": {"fact_gate": {"passed": false, "removals": [{"document": "cv", "paragraph_id": "p3", '
        '"sentence": "Cut costs by 40%.", "reasons": ["a number not in the sources: 40%"], '
        '"replaced_by": "Cut costs."}]}, "needs_review": ["the letter is short"]}}'
    )

    def tx(cur: Any) -> None:
        cur.execute(
            "INSERT INTO stage_runs (job_id, run_id, stage, state, output, error, ms, created_at) "
            "VALUES (?, 'r1', 'tailor', 'finished', ?, NULL, 12.5, now())",
            [job_id, report],
        )
        cur.execute("UPDATE jobs SET run_id = 'r1' WHERE id = ?", [job_id])
        cur.execute(
            "INSERT INTO llm_usage (event_id, job_id, stage, provider, model, input_tokens, output_tokens, "
            "cache_write_tokens, cache_read_tokens, cost, cached, created_at) "
            "VALUES ('e1', ?, 'tailor', 'anthropic', 'm', 1200, 300, 0, 0, 0.0125, false, now())",
            [job_id],
        )

    store.write(tx)


def test_sends_outcomes_and_job_reads_keep_their_json_through_their_models(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    emailed, answered = add_job(store, tmp_path, n=1), add_job(store, tmp_path, n=2)
    by_link = add_job(store, tmp_path, n=3, apply_email=None, apply_url="https://jobs.example/apply")
    sent = outbox.send(emailed)
    outbox.send(answered)
    mark_applied(store, by_link, note="applied on the site")
    record_outcome(store, answered, "interview", notes="they called")
    _tailored(store, emailed)

    answers: list[tuple[str, Any, Any]] = [
        ("send", A.SendResult, sent.__dict__),
        ("applications", list[A.ApplicationRow], applications_q.list_applications(store, "all", 100)),
        ("metrics", A.Metrics, metrics.metrics(store)),
        ("pipeline", list[StageLoad], insights.pipeline(store)),
        ("board", list[BoardCard], insights.board(store)),
        ("funnel", list[WeekFunnel], insights.funnel(store)),
        ("cost by day", list[DayCost], insights.cost_by_day(store)),
        ("cost totals", CostTotals, insights.cost_totals(store)),
    ]
    answers += [(f"application {j}", A.ApplicationDetail, _detail(store, j)) for j in (emailed, answered, by_link)]
    answers += [(f"job {j}", JobDetail, q.get_job(store, j)) for j in (emailed, answered)]

    assert {what: through(model, raw) for what, model, raw in answers} == {what: None for what, _, _ in answers}
    assert q.get_job(store, emailed)["fact_gate"]["removals"]  # the gate's removals were really checked
    assert [a["outcome"] for a in _detail(store, answered)["outcomes"]] == ["interview"]


def test_replies_and_follow_ups_keep_their_json_through_their_models(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    job_id, link_job = add_job(store, tmp_path, n=1), add_job(store, tmp_path, n=2, apply_email=None)
    mark_applied(store, link_job)
    ours = outbox.send(job_id).message_id or ""
    invite = Reply(1, "<r1@employer.example>", "hr@derwentwater.example", "Re: Application", date(2026, 11, 23),
                   frozenset({ours}), "We would like to invite you to an interview on Tuesday at 10am.")  # fmt: skip
    assert record_replies(store, [invite]) == [job_id]
    readings = list_readings(store)
    confirmed = confirm_reading(store, readings[0]["id"])
    drafts = draft_due(store, MailConfig(), "Alex Morgan", today=LATER)
    kinds = {r["id"]: r["kind"] for r in store.write(lambda cur: fq.listing(cur, None, None))}
    [thanks] = [f for f in drafts if kinds[f] == "thank_you"]  # the interview was confirmed
    edited = edit(store, thanks, "Dear Hiring Team,\n\nThank you for your time today.\n\nKind regards,\nAlex Morgan")
    decided = [decide(store, f, "approve" if f == thanks else "done") for f in drafts]
    tried = send_approved(outbox)

    answers: list[tuple[str, Any, Any]] = [
        ("replies", J.ReplyReadings, {"items": readings}),
        ("confirmed reply", J.ReplyReading, confirmed),
        ("edited follow-up", J.FollowUp, edited),
        ("decided follow-ups", list[J.FollowUp], decided),
        ("sent follow-ups", list[J.FollowUp | A.FollowUpSent], tried),
        ("follow-ups", J.FollowUps, {"items": store.write(lambda cur: fq.listing(cur, None, None))}),
    ]

    assert {what: through(model, raw) for what, model, raw in answers} == {what: None for what, _, _ in answers}
    assert sorted(kinds.values()) == ["reminder", "thank_you"] and [t["state"] for t in tried] == ["sent"]


def test_a_deferred_send_and_follow_up_keep_their_json_through_their_models(
    store: Store, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    config = MailConfig(limits=LimitsConfig(per_hour=1, per_day=50, min_spacing_seconds=0))
    outbox = Outbox(store, mail_settings(tmp_path / "jobs.duckdb", smtp.port), config, seeker_name="Alex Morgan")
    outbox.send(add_job(store, tmp_path, n=1))
    [draft] = draft_due(store, config, "Alex Morgan", today=LATER)
    decide(store, draft, "approve")

    tried = send_approved(outbox)
    later = outbox.send(add_job(store, tmp_path, n=2))

    assert [t["state"] for t in tried] == ["deferred"] and later.state == "deferred"
    assert through(list[J.FollowUp | A.FollowUpSent], tried) is None
    assert through(A.SendResult, later.__dict__) is None


def test_a_changed_shape_is_reported() -> None:
    assert through(A.Modes, {"approval_mode": True, "dry_run": False}) is None
    assert through(A.Modes, {"approval_mode": True, "dry_run": False, "new": 1}) == (
        "$: keys ['approval_mode', 'dry_run', 'new'] became ['approval_mode', 'dry_run']"
    )
    assert through(DayCost, {"day": "2026-11-30", "cost": 1, "calls": 2}) == "$.cost: 1 became 1.0"
