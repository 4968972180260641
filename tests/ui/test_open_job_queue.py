"""The events that write an open job's panel run one at a time (app/ui/job_panel.py ONE_AT_A_TIME).

A panel's job id lives in server-side state. A page refresh that ran beside the opening of another job read the job
open before it and wrote that job back over the new one, so a letter saved next went to the job the seeker had left
(seen in the browser test of the letter edit, under load). Serialised, whichever of the two runs last reads the job
the other left open.
"""

from __future__ import annotations

from app.ui.gradio_app import build_ui


def test_every_event_that_writes_an_open_job_runs_in_the_one_panel_queue() -> None:
    ui = build_ui("http://127.0.0.1:9")
    views = {"approval-view", "job-view"}  # the two job panels (Approve tab, Jobs tab)
    writers = [fn for fn in ui.fns.values() if views & {getattr(o, "elem_id", None) for o in fn.outputs}]
    # each pick list, the reload after each action of each panel, the refresh, the first look
    assert len(writers) >= 2 * 8 + 2
    loose = [fn.name for fn in writers if (fn.concurrency_id, fn.concurrency_limit) != ("open-job-panel", 1)]
    assert loose == []


def test_every_event_that_reloads_the_approval_list_lets_the_browser_choose_the_open_job_after_it() -> None:
    """The open job is chosen in the browser from the list as it landed (approve_tab._OPEN_FIRST): a refresh that
    chose on the server undid a click the seeker made while it ran, and swapped the letter being typed."""
    from app.ui.approve_tab import _OPEN_FIRST

    ui = build_ui("http://127.0.0.1:9")
    fns = list(ui.fns.values())
    reloads = [fn._id for fn in fns if "review-listed" in {getattr(o, "elem_id", None) for o in fn.outputs}]
    chosen_after = {fn.trigger_after for fn in fns if fn.js == _OPEN_FIRST and fn.fn is None}
    # the timer, the first look, the bulk approval, and the reload after each of the Approve panel's actions
    assert len(reloads) >= 3 + 8
    assert [i for i in reloads if i not in chosen_after] == []
