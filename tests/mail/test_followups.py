"""Follow-ups and thank-you notes: drafted from the job's own record, approved by the seeker, sent as a reply in
the application's thread, at most once (also when the sender is killed mid-send), inside the send limits."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.applications.followups import confirm, decide, draft_due, edit, recover_followups, send_approved, send_followup
from app.applications.outbox import Outbox
from app.applications.tracking import mark_applied, record_outcome
from app.config.mail import LimitsConfig, MailConfig
from app.errors import Conflict
from app.store import Store
from app.testing.smtp_server import SmtpTestServer
from tests.mail.helpers import add_job

ROOT = Path(__file__).resolve().parents[2]
LATER = date.today() + timedelta(days=30)


def _sent_job(store: Store, outbox: Outbox, tmp_path: Path, n: int = 1) -> tuple[str, str]:
    job_id = add_job(store, tmp_path, n=n)
    return job_id, outbox.send(job_id).message_id or ""


def test_a_silent_application_gets_one_follow_up_draft_only_after_the_configured_days(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    job_id, _ = _sent_job(store, outbox, tmp_path)
    config = MailConfig(follow_up_days=7)
    assert draft_due(store, config, "Alex Morgan", today=date.today() + timedelta(days=6)) == []
    [fid] = draft_due(store, config, "Alex Morgan", today=date.today() + timedelta(days=7))
    assert draft_due(store, config, "Alex Morgan", today=LATER) == []  # one per job, ever
    assert draft_due(store, MailConfig(follow_up_days=0), "Alex Morgan", today=LATER) == []
    [row] = store.read("SELECT * FROM followups")
    assert (row["id"], row["job_id"], row["kind"], row["state"]) == (fid, job_id, "follow_up", "draft")
    assert "Lead Data Engineer role at Derwent Water Authority" in row["body"]
    assert row["body"].endswith("Kind regards,\nAlex Morgan")


def test_an_answered_application_gets_no_follow_up(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    job_id, _ = _sent_job(store, outbox, tmp_path)
    record_outcome(store, job_id, "responded", notes="they called")
    assert [f for f in draft_due(store, MailConfig(), "Alex Morgan", today=LATER)] == []


def test_an_approved_follow_up_replies_in_the_thread_once(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    job_id, original = _sent_job(store, outbox, tmp_path)
    [fid] = draft_due(store, MailConfig(), "Alex Morgan", today=LATER)
    with pytest.raises(Conflict):
        send_followup(outbox, fid)  # a draft is never sent
    edit(store, fid, "Dear Hiring Team,\n\nAny news on my application?\n\nKind regards,\nAlex Morgan")
    decide(store, fid, "approve")
    with pytest.raises(Conflict):
        edit(store, fid, "changed after approval")

    result = send_approved(outbox)

    assert [r["state"] for r in result] == ["sent"]
    follow = [r.message for r in smtp.handler.received() if r.message["In-Reply-To"]]
    assert len(follow) == 1
    msg = follow[0]
    assert msg["In-Reply-To"] == original and msg["References"] == original
    assert str(msg["Subject"]).startswith("Re: ") and msg["To"] == "careers@derwentwater.example"
    assert "Any news on my application?" in msg.get_content()
    assert send_approved(outbox) == []
    with pytest.raises(Conflict):
        send_followup(outbox, fid)
    assert len([r for r in smtp.handler.received() if r.message["In-Reply-To"]]) == 1
    assert store.scalar("SELECT count(*) FROM send_attempts WHERE job_id = ?", [job_id]) == 2  # counted in limits


def test_a_follow_up_waits_when_the_send_limit_is_reached(store: Store, smtp: SmtpTestServer, tmp_path: Path) -> None:
    from tests.mail.helpers import mail_settings

    tight = MailConfig(limits=LimitsConfig(min_spacing_seconds=0, per_hour=1, per_day=10))
    outbox = Outbox(
        store, mail_settings(tmp_path / "data" / "jobs.duckdb", smtp.port), tight, seeker_name="Alex Morgan"
    )
    _sent_job(store, outbox, tmp_path)
    [fid] = draft_due(store, tight, "Alex Morgan", today=LATER)
    decide(store, fid, "approve")
    [res] = send_approved(outbox)
    assert res["state"] == "deferred" and "per_hour" in res["detail"]
    assert store.scalar("SELECT state FROM followups WHERE id = ?", [fid]) == "approved"


def test_a_thank_you_is_drafted_at_interview_and_a_reminder_for_link_applications(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    job_id, _ = _sent_job(store, outbox, tmp_path, n=1)
    record_outcome(store, job_id, "interview")
    link_job = add_job(store, tmp_path, n=2, apply_email=None, apply_url="https://careers.example/2")
    mark_applied(store, link_job)
    made = draft_due(store, MailConfig(), "Alex Morgan", today=LATER)
    rows = {r["kind"]: r for r in store.read("SELECT * FROM followups")}
    assert len(made) == 2 and set(rows) == {"thank_you", "reminder"}
    assert "Thank you for taking the time" in rows["thank_you"]["body"] and rows["thank_you"]["in_reply_to"]
    assert rows["reminder"]["recipient"] is None
    with pytest.raises(Conflict):
        decide(store, rows["reminder"]["id"], "approve")  # a reminder is never mailed
    assert decide(store, rows["reminder"]["id"], "done")["state"] == "done"


def _child(db: Path, port: int, fid: str, point: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.mail.followup_one", str(db), str(port), fid, point],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("point", ["before_data", "during_data"])
def test_a_sender_killed_mid_send_leaves_unknown_and_never_sends_again(
    point: str, store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    _sent_job(store, outbox, tmp_path)
    [fid] = draft_due(store, MailConfig(), "Alex Morgan", today=LATER)
    decide(store, fid, "approve")
    db = tmp_path / "data" / "jobs.duckdb"
    store.close()  # one process per DuckDB file: the child owns it now
    if point == "during_data":
        smtp.handler.block_data()
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.mail.followup_one", str(db), str(smtp.port), fid, "none"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert smtp.handler.data_arrived.wait(60), "the follow-up never reached DATA"
        proc.kill()
        proc.wait(30)
        smtp.handler.release()
        code = proc.returncode
    else:
        code = _child(db, smtp.port, fid, point).returncode
    assert code == -9
    store.open()

    assert recover_followups(store) == [fid]
    assert store.scalar("SELECT state FROM followups WHERE id = ?", [fid]) == "unknown"
    assert send_approved(outbox) == []  # an unknown send is never repeated by itself
    arrived = [r for r in smtp.handler.received() if r.message["In-Reply-To"]]
    assert len(arrived) <= 1
    assert confirm(store, fid, sent=bool(arrived))["state"] == ("sent" if arrived else "approved")
