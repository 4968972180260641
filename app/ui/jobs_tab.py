"""The Jobs tab: every job as a card (usable at 390 px), filters in plain words, the open job with its
actions, and bulk retry or skip of the jobs that need the seeker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gradio as gr

from app.domain.status import ALL_STATUSES
from app.errors import ApiError
from app.ui.client import ApiClient
from app.ui.job_panel import ONE_AT_A_TIME, JobPanel, bad, build_job_panel, friendly, ok, pick_update
from app.ui.labels import status_label
from app.ui.render import choice_label, e

FILTERS = [("All jobs", "all")] + [(status_label(s), s) for s in ALL_STATUSES]


@dataclass
class JobsTab:
    refresh: Any
    inputs: list[Any]
    outputs: list[Any]
    panel: JobPanel


def build_jobs_tab(api: ApiClient) -> JobsTab:
    with gr.Tab("Jobs", id="jobs"):
        with gr.Row():
            status = gr.Dropdown(FILTERS, value="all", label="Show", elem_id="jobs-filter")
            query = gr.Textbox(label="Search title, company, location", elem_id="jobs-search")
        with gr.Row():
            with gr.Column(scale=1, min_width=280):
                pick = gr.Radio([], label="Jobs (newest change first)", elem_id="jobs-pick", elem_classes=["js-list"])
                with gr.Accordion("Jobs that need you: retry or skip several", open=False):
                    pend = gr.CheckboxGroup([], label="Tick jobs to retry or skip", elem_id="pending-ticks")
                    with gr.Row():
                        retry_all = gr.Button("Retry the ticked jobs", elem_id="pending-retry")
                        skip_all = gr.Button("Skip the ticked jobs", elem_id="pending-skip")
                    pend_out = gr.HTML(elem_id="pending-result")
            with gr.Column(scale=3, min_width=320):

                def after(f: str, q: str, open_id: str, ticked: list[str]) -> tuple[Any, ...]:
                    return refresh(f, q, open_id, ticked)

                panel = build_job_panel(api, "job", after=(after, [status, query, pick, pend], [pick, pend]))

    def refresh(f: str, q: str, open_id: str | None, ticked: list[str] | None) -> tuple[Any, ...]:
        try:
            items = api.jobs(status=None if f in (None, "all") else [f], q=q or None, limit=200)["items"]
            pending = api.jobs(status=["pending"], limit=200)["items"]
        except ApiError as exc:
            gr.Warning(e(friendly(exc)))  # the toast renders HTML
            return gr.skip(), gr.skip()
        ids = [j["id"] for j in items]
        pids = [j["id"] for j in pending]
        return (
            pick_update([(choice_label(j), j["id"]) for j in items], open_id, open_id if open_id in ids else None),
            gr.update(
                choices=[(choice_label(j), j["id"]) for j in pending], value=[t for t in (ticked or []) if t in pids]
            ),
        )

    def bulk(action: str, ticked: list[str]) -> str:
        if not ticked:
            return bad("Tick at least one job first.")
        done, failed = 0, []
        for jid in ticked:
            try:
                api.retry(jid) if action == "retry" else api.reject(jid, "skipped by you")
                done += 1
            except ApiError as exc:
                failed.append(friendly(exc))
        verb = "queued again" if action == "retry" else "skipped"
        return ok(f"{done} of {len(ticked)} {verb}.") + "".join(bad(f) for f in failed)

    for trigger in (status.change, query.submit):
        trigger(refresh, [status, query, pick, pend], [pick, pend])
    # A job that leaves the filtered list (e.g. marked applied under "Approved") stays open: the seeker
    # sees what happened and can go on (record an outcome) without finding it again.
    pick.change(
        lambda j, *open_job: panel.open(j, *open_job) if j else tuple(gr.skip() for _ in panel.outputs),
        [pick, panel.job_id, panel.letter, panel.letter_shown],
        panel.outputs,
        **ONE_AT_A_TIME,
    )
    for button, action in ((retry_all, "retry"), (skip_all, "skip")):
        button.click(lambda t, a=action: bulk(a, t), [pend], pend_out).then(
            refresh, [status, query, pick, pend], [pick, pend]
        )
    return JobsTab(refresh, [status, query, pick, pend], [pick, pend], panel)
