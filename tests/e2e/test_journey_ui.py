"""The "After applying" tab in headless Chromium, against the API and UI as separate processes.

The store is seeded before the app starts (the app is then the only process with the database open):
two applications really sent to a loopback SMTP server, a reply reading for one of them, follow-up
drafts for both, and a posting to draft form answers for."""

from __future__ import annotations

import re
import sys
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest

from app.applications.followups import draft_due
from app.applications.outbox import Outbox
from app.config.mail import LimitsConfig, MailConfig
from app.domain.status import Status
from app.sources.discover import parse_any
from app.store import Store
from app.store.jobs import insert_job
from app.store.replies import insert_reading
from app.testing.smtp_server import SmtpTestServer
from tests.e2e.conftest import ARTIFACTS, ROOT, wait_http
from tests.mail.helpers import add_job, mail_settings

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _seed(workdir: Path) -> dict[str, str]:
    db = workdir / "data" / "j.duckdb"
    config = MailConfig(limits=LimitsConfig(min_spacing_seconds=0, per_hour=100, per_day=1000))
    store = Store(db).open()
    try:
        with SmtpTestServer() as smtp:
            outbox = Outbox(store, mail_settings(db, smtp.port), config, seeker_name="Alex Morgan")
            invited = add_job(store, workdir, n=1)
            silent = add_job(
                store, workdir, n=2, title="Analytics Engineer", company="Fjord Co", apply_email="jobs@fjord.example"
            )
            outbox.send(invited)
            outbox.send(silent)
        store.write(
            lambda cur: insert_reading(
                cur,
                job_id=invited,
                message_id="<reply-1@derwentwater.example>",
                matched_by="thread",
                sender="hr@derwentwater.example",
                subject="Re: Lead Data Engineer",
                excerpt="Thank you for applying. We would like to invite you to an interview next week.",
                kind="interview",
                evidence="We would like to invite you to an interview",
                proposed_outcome="interview",
                received_on=date.today(),
            )
        )
        drafts = draft_due(store, MailConfig(follow_up_days=7), "Alex Morgan", today=date.today() + timedelta(days=30))
        assert drafts  # the silent application (the answered one has a reply waiting)
        data = (ROOT / "app" / "demo" / "postings" / "greenhouse_tasmanwave_jobs.json").read_bytes()
        posting = next(
            j for j in parse_any(data, "greenhouse_tasmanwave_jobs.json") if j.title == "Senior Data Engineer"
        )
        gated = next(
            j for j in parse_any(data, "greenhouse_tasmanwave_jobs.json") if j.title == "Graduate Data Engineer"
        )
        store.write(lambda cur: insert_job(cur, posting, Status.DISCOVERED))
        store.write(lambda cur: insert_job(cur, gated, Status.FILTERED))
    finally:
        store.close()
    return {"invited": invited, "silent": silent, "posting": posting.id, "gated": gated.id}


def _pick(page, elem_id: str, pattern: str) -> None:  # type: ignore[no-untyped-def]
    page.locator(f"#{elem_id} input").click()
    page.get_by_role("option", name=re.compile(pattern)).first.click()


def test_after_applying_tab_settles_replies_follow_ups_answers_briefs_and_outside_applications(  # type: ignore[no-untyped-def]
    spawn, ports, browser, workdir
) -> None:
    ids = _seed(workdir)
    env = {
        "API_PORT": str(ports["api"]),
        "UI_PORT": str(ports["ui"]),
        "REDIS_URL": "",
        "DUCKDB_PATH": str(workdir / "data" / "j.duckdb"),
        "CONFIG_DIR": str(workdir / "config"),
        "TEMPLATES_DIR": str(workdir / "current_cv_coverletter"),
        "EXPORT_DIR": str(workdir / "export"),
        "API_URL": f"http://127.0.0.1:{ports['api']}",
    }
    api_proc = spawn([sys.executable, "-m", "uvicorn", "app.main:app", "--port", str(ports["api"])], env, "api")
    ui_proc = spawn([sys.executable, str(ROOT / "app" / "ui" / "gradio_app.py")], env, "ui")
    api, ui = f"http://127.0.0.1:{ports['api']}", f"http://127.0.0.1:{ports['ui']}"
    wait_http(f"{api}/health", api_proc)
    wait_http(ui, ui_proc)

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(ui)
    page.get_by_role("tab", name="After applying").click()

    # 1. The proposed reply, shown with its deciding phrase, confirmed: the job's outcome changes.
    detail = page.locator("#reply-detail")
    detail.get_by_text("We would like to invite you to an interview").first.wait_for(timeout=30000)
    assert "hr@derwentwater.example" in detail.inner_text() and "Interview invitation" in detail.inner_text()
    page.locator("#reply-confirm").click()
    page.locator("#reply-result").get_by_text("now interview").wait_for(timeout=30000)
    assert httpx.get(f"{api}/api/jobs/{ids['invited']}").json()["status"] == "interview"
    page.locator("#replies-summary").get_by_text("No replies waiting").wait_for(timeout=30000)

    # 2. A follow-up draft edited and approved: the button names the recipient.
    _pick(page, "followup-pick", "Analytics Engineer")
    page.locator("#followup-detail").get_by_text("jobs@fjord.example").first.wait_for(timeout=30000)
    body = "Dear Hiring Team,\n\nIs there any news on my application?\n\nKind regards,\nAlex Morgan"
    page.locator("#followup-body textarea").fill(body)
    page.get_by_role("button", name="Approve & send to jobs@fjord.example").click()
    page.locator("#followup-result").get_by_text("next mail tick").wait_for(timeout=30000)
    [approved] = httpx.get(f"{api}/api/followups", params={"state": "approved"}).json()["items"]
    assert (approved["job_id"], approved["body"]) == (ids["silent"], body)

    # 3. A saved personal answer, then form answers: one drafted from the CV, one from the profile, one
    #    personal question left for the seeker (then written and saved).
    page.get_by_text("Your saved personal answers").first.click()
    _pick(page, "profile-topic", "notice_period")
    page.locator("#profile-answer textarea").fill("Four weeks.")
    page.get_by_role("button", name="Save personal answer").click()
    page.locator("#profile-result").get_by_text("Saved your answer about notice period").wait_for(timeout=30000)
    page.locator("#profile-answers").get_by_text("Four weeks").wait_for(timeout=30000)
    assert httpx.get(f"{api}/api/profile/answers").json()["answers"] == {"notice_period": "Four weeks."}
    _pick(page, "answers-job", "Senior Data Engineer")
    page.locator("#answers-questions textarea").fill(
        "Describe the data pipelines you have built. | 300\n"
        "What is your notice period?\nWhat are your salary expectations?"
    )
    page.locator("#answers-draft").click()
    page.locator("#answers-result").get_by_text("1 left for you").wait_for(timeout=60000)
    assert "drafted from your CV" in page.locator("#answer-head-0").inner_text()
    assert "from your profile" in page.locator("#answer-head-1").inner_text()
    assert page.locator("#answer-text-1 textarea").input_value() == "Four weeks."
    assert "left for you: a personal question" in page.locator("#answer-head-2").inner_text()
    assert "pipelines" in page.locator("#answer-text-0 textarea").input_value()
    page.locator("#answer-text-2 textarea").fill("Within the advertised range.")
    page.get_by_role("button", name="Save answer 3").click()
    page.locator("#answers-result").get_by_text("Saved answer 3").wait_for(timeout=30000)
    saved = httpx.get(f"{api}/api/jobs/{ids['posting']}/answers").json()["items"][2]
    assert (saved["state"], saved["answer"]) == ("edited", "Within the advertised range.")

    # 4. The interview brief: the job now in interview is listed first once the lists are refreshed.
    page.get_by_role("button", name="Refresh job lists").click()
    page.locator("#brief-job input").click()
    first = page.get_by_role("option").first
    first.wait_for(timeout=30000)
    assert "Lead Data Engineer" in first.inner_text() and "interview" in first.inner_text()
    first.click()
    page.locator("#brief-show").click()
    page.locator("#brief").get_by_text("Interview brief: Lead Data Engineer").wait_for(timeout=60000)
    assert "Questions to ask them" in page.locator("#brief").inner_text()
    page.locator("#brief-file").get_by_text("interview_brief").first.wait_for(timeout=30000)

    # 5. An application made elsewhere, recorded and tracked as applied.
    page.locator("#outside-title textarea, #outside-title input").first.fill("Platform Engineer")
    page.locator("#outside-company textarea, #outside-company input").first.fill("Kestrel Labs")
    page.get_by_label("How (LinkedIn Easy Apply, a recruiter...)").fill("a recruiter")
    page.locator("#outside-record").click()
    page.locator("#outside-result").get_by_text("tracked as applied").wait_for(timeout=30000)
    applied = httpx.get(f"{api}/api/jobs", params={"status": "applied"}).json()["items"]
    assert [(j["title"], j["company"]) for j in applied] == [("Platform Engineer", "Kestrel Labs")]

    # ... and a job the gate filtered out, tailored anyway with a reason.
    _pick(page, "gated-job", "Graduate Data Engineer")
    page.get_by_label("Why apply anyway").fill("I know the team lead")
    page.get_by_role("button", name="Apply anyway", exact=True).click()
    page.locator("#apply-anyway-result").get_by_text("queued for tailoring").wait_for(timeout=30000)
    assert httpx.get(f"{api}/api/jobs/{ids['gated']}").json()["status"] != "filtered"

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "after-applying.png"
    page.screenshot(path=str(shot), full_page=True)
    print(f"screenshot: {shot}")
    assert shot.stat().st_size > 10_000
    assert api_proc.p.poll() is None and ui_proc.p.poll() is None
