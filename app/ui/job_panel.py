"""One open job: the review (email, match, changes, documents, posting) and the actions its status allows.

Used by the Approve tab and the Jobs tab. No id is ever typed: the tab passes the job it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import gradio as gr

from app.errors import ApiError
from app.ui.client import ApiClient
from app.ui.labels import OUTCOMES, STAGE_LABELS, label, status_label
from app.ui.render import e, review_html

# Every event that writes an open job's panel (opening a job, reloading it after an action, the page's refresh) runs
# in this one queue, one at a time. A job panel's state lives on the server: a refresh running beside an open could
# read the job open before it and write that job back over the one just opened, so a letter saved next went to it.
ONE_AT_A_TIME: dict[str, Any] = {"concurrency_id": "open-job-panel", "concurrency_limit": 1}

# The letter is saved as the box shows it when the button is pressed: the text on screen, read in the browser, not
# the value the page last synced for the box (seen stale under load when the save followed the typing at once).
_ON_SCREEN = "(jid, text) => [jid, document.querySelector('#PREFIX-letter textarea')?.value ?? text]"

ACTION_BUTTONS = ("approve", "applied", "send", "send_again", "retry", "skip", "confirm_sent", "confirm_not_sent")


def ok(text: str) -> str:
    return f'<p class="js-ok" role="status">✓ {e(text)}</p>'


def bad(text: str) -> str:
    return f'<p class="js-bad" role="alert">⚠ {e(text)}</p>'


def friendly(exc: ApiError) -> str:
    """The API's own sentence; FastAPI's list of validation errors becomes one line."""
    if isinstance(exc.detail, list) and exc.detail and isinstance(exc.detail[0], dict):
        first = exc.detail[0]
        return f"{'.'.join(str(p) for p in first.get('loc', [])[1:])}: {first.get('msg', 'not valid')}"
    return exc.message


def approve_label(plan: dict[str, Any]) -> str:
    how = plan.get("how")
    if how == "email":
        return f"Approve & send to {plan['recipient']}"
    if how == "link":
        return "Approve (apply by link)"
    return f"Approve (not sent: {plan.get('why') or 'see above'})"


def send_message(title: str, send: dict[str, Any] | None, plan: dict[str, Any]) -> str:
    """What really happened to the email after an approval or a send."""
    if send is None:
        if plan.get("how") == "link":
            return ok(f"{title}: approved. Apply on the employer's site, then press 'I applied via the link'.")
        return ok(f"{title}: approved. Not sent: {plan.get('why') or plan.get('say', '')}.")
    state, to = send.get("state"), send.get("recipient") or plan.get("recipient") or "the employer"
    if state == "sent":
        return ok(f"{title}: sent to {to}.")
    if state == "deferred":
        return ok(
            f"{title}: approved and queued: it will be sent to {to} at {str(send.get('retry_after'))[:16]} "
            f"({send.get('detail')})."
        )
    if state == "unknown":
        return bad(
            f"{title}: it is not known whether the email to {to} left ({send.get('detail')}). "
            "Check your Sent folder, then confirm below."
        )
    return bad(
        f"{title}: NOT sent to {to}: {send.get('detail') or 'the mail server refused it'}. "
        "The job now needs you: press 'Send again' once the cause is fixed."
    )


@dataclass
class JobPanel:
    job_id: gr.State
    version: gr.State
    result: gr.HTML
    view: gr.HTML
    load: Callable[[str], tuple[Any, ...]]
    outputs: list[Any]
    letter: gr.Textbox  # the letter as the seeker may be editing it
    letter_shown: gr.State  # the letter as the panel last loaded it
    fetch: Callable[[str], dict[str, Any]]  # the job's review from the API

    def open(self, pick: str, jid: str, typed: str, shown: str) -> tuple[Any, ...]:
        """The job the list points at. Opening the job that is already open (the list set to it again, e.g. by
        the page's first refresh landing after the seeker's own click) reloads it like a refresh: the letter box
        is left alone, where a plain load would put the old letter back over an edit and a save would send that.

        That holds even when the box showed no edit: `typed` is the box as it was when the event fired (the
        states are read when it runs), and the seeker may have typed while the event waited in the queue."""
        if not pick or pick != jid:
            return self.load(pick)
        try:
            review = self.fetch(pick)
        except ApiError:
            return self.load(pick)  # says why the job cannot be shown
        return self.reloaded(pick, review, typed, shown)

    def reloaded(self, jid: str, review: dict[str, Any], typed: str, shown: str) -> tuple[Any, ...]:
        """The job shown again from the `review` a refresh fetched, the letter box left alone while it holds an edit
        not yet saved, and whenever the letter itself did not change (what the seeker types meanwhile is kept)."""
        out = list(_opened(jid, review))
        if typed != shown or out[self.outputs.index(self.letter_shown)] == shown:
            for k in (self.outputs.index(self.letter), self.outputs.index(self.letter_shown)):
                out[k] = gr.skip()
        return tuple(out)


def build_job_panel(
    api: ApiClient,
    prefix: str,
    after: tuple[Callable[..., Any], list[Any], list[Any]] | None = None,
    settle: Callable[[Any], Any] | None = None,
) -> JobPanel:
    """Components for one open job; `after` runs once any action finishes (e.g. reload the list), then `settle` is
    given that step to chain what must follow it (the browser's choice of the open job)."""
    h = _PanelHandlers(api)
    job_id, version, plan_state = gr.State(""), gr.State(""), gr.State({})
    result = gr.HTML(elem_id=f"{prefix}-result")
    buttons = _action_buttons(prefix)
    outcome_box, outcome, notes, record = _outcome_box(prefix)
    saved = gr.State("")
    saved_box, restore, discard = _saved_box(prefix)
    letter_box, letter, save_letter = _letter_box(prefix)
    view = gr.HTML(elem_id=f"{prefix}-view")
    letter_shown = gr.State("")
    outputs = [
        *(job_id, version, plan_state, view, *buttons.values(), outcome_box, letter_box, letter, saved, saved_box),
        letter_shown,
    ]

    def chain(event: Any) -> None:
        nxt = event.then(h.load, [job_id], outputs, **ONE_AT_A_TIME)
        if after is not None:
            reloaded = nxt.then(*after)
            if settle is not None:
                settle(reloaded)

    for name, button in buttons.items():
        chain(
            button.click(
                lambda j, v, p, o, n, a=name: h.act(a, j, v, p, o, n),
                [job_id, version, plan_state, outcome, notes],
                result,
            )
        )
    chain(
        record.click(
            lambda j, v, p, o, n: h.act("outcome", j, v, p, o, n), [job_id, version, plan_state, outcome, notes], result
        )
    )
    chain(save_letter.click(h.save, [job_id, letter], result, js=_ON_SCREEN.replace("PREFIX", prefix)))
    chain(restore.click(h.save, [job_id, saved], result))
    chain(discard.click(h.drop, [job_id], result))
    return JobPanel(job_id, version, result, view, h.load, outputs, letter, letter_shown, api.review)


def _action_buttons(prefix: str) -> dict[str, Any]:
    """One button per action of ACTION_BUTTONS, hidden until the open job's status allows it."""
    with gr.Row(elem_classes=["js-actions"]):
        return {
            "approve": gr.Button("Approve", variant="primary", visible=False, elem_id=f"{prefix}-approve"),
            "applied": gr.Button("I applied via the link", visible=False, elem_id=f"{prefix}-applied"),
            "send": gr.Button("Send now", variant="primary", visible=False, elem_id=f"{prefix}-send"),
            "send_again": gr.Button("Send again", variant="primary", visible=False, elem_id=f"{prefix}-send-again"),
            "retry": gr.Button("Retry", visible=False, elem_id=f"{prefix}-retry"),
            "skip": gr.Button("Skip this job", variant="stop", visible=False, elem_id=f"{prefix}-skip"),
            "confirm_sent": gr.Button("It was sent", visible=False, elem_id=f"{prefix}-confirm-sent"),
            "confirm_not_sent": gr.Button("It was not sent", visible=False, elem_id=f"{prefix}-confirm-not-sent"),
        }


def _outcome_box(prefix: str) -> tuple[Any, Any, Any, Any]:
    """(box, outcome, notes, record button): recording what happened after applying."""
    with gr.Group(visible=False) as outcome_box:
        with gr.Row():
            outcome = gr.Radio(OUTCOMES, value="responded", label="What happened", elem_id=f"{prefix}-outcome")
            notes = gr.Textbox(label="Notes", elem_id=f"{prefix}-notes")
        record = gr.Button("Record outcome", elem_id=f"{prefix}-record")
    return outcome_box, outcome, notes, record


def _saved_box(prefix: str) -> tuple[Any, Any, Any]:
    """(box, restore, discard): the seeker's letter edit that a retry wrote over."""
    with gr.Group(visible=False) as saved_box:
        gr.HTML(
            '<p class="js-bad" role="status">This letter was written again (a retry) and no longer has your '
            "edit. Your edit is kept: put it back, or discard it.</p>"
        )
        with gr.Row():
            restore = gr.Button("Put my edit back", variant="primary", elem_id=f"{prefix}-restore-edit")
            discard = gr.Button("Discard my edit", elem_id=f"{prefix}-discard-edit")
    return saved_box, restore, discard


def _letter_box(prefix: str) -> tuple[Any, Any, Any]:
    """(accordion, letter body, save button)."""
    with gr.Accordion("Edit the cover letter", open=False, visible=False) as letter_box:
        letter = gr.Textbox(
            label="Body of the letter (the name block, date, greeting and sign-off stay as they are; "
            "blank lines separate paragraphs)",
            lines=12,
            elem_id=f"{prefix}-letter",
        )
        save_letter = gr.Button("Save the letter and remake the PDF", elem_id=f"{prefix}-save-letter")
    return letter_box, letter, save_letter


def _closed(jid: str, message: str) -> tuple[Any, ...]:
    """The panel's outputs with no review shown: every action and box hidden, `message` in the view."""
    return (
        jid,
        "",
        {},
        message,
        *[gr.update(visible=False)] * len(ACTION_BUTTONS),
        gr.update(visible=False),
        gr.update(visible=False),
        gr.update(value=""),
        "",
        gr.update(visible=False),
        "",
    )


def _opened(jid: str, r: dict[str, Any]) -> tuple[Any, ...]:
    """The panel's outputs for review `r`: the actions its status allows, the letter when it can be edited."""
    acts, plan = set(r["actions"]), r["plan"]
    to = plan.get("recipient")
    labels = {
        "approve": approve_label(plan),
        "send": f"Send now to {to}" if to else "Send now",
        "send_again": f"Send again to {to}" if to else "Send again",
    }
    ups = [
        gr.update(visible=name in acts, **({"value": labels[name]} if name in labels else {}))
        for name in ACTION_BUTTONS
    ]
    return (
        jid,
        r["version"],
        plan,
        review_html(r),
        *ups,
        gr.update(visible="outcome" in acts),
        gr.update(visible="edit_letter" in acts and r.get("letter_body") is not None),
        gr.update(value=r.get("letter_body") or ""),
        r.get("saved_edit") or "",
        gr.update(visible=bool(r.get("saved_edit"))),
        r.get("letter_body") or "",
    )


class _PanelHandlers:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def load(self, jid: str) -> tuple[Any, ...]:
        if not jid:
            return _closed("", '<p class="js-empty">Nothing is open: choose a job from the list.</p>')
        try:
            r = self.api.review(jid)
        except ApiError as exc:
            return _closed(jid, bad(friendly(exc)))
        return _opened(jid, r)

    def act(self, name: str, jid: str, ver: str, plan: dict[str, Any], outcome_v: str, notes_v: str) -> str:
        if not jid:
            return bad("Open a job first.")
        named = f"{plan.get('title') or 'This job'} — {plan.get('company') or ''}".rstrip(" —")
        try:
            if name == "approve":
                return self._approve(named, jid, ver, plan)
            if name in ("send", "send_again"):
                return send_message(named, self.api.send(jid), plan)
            job = self._change(name, jid, outcome_v, notes_v)
        except ApiError as exc:
            return bad(friendly(exc))
        where = f" ({label(STAGE_LABELS, job.get('failed_stage'))} failed)" if job.get("failed_stage") else ""
        return ok(f"{job['title']} — {job['company']}: now {status_label(job['status']).lower()}{where}.")

    def _approve(self, named: str, jid: str, ver: str, plan: dict[str, Any]) -> str:
        res = self.api.approve_shown({jid: ver})
        item = res["items"][0]
        if not item["ok"]:
            return bad(f"Not approved: {item['error']}")
        if item.get("send") is None and plan.get("how") == "email":  # the send failed before SMTP
            job = self.api.job(jid)
            if job["status"] != "sent":
                why = job.get("error") or job.get("status_reason") or status_label(job["status"])
                return bad(f"{named}: approved, but NOT sent to {plan['recipient']}: {why}")
        return send_message(named, item.get("send"), plan)

    def _change(self, name: str, jid: str, outcome_v: str, notes_v: str) -> dict[str, Any]:
        """The job after action `name` (applied, retry, skip, confirm_sent, confirm_not_sent, outcome)."""
        api = self.api
        return {
            "applied": lambda: api.mark_applied(jid, notes_v or None),
            "retry": lambda: api.retry(jid),
            "skip": lambda: api.reject(jid, notes_v or "skipped by you"),
            "confirm_sent": lambda: api.confirm(jid, True, notes_v or None),
            "confirm_not_sent": lambda: api.confirm(jid, False, notes_v or None),
            "outcome": lambda: api.outcome(jid, outcome_v, notes_v or None),
        }[name]()

    def save(self, jid: str, text: str) -> str:
        try:
            res = self.api.edit_letter_body(jid, text)
        except ApiError as exc:
            return bad(friendly(exc))
        if res.get("pdf"):
            return ok("Letter saved; its PDF was made again from the new text.")
        return ok("Letter saved. " + (f"No PDF: {res['pdf_error']}" if res.get("pdf_error") else ""))

    def drop(self, jid: str) -> str:
        try:
            self.api.discard_letter_edit(jid)
        except ApiError as exc:
            return bad(friendly(exc))
        return ok("Your edit was discarded; the letter stays as it is now.")


def pick_update(choices: list[tuple[str, str]], shown: str | None, want: str | None) -> Any:
    """New choices for a list; its value only when it must change. A value sent back as it was read at the
    start of a refresh would undo a click made while the refresh ran."""
    return gr.update(choices=choices) if want == shown else gr.update(choices=choices, value=want)
