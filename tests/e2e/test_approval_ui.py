"""The approval UI in Chromium against a real API, UI and SMTP server (issue #14).

One stack per module: the tests run in file order, each on jobs of its own (the first on the four demo
matches). Screenshots go to tmp/artefacts/.
"""

from __future__ import annotations

import io
import json
import stat
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from docx import Document
from playwright.sync_api import Page, expect

from tests.e2e.ui_stack import Stack, email_posting, make_stack, shot

pytestmark = [pytest.mark.browser, pytest.mark.slow]
T = 60_000  # ms: a 2-core machine running the pipeline and Chromium at once


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    s = make_stack(tmp_path_factory.mktemp("ui"))
    yield s
    s.stop()


@pytest.fixture
def page(stack: Stack, browser) -> Iterator[Page]:  # type: ignore[no-untyped-def]
    p = browser.new_page(viewport={"width": 1400, "height": 1000})
    p.goto(stack.ui)
    expect(p.locator("#status-banner")).to_contain_text("Approval mode", timeout=T)
    yield p
    p.close()


def tab(page: Page, name: str) -> None:
    page.get_by_role("tab", name=name, exact=True).click()


VIEWS = {"review-pick": "#approval-view", "jobs-pick": "#job-view"}


def open_in(page: Page, list_id: str, text: str) -> None:
    """Click the job in a list, then wait until it is the open job (as a person waits to see it)."""
    page.locator(f"#{list_id} label").filter(has_text=text).first.click()
    if list_id in VIEWS:
        expect(page.locator(f"{VIEWS[list_id]} h2")).to_contain_text(text, timeout=T)


def tick(page: Page, text: str) -> None:
    page.locator("#bulk-ticks label").filter(has_text=text).first.click()


def choose(page: Page, elem_id: str, option: str, shows: str | None = None, hides: str | None = None) -> None:
    """Pick a dropdown option; for the jobs filter, wait until the list shows `shows` and not `hides`."""
    page.locator(f"#{elem_id} input").click()
    page.get_by_role("option", name=option, exact=True).click()
    if shows:
        expect(page.locator("#jobs-pick")).to_contain_text(shows, timeout=T)
    if hides:
        expect(page.locator("#jobs-pick")).not_to_contain_text(hides, timeout=T)


def add_and_wait(stack: Stack, company: str, ref: str, *statuses: str) -> str:
    job_id = stack.add_email_job(company, ref)
    stack.wait_status(job_id, *(statuses or ("awaiting_approval",)))
    return job_id


def test_approving_the_demo_matches_takes_one_click_each_after_reviewing_it(stack: Stack, page: Page, browser) -> None:  # type: ignore[no-untyped-def]
    waiting = stack.get("/api/jobs", status="awaiting_approval")["items"]
    assert len(waiting) == 4
    clicks = 0
    view = page.locator("#approval-view")
    expect(view).to_contain_text("Match:", timeout=T)
    shot(page, "approve-1400")
    small = browser.new_page(viewport={"width": 390, "height": 844})
    small.goto(stack.ui)
    expect(small.locator("#approval-view")).to_contain_text("Match:", timeout=T)
    shot(small, "approve-390")
    small.close()
    for _ in range(4):
        # Reviewed on screen: the match, the tailored letter and CV beside the originals, the posting.
        expect(view).to_contain_text("Match:", timeout=T)
        expect(view.locator(".js-new").first).to_contain_text("Alex", timeout=T)
        expect(view.locator(".js-old").first).to_contain_text("Alex")
        title = view.locator("h2").inner_text()
        button = page.locator("#approval-approve")
        if "Derwent" in title:  # the one email job: the button names the address, the email is shown
            expect(button).to_have_text("Approve & send to careers@derwentwater.example")
            expect(view.locator(".js-to")).to_have_text("careers@derwentwater.example")
            expect(view.locator(".js-email")).to_contain_text("Alex_Morgan_CV.docx")
            shot(page, "approve-email-1400")
        button.click()
        clicks += 1
        said = (
            "sent to careers@derwentwater.example" if "Derwent" in title else "approved. Apply on the employer's site"
        )
        expect(page.locator("#approval-result")).to_contain_text(f"{title}: {said}", timeout=T)
        expect(view).not_to_contain_text(title, timeout=T)
    counts = stack.get("/api/stats")["by_status"]
    assert counts.get("approved") == 3 and counts.get("sent") == 1, counts
    assert stack.sent_to() == ["careers@derwentwater.example"]
    assert clicks / 4 <= 2, f"{clicks} clicks for 4 jobs"
    print(f"clicks to approve the 4 demo matches after reviewing each: {clicks} ({clicks / 4:.1f} per job)")


def test_bulk_approve_acts_only_on_ticked_jobs_and_asks_first(stack: Stack, page: Page) -> None:
    ids = {c: add_and_wait(stack, c, f"BK-{i}") for i, c in enumerate(["Alpha Ports", "Bravo Rail", "Charlie Air"])}
    page.reload()
    ticks = page.locator("#bulk-ticks")
    expect(ticks).to_contain_text("Charlie Air", timeout=T)
    tick(page, "Alpha Ports")
    tick(page, "Bravo Rail")
    page.locator("#bulk-approve").click()
    summary = page.locator("#bulk-summary")
    expect(summary).to_contain_text("2 jobs: 2 emailed now to careers@alpha.example, careers@bravo.example", timeout=T)
    assert all(stack.status(j) == "awaiting_approval" for j in ids.values())  # asked first: nothing yet
    assert not any(a in stack.sent_to() for a in ("careers@alpha.example", "careers@bravo.example"))
    page.locator("#bulk-yes").click()
    result = page.locator("#bulk-result")
    expect(result).to_contain_text("sent to careers@alpha.example", timeout=T)
    expect(result).to_contain_text("sent to careers@bravo.example")
    assert stack.status(ids["Alpha Ports"]) == "sent" and stack.status(ids["Bravo Rail"]) == "sent"
    assert stack.status(ids["Charlie Air"]) == "awaiting_approval"
    assert "careers@charlie.example" not in stack.sent_to()


def test_a_stale_page_cannot_approve_a_job_it_does_not_show(stack: Stack, page: Page) -> None:
    delta = add_and_wait(stack, "Delta Mining", "ST-1")
    echo = add_and_wait(stack, "Echo Foods", "ST-2")
    page.reload()
    expect(page.locator("#review-pick")).to_contain_text("Echo Foods", timeout=T)
    open_in(page, "review-pick", "Delta Mining")
    expect(page.locator("#approval-view h2")).to_contain_text("Delta Mining", timeout=T)
    # Elsewhere (another tab, the CLI) the job changes after this page showed it.
    stack.post(f"/api/jobs/{delta}/reject", {"reason": "changed elsewhere"})
    stack.post(f"/api/jobs/{delta}/retry")
    stack.wait_status(delta, "awaiting_approval")
    page.locator("#approval-approve").click()
    expect(page.locator("#approval-result")).to_contain_text("changed since your page showed it", timeout=T)
    assert stack.status(delta) == "awaiting_approval"
    # Bulk: a ticked job that changed since the list was shown stops the whole approval.
    tick(page, "Echo Foods")
    stack.post(f"/api/jobs/{echo}/reject", {"reason": "changed elsewhere"})
    page.locator("#bulk-approve").click()
    expect(page.locator("#bulk-result")).to_contain_text("nothing was approved", timeout=T)
    assert stack.status(echo) == "skipped"
    assert not {"careers@delta.example", "careers@echo.example"} & set(stack.sent_to())


def test_review_shows_the_documents_the_email_and_what_tailoring_changed(stack: Stack, page: Page) -> None:
    hostile = "Zulu ![x](http://127.0.0.1:9/p.png) Co"
    bait = (
        "<img src='http://127.0.0.1:9/q.png'><a href='http://10.1.2.3/verify'>verify your account</a>"
        "<a href='https://zulu.example/about'>about us</a>"
    )
    payload = email_posting(hostile, "HX-1").replace("quoting HX-1.</p>", "quoting HX-1.</p>" + bait)
    job = stack.post("/api/jobs", {"payload": payload, "filename": "page.html"})[0]["job_id"]
    stack.wait_status(job, "awaiting_approval")
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.reload()
    open_in(page, "review-pick", "Zulu")
    view = page.locator("#approval-view")
    expect(view.locator("h2")).to_contain_text(hostile, timeout=T)  # shown as text, not as an image
    expect(view.locator(".js-to")).to_have_text("careers@zulu.example")
    expect(view.locator(".js-subject")).to_contain_text("Lead Data Engineer")
    expect(view.locator(".js-email")).to_contain_text("Alex_Morgan_CL.docx")
    expect(view.locator(".js-missing")).to_contain_text("Missing skills")
    expect(view.locator(".js-changes")).to_contain_text("reordered")
    expect(view.locator(".js-changes ins").first).to_be_visible()
    expect(view.locator(".js-new").first).to_contain_text("Dear")
    view.locator(".js-posting summary").click()
    expect(view.locator(".js-posting")).to_contain_text("verify your account")
    assert view.locator("img").count() == 0
    assert view.locator("a[href*='10.1.2.3']").count() == 0
    assert view.locator("a[href='https://zulu.example/about']").count() == 1
    assert not [u for u in requests if "127.0.0.1:9/" in u or "10.1.2.3" in u]


def test_letter_edit_keeps_the_name_block_and_makes_the_pdf_again(stack: Stack, page: Page) -> None:
    httpx.put(f"{stack.api}/api/settings/agents.yaml", json={"export_pdf": True}, timeout=30).raise_for_status()
    job = add_and_wait(stack, "Kilo Health", "LE-1")
    before = stack.get(f"/api/review/{job}")["letter_body"]
    page.reload()
    open_in(page, "review-pick", "Kilo Health")
    expect(page.locator("#approval-view h2")).to_contain_text("Kilo Health", timeout=T)
    page.get_by_text("Edit the cover letter").click()
    box = page.locator("#approval-letter textarea")
    expect(box).to_have_value(before, timeout=T)  # prefilled with the letter's current body
    new = "I would like to bring my pipeline work to Kilo Health: PhraseEditedByHand.\n\nSecond paragraph here."
    box.fill(new)
    expect(box).to_have_value(new)  # what the seeker sees before saving
    page.locator("#approval-save-letter").click()
    expect(page.locator("#approval-result")).to_contain_text("PDF was made again", timeout=120_000)
    docs = {d["kind"]: d for d in stack.get(f"/api/jobs/{job}")["documents"]}
    assert "cover_letter_pdf" in docs
    docx = httpx.get(f"{stack.api}/api/jobs/{job}/documents/{docs['cover_letter']['name']}", timeout=30).content
    paras = [p.text for p in Document(io.BytesIO(docx)).paragraphs if p.text.strip()]
    assert paras[0] == "Alex Morgan"  # the name block is kept
    assert any(p.startswith("Dear") for p in paras) and any(p.startswith("Kind regards") for p in paras)
    assert "PhraseEditedByHand" in "\n".join(paras) and before.split("\n")[0] not in paras
    pdf = httpx.get(f"{stack.api}/api/jobs/{job}/documents/{docs['cover_letter_pdf']['name']}", timeout=30).content
    text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    assert "PhraseEditedByHand" in text and "Alex Morgan" in text
    # A retry writes a new letter; the edit is kept and offered back until discarded.
    stack.post(f"/api/jobs/{job}/retry")
    stack.wait_status(job, "awaiting_approval")
    page.reload()
    open_in(page, "review-pick", "Kilo Health")
    page.locator("#approval-restore-edit").click()
    expect(page.locator("#approval-result")).to_contain_text("Letter saved", timeout=120_000)
    assert "PhraseEditedByHand" in stack.get(f"/api/review/{job}")["letter_body"]
    httpx.put(f"{stack.api}/api/settings/agents.yaml", json={"export_pdf": False}, timeout=30).raise_for_status()


def test_a_failed_send_says_so_and_can_be_sent_again(stack: Stack, page: Page) -> None:
    job = add_and_wait(stack, "Foxtrot Labs", "FS-1")
    page.reload()
    open_in(page, "review-pick", "Foxtrot Labs")
    button = page.locator("#approval-approve")
    expect(button).to_have_text("Approve & send to careers@foxtrot.example", timeout=T)
    stack.smtp.handler.fault = "550"
    try:
        button.click()
        expect(page.locator("#approval-result")).to_contain_text("NOT sent to careers@foxtrot.example", timeout=T)
    finally:
        stack.smtp.handler.fault = None
    assert stack.status(job) == "pending"
    tab(page, "Jobs")
    choose(page, "jobs-filter", "Needs you", shows="Foxtrot Labs", hides="KoalaWorks")
    open_in(page, "jobs-pick", "Foxtrot Labs")
    again = page.locator("#job-send-again")
    expect(again).to_have_text("Send again to careers@foxtrot.example", timeout=T)
    again.click()
    expect(page.locator("#job-result")).to_contain_text("sent to careers@foxtrot.example", timeout=T)
    assert stack.status(job) == "sent"


def _pending(stack: Stack, company: str, ref: str) -> str:
    job = add_and_wait(stack, company, ref)
    stack.smtp.handler.fault = "550"
    try:
        stack.post("/api/applications/approve", {"job_ids": [job]})
    finally:
        stack.smtp.handler.fault = None
    stack.wait_status(job, "pending")
    return job


def test_a_pending_job_is_skipped_or_retried_with_a_button(stack: Stack, page: Page) -> None:
    golf, hotel = _pending(stack, "Golf Games", "PS-1"), _pending(stack, "Hotel Group", "PS-2")
    tab(page, "Jobs")
    choose(page, "jobs-filter", "Needs you", shows="Hotel Group", hides="KoalaWorks")
    open_in(page, "jobs-pick", "Golf Games")
    page.locator("#job-skip").click()
    expect(page.locator("#job-result")).to_contain_text("now skipped", timeout=T)
    assert stack.status(golf) == "skipped"
    # the list refreshes after the skip, as a person sees: the skipped job leaves "Needs you" before the next click
    expect(page.locator("#jobs-pick")).not_to_contain_text("Golf Games", timeout=T)
    open_in(page, "jobs-pick", "Hotel Group")
    page.locator("#job-retry").click()
    expect(page.locator("#job-result")).to_contain_text("now queued", timeout=T)
    stack.wait_status(hotel, "awaiting_approval")


def test_a_dry_run_job_is_approved_and_sent_once_dry_run_is_off(stack: Stack, page: Page) -> None:
    httpx.put(f"{stack.api}/api/modes", json={"dry_run": True}, timeout=30).raise_for_status()
    try:
        job = add_and_wait(stack, "India Shipping", "DR-1", "dry_run_complete")
    finally:
        httpx.put(f"{stack.api}/api/modes", json={"dry_run": False}, timeout=30).raise_for_status()
    page.reload()
    open_in(page, "review-pick", "India Shipping")
    button = page.locator("#approval-approve")
    expect(button).to_have_text("Approve & send to careers@india.example", timeout=T)
    button.click()
    expect(page.locator("#approval-result")).to_contain_text("sent to careers@india.example", timeout=T)
    assert stack.status(job) == "sent"


def test_applied_and_an_outcome_with_notes_are_recorded_from_the_job(stack: Stack, page: Page) -> None:
    koala = next(j for j in stack.get("/api/jobs", status="approved")["items"] if j["company"] == "KoalaWorks")
    tab(page, "Jobs")
    choose(page, "jobs-filter", "Approved", shows="KoalaWorks", hides="Alpha Ports")
    open_in(page, "jobs-pick", "KoalaWorks")
    page.locator("#job-applied").click()
    expect(page.locator("#job-result")).to_contain_text("now applied by link", timeout=T)
    expect(page.locator("#job-view .js-meta")).to_contain_text("Applied by link", timeout=T)
    expect(page.locator("#job-record")).to_be_visible(timeout=T)
    page.locator("#job-outcome label").filter(has_text="Interview").click()
    page.locator("#job-notes textarea").fill("Call on Tuesday with the platform lead")
    page.locator("#job-record").click()
    expect(page.locator("#job-result")).to_contain_text("now interview", timeout=T)
    assert stack.status(koala["id"]) == "interview"


def test_an_unknown_send_is_confirmed_from_the_job(stack: Stack, page: Page) -> None:
    job = add_and_wait(stack, "Juliet Media", "UK-1")
    stack.procs["api"].stop()
    # the app dies between claiming and sending (the outbox's injected checkpoint kills it there)
    stack.start_api("tests.e2e.app_killed_mid_send:app", KILL_AT="after_claim")
    with pytest.raises(httpx.HTTPError):
        httpx.post(f"{stack.api}/api/applications/approve", json={"job_ids": [job]}, timeout=30)
    stack.procs["api"].p.wait(30)
    stack.start_api()
    assert stack.status(job) == "unknown"
    tab(page, "Jobs")
    choose(page, "jobs-filter", "Send unclear: please confirm", shows="Juliet Media", hides="KoalaWorks")
    open_in(page, "jobs-pick", "Juliet Media")
    page.locator("#job-confirm-sent").click()
    expect(page.locator("#job-result")).to_contain_text("now sent", timeout=T)
    assert stack.status(job) == "sent"


def test_settings_refuse_a_bad_value_at_its_field_and_apply_a_good_one(stack: Stack, page: Page) -> None:
    tab(page, "Settings")
    score = page.locator("#min-score input")
    expect(score).to_have_value("45", timeout=T)
    score.fill("150")
    page.locator("#save-search").click()
    expect(page.locator("#err-min_score")).to_contain_text("less than or equal to 1", timeout=T)
    expect(page.locator("#search-result")).to_contain_text("Not saved")
    assert stack.get("/api/settings")["files"]["search.yaml"]["min_score"] == 0.45
    score.fill("50")
    page.locator("#save-search").click()
    expect(page.locator("#search-result")).to_contain_text("Saved search.yaml", timeout=T)
    expect(page.locator("#err-min_score")).to_have_text("")
    assert stack.get("/api/settings")["files"]["search.yaml"]["min_score"] == 0.5
    budget = page.get_by_label("Most LLM spending per day (USD)")
    budget.fill("7.5")
    page.locator("#save-agents").click()
    expect(page.locator("#agents-result")).to_contain_text("Saved agents.yaml", timeout=T)
    assert stack.get("/api/overview")["banner"]["budget_per_day"] == 7.5  # applied without a restart
    assert "min_score: 0.5" in (stack.root / "config" / "search.yaml").read_text()


def test_board_and_charts_render_with_data(stack: Stack, page: Page, browser) -> None:  # type: ignore[no-untyped-def]
    tab(page, "Board")
    board = page.locator("#board")
    expect(board).to_contain_text("Interview (1)", timeout=T)
    expect(board).to_contain_text("Call on Tuesday with the platform lead")
    expect(board).to_contain_text("Sent (")
    expect(page.locator("#pipeline")).to_contain_text("Filtered out")
    expect(page.locator("#totals")).to_contain_text("LLM cost today")
    for chart in ("#chart-source", "#chart-week", "#chart-cost"):
        expect(page.locator(f"{chart} canvas, {chart} svg").first).to_be_visible(timeout=T)
    shot(page, "board-1400")
    small = browser.new_page(viewport={"width": 390, "height": 844})
    small.goto(stack.ui)
    small.get_by_role("tab", name="Board", exact=True).click()
    expect(small.locator("#board")).to_contain_text("Interview (1)", timeout=T)
    shot(small, "board-390")
    small.close()


def test_the_ui_offers_no_api_sends_security_headers_and_keeps_files_private(stack: Stack) -> None:
    resp = httpx.get(stack.ui, timeout=30)
    assert resp.headers["x-frame-options"] == "DENY"
    assert "img-src 'self'" in resp.headers["content-security-policy"]
    info = httpx.get(f"{stack.ui}/gradio_api/info", timeout=30).json()
    assert not info.get("named_endpoints") and not info.get("unnamed_endpoints"), json.dumps(info)[:500]
    tmp = stack.root / "data" / "gradio-tmp"
    assert tmp.is_dir() and stat.S_IMODE(tmp.stat().st_mode) == 0o700


def test_the_lists_refresh_by_themselves(stack: Stack, browser) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import free_port

    add_and_wait(stack, "Oscar Freight", "OF-1")  # its own job on the list first: the test runs alone too
    live_ui = stack.start_ui("ui-live", free_port(), JOBSMITH_UI_REFRESH_SECONDS="1")
    p = browser.new_page()
    p.goto(live_ui)
    expect(p.locator("#review-pick")).to_contain_text("Oscar Freight", timeout=T)
    add_and_wait(stack, "Lima Water", "LV-1")  # waiting for approval now: the open page must show it
    expect(p.locator("#review-pick")).to_contain_text("Lima Water", timeout=60_000)  # no reload, no click
    p.close()


def test_the_ui_off_loopback_needs_the_token(stack: Stack, tmp_path: Path) -> None:
    from tests.conftest import free_port
    from tests.e2e.conftest import Proc

    port = free_port()
    env = {**stack.env, "API_HOST": "0.0.0.0", "UI_PORT": str(port)}
    refused = Proc([*stack.procs["ui"].p.args], env, stack.root, tmp_path / "no-token.log")
    assert refused.p.wait(120) != 0
    refused.stop()
    assert "set API_TOKEN" in refused.output()
    guarded = Proc(
        [*stack.procs["ui"].p.args], {**env, "API_TOKEN": "t0ken-for-the-test"}, stack.root, tmp_path / "token.log"
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                resp = httpx.get(f"http://127.0.0.1:{port}/gradio_api/info", timeout=5)
                break
            except httpx.HTTPError:
                time.sleep(0.5)
        assert resp.status_code == 401
        login = httpx.post(
            f"http://127.0.0.1:{port}/login", data={"username": "me", "password": "t0ken-for-the-test"}, timeout=10
        )
        assert login.status_code == 200, login.text
        wrong = httpx.post(f"http://127.0.0.1:{port}/login", data={"username": "me", "password": "guess"}, timeout=10)
        assert wrong.status_code == 400
    finally:
        guarded.stop()
