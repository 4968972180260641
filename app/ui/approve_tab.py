"""The Approve tab: jobs waiting for the seeker, one open for review, and bulk approval of ticked jobs only.

Bulk approval acts on exactly the jobs ticked on this page, says first what will happen to each
("4 jobs: 1 emailed now to careers@…, 3 by apply link"), and sends the versions the page showed, so the
server refuses a job that changed since (a stale page cannot approve what it does not show).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import gradio as gr

from app.domain.status import AWAITING_DECISION, values
from app.errors import ApiError
from app.ui.client import ApiClient
from app.ui.job_panel import ONE_AT_A_TIME, JobPanel, bad, build_job_panel, friendly, send_message
from app.ui.render import choice_label, e

WAITING = list(values(AWAITING_DECISION))

# Which job is open when none is (the page's first look, or the open job left the list) is decided in the browser,
# after the list has landed, from the list as it is then: the top job, unless the seeker has clicked one meanwhile. A
# refresh that chose on the server, from the list's value read when it began, swapped a job the seeker had opened
# since, and the letter being typed with it (seen in the browser test under load).
_OPEN_FIRST = (
    "(open, listed) => { const ids = JSON.parse(listed || '[]'); return ids.includes(open) ? open : (ids[0] ?? null); }"
)


@dataclass
class ApproveTab:
    refresh: Any  # fn(open_id, ticked) -> outputs
    inputs: list[Any]
    outputs: list[Any]
    panel: JobPanel
    settle: Callable[[Any], Any]  # chains the browser's choice of the open job after an event that ran `refresh`


def build_approve_tab(api: ApiClient) -> ApproveTab:
    h = _ApproveHandlers(api)

    def settle(event: Any) -> Any:
        return event.then(None, [pick, listed], [pick], js=_OPEN_FIRST, api_visibility="private")

    with gr.Tab("Approve", id="approve"):
        shown = gr.State({})  # job id -> updated_at, for every job this page lists
        listed = gr.Textbox(visible=False, elem_id="review-listed")  # the listed ids as JSON, for the browser
        pending_bulk = gr.State({})
        with gr.Row():
            with gr.Column(scale=1, min_width=280):
                pick = gr.Radio(
                    [], label="Waiting for you: open one to review", elem_id="review-pick", elem_classes=["js-list"]
                )
                ticks = gr.CheckboxGroup([], label="Tick jobs to approve together", elem_id="bulk-ticks")
                bulk = gr.Button("Approve the ticked jobs…", elem_id="bulk-approve")
                with gr.Group(visible=False) as confirm_box:
                    summary = gr.HTML(elem_id="bulk-summary")
                    with gr.Row():
                        yes = gr.Button("Yes, approve these", variant="primary", elem_id="bulk-yes")
                        no = gr.Button("Cancel", elem_id="bulk-no")
                bulk_out = gr.HTML(elem_id="bulk-result")
            with gr.Column(scale=3, min_width=320):
                panel = build_job_panel(
                    api, "approval", after=(h.after, [pick, ticks], [shown, pick, ticks, listed]), settle=settle
                )

    opened = [pick, panel.job_id, panel.letter, panel.letter_shown]
    pick.change(panel.open, opened, panel.outputs, api_visibility="private", **ONE_AT_A_TIME)
    bulk.click(h.ask, [ticks, shown], [confirm_box, summary, pending_bulk, bulk_out], api_visibility="private")
    approved = yes.click(h.approve, [pending_bulk], [confirm_box, pending_bulk, bulk_out], api_visibility="private")
    settle(approved.then(h.refresh, [pick, ticks], [shown, pick, ticks, listed], api_visibility="private")).then(
        panel.load, [pick], panel.outputs, api_visibility="private", **ONE_AT_A_TIME
    )
    no.click(
        lambda: (gr.update(visible=False), {}, "Cancelled: nothing was approved."),
        None,
        [confirm_box, pending_bulk, bulk_out],
        api_visibility="private",
    )
    return ApproveTab(h.refresh, [pick, ticks], [shown, pick, ticks, listed], panel, settle)


class _ApproveHandlers:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def after(self, open_id: str, ticked: list[str]) -> tuple[Any, ...]:  # reload the list, open the next
        return self.refresh(open_id, ticked)

    def refresh(self, open_id: str | None, ticked: list[str] | None) -> tuple[Any, ...]:
        try:
            items = self.api.jobs(status=WAITING, limit=500, sort="score")["items"]
        except ApiError as exc:
            gr.Warning(e(friendly(exc)))  # the toast renders HTML
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        ids = [j["id"] for j in items]
        choices = [(choice_label(j), j["id"]) for j in items]
        versions = {j["id"]: str(j["updated_at"]) for j in items}
        # A ticked job that left the list stays ticked and says so: dropping it could race a click already on
        # its way (Gradio refuses a value that is not a choice), and the seeker should see what changed. Its
        # version is unknown, so approving it is refused as out of date.
        gone = [t for t in (ticked or []) if t not in ids]
        ticks = choices + [(f"Job {t[:8]} · changed: no longer waiting for your approval", t) for t in gone]
        # The list's value is left to the browser (`_OPEN_FIRST`): a value sent from here would undo a click made
        # while this ran.
        return (
            versions,
            gr.update(choices=choices),
            gr.update(choices=ticks, value=list(ticked or [])),
            json.dumps(ids),
        )

    def ask(self, ticked: list[str], versions: dict[str, str] | None) -> tuple[Any, ...]:
        versions = versions or {}  # not loaded yet (a slow page): every ticked job counts as changed
        if not ticked:
            return gr.update(visible=False), "", {}, bad("Tick at least one job first.")
        seen = {jid: versions.get(jid, "") for jid in ticked}
        try:
            plan = self.api.approval_plan(ticked, seen)
        except ApiError as exc:
            return gr.update(visible=False), "", {}, bad(friendly(exc))
        if plan["stale"]:
            lines = "; ".join(f"{jid}: {why}" for jid, why in plan["stale"].items())
            return gr.update(visible=False), "", {}, bad(f"The page is out of date, nothing was approved ({lines}).")
        rows = "".join(
            f"<li><b>{e(p.get('title'))}</b> — {e(p.get('company'))}: {e(p['say'])}</li>" for p in plan["items"]
        )
        html = f'<p class="js-summary"><b>{e(plan["summary"])}</b></p><ul>{rows}</ul>'
        return gr.update(visible=True), html, seen, ""

    def approve(self, seen: dict[str, str]) -> tuple[Any, ...]:
        if not seen:
            return gr.update(visible=False), {}, bad("Nothing to approve.")
        try:
            plans = {p["job_id"]: p for p in self.api.approval_plan(list(seen), seen)["items"]}
            res = self.api.approve_shown(seen)
        except ApiError as exc:
            return gr.update(visible=False), {}, bad(friendly(exc))
        out = []
        for item in res["items"]:
            p = plans.get(item["job_id"], {})
            title = f"{p.get('title', item['job_id'])} — {p.get('company', '')}"
            out.append(
                bad(f"{title}: not approved: {item['error']}")
                if not item["ok"]
                else send_message(title, item.get("send"), p)
            )
        return gr.update(visible=False), {}, "".join(out)
