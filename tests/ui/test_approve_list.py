"""The approval list's refresh (app/ui/approve_tab.py), over the real API in process."""

from __future__ import annotations

from typing import Any

import gradio as gr
from fastapi.testclient import TestClient

from app.ui.approve_tab import _ApproveHandlers
from app.ui.client import ApiClient


def test_a_ticked_job_that_left_the_list_stays_ticked_and_says_it_changed(client: TestClient) -> None:
    handlers = _ApproveHandlers(ApiClient("http://testserver", http=client))
    versions, _pick, ticks, _listed = handlers.refresh(None, ["0123456789abcdef"])
    update: dict[str, Any] = ticks
    assert "0123456789abcdef" not in versions  # unknown version: approving it is refused as out of date
    assert update["value"] == ["0123456789abcdef"]  # still ticked, so a click already sent stays valid
    labels = {value: label for label, value in update["choices"]}
    assert labels["0123456789abcdef"] == "Job 01234567 · changed: no longer waiting for your approval"


POSTING = """Senior Payroll Officer
Company: Wattlebrook Health
Location: Hobart TAS 7000
We need a payroll officer to run fortnightly pay for 900 staff. Full time, permanent.
"""


def test_a_refresh_sends_no_value_for_a_list_whose_open_job_is_still_on_it(client: TestClient) -> None:
    """A value sent back as read when the refresh began would undo a click made while it ran."""
    from app.ui.jobs_tab import build_jobs_tab

    [job] = client.post("/api/jobs", json={"text": POSTING}).json()
    with gr.Blocks():
        tab = build_jobs_tab(ApiClient("http://testserver", http=client))
    kept, _ = tab.refresh("all", "", job["job_id"], [])
    assert [v for _label, v in kept["choices"]] == [job["job_id"]]
    assert "value" not in kept
    gone, _ = tab.refresh("all", "", "0123456789abcdef", [])  # the open job left the list: the value is cleared
    assert gone["value"] is None


def test_the_approval_list_refresh_never_picks_the_open_job_and_hands_the_browser_the_list(client: TestClient) -> None:
    """The open job is chosen in the browser once the list has landed (`_OPEN_FIRST`): a value chosen here, from the
    list's value read when the refresh began, would swap a job the seeker opened while it ran."""
    import json

    handlers = _ApproveHandlers(ApiClient("http://testserver", http=client))
    [first] = client.post("/api/jobs", json={"text": POSTING}).json()
    for open_id in (None, "0123456789abcdef", first["job_id"]):  # nothing open, a job that left, the job itself
        _versions, pick, _ticks, listed = handlers.refresh(open_id, [])
        assert "value" not in pick
        assert json.loads(listed) == [v for _label, v in pick["choices"]]


def test_a_refresh_that_reloads_the_open_job_leaves_an_unsaved_letter_edit_alone(client: TestClient) -> None:
    from app.ui.job_panel import build_job_panel

    api = ApiClient("http://testserver", http=client)
    [job] = client.post("/api/jobs", json={"text": POSTING}).json()
    with gr.Blocks():
        panel = build_job_panel(api, "t")
    at_letter, at_shown = panel.outputs.index(panel.letter), panel.outputs.index(panel.letter_shown)
    review = {**api.review(job["job_id"]), "letter_body": "The letter as the job holds it now."}
    editing = panel.reloaded(job["job_id"], review, "My own words, not saved yet.", "An older letter.")
    assert editing[at_letter] == gr.skip() and editing[at_shown] == gr.skip()
    same = panel.reloaded(job["job_id"], review, review["letter_body"], review["letter_body"])
    assert same[at_letter] == gr.skip()  # the letter did not change: a word typed meanwhile is not undone
    older = panel.reloaded(job["job_id"], review, "An older letter.", "An older letter.")
    assert older[at_shown] == review["letter_body"]  # nothing typed: the box shows the letter the job holds now
    assert older[at_letter] == gr.update(value=review["letter_body"])
    assert older[0] == job["job_id"] and len(older) == len(panel.outputs)


def test_opening_the_job_already_open_keeps_an_unsaved_letter_edit(client: TestClient) -> None:
    """The list set to the open job again (the page's first refresh landing after the seeker's click) must not put
    the old letter back into the box: the next save would send the old letter and drop the edit."""
    from app.ui.job_panel import build_job_panel

    api = ApiClient("http://testserver", http=client)
    [job] = client.post("/api/jobs", json={"text": POSTING}).json()
    jid = job["job_id"]
    with gr.Blocks():
        panel = build_job_panel(api, "t")
    at_job, at_letter = panel.outputs.index(panel.job_id), panel.outputs.index(panel.letter)
    shown = api.review(jid).get("letter_body") or ""
    again = panel.open(jid, jid, "My own words, not saved yet.", shown)
    assert again[at_job] == jid and again[at_letter] == gr.skip()  # the edit stays in the box
    fresh = panel.open(jid, "", "", "")  # opened from another job (or none): the job's letter is shown
    assert fresh[at_job] == jid and fresh[at_letter] == gr.update(value=shown)
    # Nothing typed when the event fired: the box is still left alone, since the seeker may type while the event
    # waits in the queue (the browser test saw the letter put back over a fill made in that moment).
    unedited = panel.open(jid, jid, shown, shown)
    assert unedited[at_job] == jid and unedited[at_letter] == gr.skip()
    # The job's letter changed since it was shown (a retry wrote it again) and nothing was typed: the new one shows.
    rewritten = panel.open(jid, jid, "An older letter.", "An older letter.")
    assert rewritten[at_letter] == gr.update(value=shown)
