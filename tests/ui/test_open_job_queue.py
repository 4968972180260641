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
