"""Outcomes, the no_response sweep, metrics and the CSV export, on a real DuckDB file."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.applications.metrics import export_csv, metrics
from app.applications.outbox import Outbox
from app.applications.tracking import mark_applied, record_outcome, sweep_no_response, utc_today
from app.domain.status import Status
from app.errors import InputError, InvalidTransition
from app.store import Store
from app.testing.smtp_server import SmtpTestServer
from tests.mail.helpers import add_job


def _backdate(store: Store, job_id: str, days: int) -> None:
    store.write(
        lambda cur: (
            cur.execute("UPDATE outbox SET sent_at = sent_at - to_days(?::INTEGER) WHERE job_id = ?", [days, job_id]),
            cur.execute(
                "UPDATE applications SET applied_at = applied_at - to_days(?::INTEGER) WHERE job_id = ?", [days, job_id]
            ),
        )
    )


def test_outcomes_move_the_status_and_keep_notes_and_dates(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    job_id = add_job(store, tmp_path)
    outbox.send(job_id)

    record_outcome(store, job_id, "responded", notes="recruiter called", occurred_on=date(2026, 11, 2))
    record_outcome(store, job_id, "interview", notes="first round", occurred_on=date(2026, 11, 9))
    record_outcome(store, job_id, "interview", notes="second round", occurred_on=date(2026, 11, 16))
    record_outcome(store, job_id, "offer", notes="AUD 170k")

    assert store.scalar("SELECT status FROM jobs WHERE id = ?", [job_id]) == "offer"
    rows = store.read("SELECT outcome, notes, occurred_on FROM outcomes WHERE job_id = ? ORDER BY created_at", [job_id])
    assert [(r["outcome"], r["notes"]) for r in rows] == [
        ("responded", "recruiter called"),
        ("interview", "first round"),
        ("interview", "second round"),
        ("offer", "AUD 170k"),
    ]
    assert rows[0]["occurred_on"] == date(2026, 11, 2) and rows[-1]["occurred_on"] == utc_today()


def test_outcome_before_applying_is_refused(store: Store, tmp_path: Path) -> None:
    job_id = add_job(store, tmp_path)
    with pytest.raises(InvalidTransition):
        record_outcome(store, job_id, "interview")
    with pytest.raises(InputError):
        record_outcome(store, job_id, "ghosted")
    assert store.scalar("SELECT count(*) FROM outcomes") == 0


def test_no_response_after_the_configured_days(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    old, recent, answered = (add_job(store, tmp_path, n=n) for n in range(3))
    for job_id in (old, recent, answered):
        outbox.send(job_id)
    link = add_job(store, tmp_path, n=4, apply_email=None, apply_url="https://apply.example/4")
    mark_applied(store, link)
    for job_id in (old, answered, link):
        _backdate(store, job_id, 30)
    record_outcome(store, answered, "declined")

    swept = sweep_no_response(store, 21)

    assert sorted(swept) == sorted([old, link])
    statuses = {r["id"]: r["status"] for r in store.read("SELECT id, status FROM jobs")}
    assert statuses == {old: "no_response", recent: "sent", answered: "declined", link: "no_response"}
    assert sweep_no_response(store, 21) == []


def test_metrics_funnel_response_rate_and_time_to_response(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    a = add_job(store, tmp_path, n=1, source="greenhouse")
    b = add_job(store, tmp_path, n=2, source="greenhouse")
    c = add_job(store, tmp_path, n=3, source="lever", apply_email=None, apply_url="https://apply.example/3")
    add_job(store, tmp_path, n=4, source="lever", status=Status.AWAITING_APPROVAL)
    outbox.send(a)
    outbox.send(b)
    mark_applied(store, c)
    _backdate(store, a, 10)
    _backdate(store, c, 4)
    record_outcome(store, a, "interview", occurred_on=utc_today() - timedelta(days=3))  # 7 days after sending
    record_outcome(store, c, "responded", occurred_on=utc_today())  # 4 days after applying

    m = metrics(store)

    funnel = {row["source"]: row for row in m["funnel"]}
    assert funnel["greenhouse"] | {"source": None} == {
        "source": None,
        "discovered": 2,
        "matched": 2,
        "approved": 2,
        "applied": 2,
        "responded": 1,
        "interview": 1,
        "offer": 0,
    }
    assert (funnel["lever"]["discovered"], funnel["lever"]["approved"], funnel["lever"]["applied"]) == (2, 1, 1)
    assert (m["applied"], m["responded"], m["response_rate"]) == (3, 2, pytest.approx(0.6667, abs=1e-4))
    assert m["time_to_response_days"] == {"median": 5.5, "mean": 5.5, "count": 2}


def test_csv_export_has_one_row_per_application_and_no_formulas(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    a = add_job(store, tmp_path, n=1, company='=HYPERLINK("http://evil.example")')
    outbox.send(a)
    record_outcome(store, a, "responded", notes="@call back", occurred_on=utc_today())
    add_job(store, tmp_path, n=2)  # approved, not applied: not in the export

    rows = list(csv.DictReader(io.StringIO(export_csv(store))))

    assert len(rows) == 1
    row = rows[0]
    assert row["job_id"] == a and row["status"] == "responded" and row["channel"] == "email"
    assert row["company"].startswith("'=") and row["notes"] == "'@call back"
    assert row["message_id"] == store.scalar("SELECT message_id FROM outbox WHERE job_id = ?", [a])
    assert row["days_to_response"] == "0" and row["recipient"] == "careers@derwentwater.example"
