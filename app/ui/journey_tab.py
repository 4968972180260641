"""The "After applying" tab (issue #16): replies to confirm, follow-ups to approve, form answers,
interview briefs, and applications made elsewhere. Everything goes through the HTTP API; every
job, reply and follow-up is picked from a list, never typed as an id."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import gradio as gr

from app.domain.status import RESPONSES, values
from app.errors import ApiError
from app.ui.client import ApiClient

PRIVATE = {"api_visibility": "private"}  # UI handlers are not part of the public API
MAX_ANSWERS = 12  # answer slots shown at once (a form rarely has more free-text questions)
OUTCOMES = list(values(RESPONSES))
AS_PROPOSED = "as proposed"

REPLY_KIND = {
    "interview": "Interview invitation",
    "rejection": "Rejection",
    "request_info": "Asks for information",
    "acknowledgement": "Automatic acknowledgement",
    "other": "Other reply",
}
FOLLOWUP_KIND = {"follow_up": "Follow-up email", "thank_you": "Thank-you note", "reminder": "Reminder (no email)"}
ANSWER_STATE = {
    "drafted": "drafted from your CV",
    "from_profile": "from your profile",
    "needs_you": "left for you: a personal question",
    "edited": "your own wording",
}

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def md_escape(text: Any) -> str:
    """Posting and email text shown as Markdown: HTML and Markdown punctuation become literal characters."""
    s = str(text if text is not None else "")
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = " ".join(s.split())  # no line can start a heading, list or table
    return _MD_SPECIAL.sub(r"\\\1", s)


def _warn(exc: ApiError) -> str:
    return f"⚠ {exc.message}"


def _job_label(j: dict[str, Any]) -> str:
    return f"{j.get('title', '')} — {j.get('company', '')} ({str(j.get('status', '')).replace('_', ' ')})"


def _parse_questions(text: str) -> list[tuple[str, int]]:
    out = []
    for line in text.splitlines():
        question, _, limit = line.partition("|")
        if question.strip():
            out.append((question.strip(), int(limit.strip()) if limit.strip().isdigit() else 1000))
    return out


def reply_markdown(r: dict[str, Any]) -> str:
    outcome = r.get("proposed_outcome")
    proposes = f"proposes **{outcome}**" if outcome else "proposes no outcome (pick one, or dismiss it)"
    return "\n".join(
        [
            f"#### {REPLY_KIND.get(r['kind'], md_escape(r['kind']))}: "
            f"{md_escape(r['title'])}, {md_escape(r['company'])}",
            f"- **From:** {md_escape(r['sender'])}",
            f"- **Subject:** {md_escape(r['subject'])}",
            f"- **Received:** {md_escape(r.get('received_on') or 'unknown')}; {proposes}",
            f"- **Deciding phrase:** “{md_escape(r.get('evidence') or '')}”",
            f"- **Excerpt:** {md_escape(r.get('excerpt') or '')}",
        ]
    )


def brief_markdown(b: dict[str, Any]) -> str:
    lines = [f"### Interview brief: {md_escape(b['title'])}, {md_escape(b['company'])}", "", "#### Your stories"]
    for s in b.get("stories") or []:
        lines += [
            f"- **{md_escape(s['requirement'])}**",
            f"  - Situation: {md_escape(s['situation'])}",
            f"  - What you did and the result: {md_escape(s['action_and_result'])}",
        ]
    if not b.get("stories"):
        lines.append("No line of your CV matches the posting's requirements closely: see the gaps below.")
    for title, key in (
        ("Likely questions", "likely_questions"),
        ("Gaps to prepare for", "gaps"),
        ("Questions to ask them", "questions_to_ask"),
    ):
        lines += (
            ["", f"#### {title}"] + [f"- {md_escape(q)}" for q in b.get(key) or []] + ([] if b.get(key) else ["- none"])
        )
    return "\n".join(lines)


def answer_markdown(a: dict[str, Any]) -> str:
    state = ANSWER_STATE.get(a["state"], a["state"])
    topic = f" ({md_escape(a['topic'].replace('_', ' '))})" if a.get("topic") else ""
    limit = a.get("max_chars") or a.get("limit")
    lines = [
        f"**{int(a['idx']) + 1}. {md_escape(a['question'])}**  ",
        f"*{state}{topic}* · {len(a.get('answer') or '')}/{limit} characters",
    ]
    if a.get("note"):
        lines.append(f"  \n{md_escape(a['note'])}")
    for r in a.get("removed") or []:
        reasons = "; ".join(str(x) for x in r.get("reasons") or [])
        lines.append(f"\n- removed: “{md_escape(r.get('sentence'))}” — {md_escape(reasons)}")
    return "\n".join(lines)


def _keep_pick(choices: list[tuple[str, str]], current: str | None, first: bool) -> Any:
    """A picker's new choices, keeping the current pick when it is still there (else the first, if asked)."""
    ids = [c[1] for c in choices]
    value = current if current in ids else (ids[0] if first and ids else None)
    return gr.update(choices=choices, value=value)


class _Handlers:
    """The tab's event handlers; everything goes through the HTTP API."""

    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def jobs(self, statuses: list[str] | None = None) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = self.api.jobs(status=statuses, limit=500)["items"]
        return items

    # --- replies -------------------------------------------------------------------------------
    def load_replies(self, keep: str | None = None) -> tuple[Any, str]:
        try:
            items = self.api.replies("proposed")
        except ApiError as exc:
            return gr.update(choices=[], value=None), _warn(exc)
        choices = [
            (f"{REPLY_KIND.get(r['kind'], r['kind'])} — {r['title']}, {r['company']} — {r['sender']}", r["id"])
            for r in items
        ]
        value = keep if keep in {c[1] for c in choices} else (choices[0][1] if choices else None)
        summary = (
            f"{len(items)} repl{'y' if len(items) == 1 else 'ies'} to confirm."
            if items
            else "No replies waiting: replies read from your mailbox appear here to confirm."
        )
        return gr.update(choices=choices, value=value), summary

    def show_reply(self, rid: str | None) -> str:
        if not rid:
            return ""
        try:
            found = [r for r in self.api.replies("proposed") if r["id"] == rid]
        except ApiError as exc:
            return _warn(exc)
        return reply_markdown(found[0]) if found else "This reply was already settled."

    def decide_reply(self, rid: str | None, outcome: str, action: str) -> str:
        if not rid:
            return "Pick a reply first."
        try:
            if action == "dismiss":
                r = self.api.dismiss_reply(rid)
                return f"✓ Dismissed: the reply from {r['sender']} is kept, the job's outcome is unchanged."
            r = self.api.confirm_reply(rid, None if outcome == AS_PROPOSED else outcome)
            job = self.api.job(r["job_id"])
        except ApiError as exc:
            return _warn(exc)
        return (
            f"✓ Confirmed: {job['title']} — {job['company']} is now "
            f"{str(job['status']).replace('_', ' ')} (outcome {r.get('confirmed_outcome')})."
        )

    # --- follow-ups ----------------------------------------------------------------------------
    def load_followups(self, keep: str | None = None) -> tuple[Any, str]:
        try:
            items = self.api.followups("draft")
        except ApiError as exc:
            return gr.update(choices=[], value=None), _warn(exc)
        choices = [
            (f"{FOLLOWUP_KIND.get(f['kind'], f['kind'])} — {f['title']}, {f['company']}", f["id"]) for f in items
        ]
        value = keep if keep in {c[1] for c in choices} else (choices[0][1] if choices else None)
        summary = (
            f"{len(items)} draft{'s' if len(items) != 1 else ''} waiting for you."
            if items
            else "No follow-ups waiting: drafts appear here when an application has had no answer for a while."
        )
        return gr.update(choices=choices, value=value), summary

    def show_followup(self, fid: str | None) -> tuple[str, str, Any, Any]:
        hidden = gr.update(visible=False)
        if not fid:
            return "", "", hidden, hidden
        try:
            found = [f for f in self.api.followups("draft") if f["id"] == fid]
        except ApiError as exc:
            return _warn(exc), "", hidden, hidden
        if not found:
            return "This follow-up was already settled.", "", hidden, hidden
        f = found[0]
        head = [f"#### {FOLLOWUP_KIND.get(f['kind'], f['kind'])}: {md_escape(f['title'])}, {md_escape(f['company'])}"]
        if f.get("recipient"):
            head += [
                f"- **To:** {md_escape(f['recipient'])}",
                f"- **Subject:** {md_escape(f['subject'])}",
                "- Approving sends it with the next mail tick, within the daily send limits.",
            ]
            return (
                "\n".join(head),
                f["body"],
                gr.update(visible=True, value=f"Approve & send to {f['recipient']}"),
                gr.update(visible=False),
            )
        head.append("- A reminder for you: nothing is emailed. Mark it done when you have acted on it.")
        return "\n".join(head), f["body"], gr.update(visible=False), gr.update(visible=True)

    def save_followup(self, fid: str | None, body: str) -> str:
        if not fid:
            return "Pick a follow-up first."
        try:
            self.api.edit_followup(fid, body)
        except ApiError as exc:
            return _warn(exc)
        return "✓ Saved your wording."

    def decide_followup(self, fid: str | None, body: str, action: str) -> str:
        if not fid:
            return "Pick a follow-up first."
        try:
            current = [f for f in self.api.followups("draft") if f["id"] == fid]
            if action == "approve" and current and current[0]["body"] != body:
                self.api.edit_followup(fid, body)  # approve what the seeker sees, edits included
            f = self.api.decide_followup(fid, action)
        except ApiError as exc:
            return _warn(exc)
        if action == "approve":
            return (
                f"✓ Approved: it will be sent to {f.get('recipient')} by the next mail tick, "
                "within the send limits. It is sent once; nothing is re-sent by itself."
            )
        return "✓ Dismissed: nothing will be sent." if action == "dismiss" else "✓ Done: the reminder is closed."

    # --- jobs for the pickers -------------------------------------------------------------------
    def load_jobs(
        self, ans: str | None = None, brief_pick: str | None = None, gated_pick: str | None = None
    ) -> tuple[Any, Any, Any]:
        """Fill the three job pickers, keeping what the seeker has picked."""
        try:
            every = self.jobs()
            interview = [j for j in every if j["status"] == "interview"]
            gated = self.jobs(["filtered", "rejected"])
        except ApiError as exc:
            gr.Warning(exc.message)
            empty = gr.update(choices=[], value=None)
            return empty, empty, empty
        all_choices = [(_job_label(j), j["id"]) for j in every]
        brief_choices = [(_job_label(j), j["id"]) for j in interview] + [
            c for c, j in zip(all_choices, every, strict=True) if j["status"] != "interview"
        ]
        gated_choices = [(_job_label(j), j["id"]) for j in gated]
        return (
            _keep_pick(all_choices, ans, True),
            _keep_pick(brief_choices, brief_pick, True),
            _keep_pick(gated_choices, gated_pick, False),
        )

    # --- form answers ---------------------------------------------------------------------------
    @staticmethod
    def answer_slots(job_id: str | None, items: list[dict[str, Any]], status: str) -> list[Any]:
        out: list[Any] = [status, job_id or ""]
        for i in range(MAX_ANSWERS):
            if i < len(items):
                a = items[i]
                out += [
                    gr.update(visible=True),
                    answer_markdown(a),
                    gr.update(value=a.get("answer") or "", label=f"Answer {i + 1}"),
                ]
            else:
                out += [gr.update(visible=False), "", gr.update(value="")]
        return out

    def draft(self, job_id: str | None, questions: str) -> list[Any]:
        if not job_id:
            return self.answer_slots(None, [], "Pick a job first.")
        parsed = _parse_questions(questions)
        if not parsed:
            return self.answer_slots(job_id, [], "Write the form's questions, one per line (optionally `| 500`).")
        try:
            self.api.draft_answers(job_id, parsed)
            items = self.api.form_answers(job_id)
        except ApiError as exc:
            return self.answer_slots(job_id, [], _warn(exc))
        waiting = sum(a["state"] == "needs_you" for a in items)
        note = f" {waiting} left for you to write." if waiting else ""
        return self.answer_slots(job_id, items, f"✓ Drafted {len(items)} answer{'s' if len(items) != 1 else ''}.{note}")

    def show_answers(self, job_id: str | None) -> list[Any]:
        if not job_id:
            return self.answer_slots(None, [], "")
        try:
            items = self.api.form_answers(job_id)
        except ApiError as exc:
            return self.answer_slots(job_id, [], _warn(exc))
        return self.answer_slots(
            job_id,
            items,
            f"{len(items)} saved answers for this job." if items else "No answers drafted for this job yet.",
        )

    def save_answer(self, job_id: str, idx: int, text: str) -> list[Any]:
        if not job_id:
            return self.answer_slots(None, [], "Pick a job and draft its answers first.")
        try:
            items = self.api.edit_form_answer(job_id, idx, text)
        except ApiError as exc:
            return self.answer_slots(job_id, self.api_items_or_empty(job_id), _warn(exc))
        return self.answer_slots(job_id, items, f"✓ Saved answer {idx + 1}.")

    def api_items_or_empty(self, job_id: str) -> list[dict[str, Any]]:
        try:
            return self.api.form_answers(job_id)
        except ApiError:
            return []

    def load_profile(self) -> tuple[str, Any]:
        try:
            p = self.api.profile_answers()
        except ApiError as exc:
            return _warn(exc), gr.update()
        saved = p.get("answers") or {}
        lines = [
            "#### Your saved personal answers",
            "Used as written for the questions only you can answer; never sent to a model.",
        ]
        lines += [
            f"- **{md_escape(t.replace('_', ' '))}**: {md_escape(saved[t]) if t in saved else '*not saved*'}"
            for t in p.get("topics") or []
        ]
        return "\n".join(lines), gr.update(choices=p.get("topics") or [])

    def save_profile(self, topic: str | None, text: str) -> str:
        if not topic:
            return "Pick a topic first."
        try:
            saved = dict(self.api.profile_answers().get("answers") or {})
            saved[topic] = text
            self.api.save_profile_answers(saved)
        except ApiError as exc:
            return _warn(exc)
        return (
            f"✓ Saved your answer about {topic.replace('_', ' ')}."
            if text.strip()
            else f"✓ Removed your answer about {topic.replace('_', ' ')}."
        )

    def topic_text(self, topic: str | None) -> str:
        """What is saved for the picked topic, shown beside the box (never written into it: a late answer
        would overwrite what the seeker is typing)."""
        if not topic:
            return ""
        try:
            saved = (self.api.profile_answers().get("answers") or {}).get(topic, "")
        except ApiError as exc:
            return f"⚠ {md_escape(exc.message)}"
        return f"Saved now: {md_escape(saved)}" if saved else "Nothing saved for this topic yet."

    # --- interview brief ------------------------------------------------------------------------
    def brief(self, job_id: str | None) -> tuple[str, str | None]:
        if not job_id:
            return "Pick a job first.", None
        try:
            md = brief_markdown(self.api.interview_brief(job_id))
            path = self.api.interview_brief_docx(
                job_id, Path(tempfile.mkdtemp(prefix="jobsmith-brief-")) / "interview_brief.docx"
            )
        except ApiError as exc:
            return _warn(exc), None
        return md, str(path)

    # --- applications made elsewhere, apply anyway ------------------------------------------------
    def record(self, title: str, company: str, url: str, when: str, channel: str) -> str:
        when = when.strip()
        if when:
            try:
                date.fromisoformat(when)
            except ValueError:
                return "⚠ The date should look like 2026-11-30 (or leave it empty for today)."
        try:
            r = self.api.record_outside(
                title=title, company=company, url=url.strip() or None, applied_on=when or None, channel=channel
            )
        except ApiError as exc:
            return _warn(exc)
        nested = r.get("job")
        job: dict[str, Any] = nested if isinstance(nested, dict) else r
        status = str(job.get("status", "applied")).replace("_", " ")
        return f"✓ Recorded: {job.get('title', title)} — {job.get('company', company)} is tracked as {status}."

    def anyway(self, job_id: str | None, reason: str) -> str:
        if not job_id:
            return "Pick a filtered or rejected job first."
        try:
            self.api.apply_anyway(job_id, reason)
            job = self.api.job(job_id)
        except ApiError as exc:
            return _warn(exc)
        return (
            f"✓ {job['title']} — {job['company']} is queued for tailoring despite the "
            f"{'gate' if job['status'] != 'rejected' else 'score'}; your reason is kept in its history."
        )


@dataclass
class _Replies:
    summary: Any
    pick: Any
    view: Any
    outcome: Any
    confirm: Any
    dismiss: Any
    refresh: Any
    out: Any


@dataclass
class _Followups:
    summary: Any
    pick: Any
    view: Any
    body: Any
    approve: Any
    done: Any
    save: Any
    dismiss: Any
    refresh: Any
    out: Any


@dataclass
class _Answers:
    jobs_refresh: Any
    job: Any
    questions: Any
    draft: Any
    out: Any
    job_state: Any
    slots: list[tuple[Any, Any, Any, Any]]
    slot_outputs: list[Any]
    profile_md: Any
    topic: Any
    topic_answer: Any
    topic_saved: Any
    profile_save: Any
    profile_out: Any


@dataclass
class _Brief:
    job: Any
    show: Any
    md: Any
    file: Any


@dataclass
class _Elsewhere:
    title: Any
    company: Any
    url: Any
    applied_on: Any
    channel: Any
    record: Any
    result: Any
    gated_job: Any
    gated_reason: Any
    gated: Any
    gated_out: Any


def build_journey_tab(api: ApiClient) -> None:
    """Build the tab inside the caller's gr.Blocks; it loads its lists when the page opens."""
    handlers = _Handlers(api)
    with gr.Tab("After applying", elem_id="journey-tab"):
        replies = _replies_panel()
        followups = _followups_panel()
        answers = _answers_panel()
        brief = _brief_panel()
        elsewhere = _elsewhere_panel()
    job_pickers = [answers.job, brief.job, elsewhere.gated_job]
    _wire_replies(handlers, replies)
    _wire_followups(handlers, followups)
    _wire_answers(handlers, answers, job_pickers)
    _wire_brief_and_elsewhere(handlers, brief, elsewhere, job_pickers)
    # Fill the lists when the page opens (the parent Blocks is the one being built).
    parent = gr.context.Context.root_block
    if parent is not None:
        _on(parent.load, handlers.load_replies, None, [replies.pick, replies.summary])
        _on(parent.load, handlers.load_followups, None, [followups.pick, followups.summary])
        _on(parent.load, handlers.load_jobs, None, job_pickers)
        _on(parent.load, handlers.load_profile, None, [answers.profile_md, answers.topic])


def _replies_panel() -> _Replies:
    with gr.Accordion("Replies to confirm", open=True):
        summary = gr.Markdown(elem_id="replies-summary")
        pick = gr.Dropdown(label="Reply", choices=[], elem_id="reply-pick")
        view = gr.Markdown(elem_id="reply-detail")
        with gr.Row():
            outcome = gr.Dropdown([AS_PROPOSED, *OUTCOMES], value=AS_PROPOSED, label="Record as")
            confirm = gr.Button("Confirm", variant="primary", elem_id="reply-confirm")
            dismiss = gr.Button("Dismiss", elem_id="reply-dismiss")
            refresh = gr.Button("Refresh")
        out = gr.Markdown(elem_id="reply-result")
    return _Replies(summary, pick, view, outcome, confirm, dismiss, refresh, out)


def _followups_panel() -> _Followups:
    with gr.Accordion("Follow-ups to approve", open=True):
        summary = gr.Markdown(elem_id="followups-summary")
        pick = gr.Dropdown(label="Follow-up", choices=[], elem_id="followup-pick")
        view = gr.Markdown(elem_id="followup-detail")
        body = gr.Textbox(label="Message (edit freely)", lines=6, elem_id="followup-body")
        with gr.Row():
            approve = gr.Button("Approve & send", variant="primary", visible=False, elem_id="followup-approve")
            done = gr.Button("Done", visible=False, elem_id="followup-done")
            save = gr.Button("Save wording")
            dismiss = gr.Button("Dismiss")
            refresh = gr.Button("Refresh")
        out = gr.Markdown(elem_id="followup-result")
    return _Followups(summary, pick, view, body, approve, done, save, dismiss, refresh, out)


def _answers_panel() -> _Answers:
    with gr.Accordion("Application form answers", open=True):
        jobs_refresh = gr.Button("Refresh job lists", size="sm")
        job = gr.Dropdown(label="Job", choices=[], elem_id="answers-job")
        questions = gr.Textbox(
            label="The form's questions, one per line (optional character limit: “Why this role? | 500”)",
            lines=4,
            elem_id="answers-questions",
        )
        draft = gr.Button("Draft answers", variant="primary", elem_id="answers-draft")
        out = gr.Markdown(elem_id="answers-result")
        job_state = gr.State("")
        slots = [_answer_slot(i) for i in range(MAX_ANSWERS)]
        slot_outputs: list[Any] = [out, job_state]
        for group, head, text, _ in slots:
            slot_outputs += [group, head, text]
        with gr.Accordion("Your saved personal answers", open=False):
            profile_md = gr.Markdown(elem_id="profile-answers")
            with gr.Row():
                topic = gr.Dropdown(label="Topic", choices=[], elem_id="profile-topic")
                topic_answer = gr.Textbox(label="Your answer (empty removes it)", lines=2, elem_id="profile-answer")
            topic_saved = gr.Markdown(elem_id="profile-current")
            profile_save = gr.Button("Save personal answer")
            profile_out = gr.Markdown(elem_id="profile-result")
    return _Answers(
        jobs_refresh,
        job,
        questions,
        draft,
        out,
        job_state,
        slots,
        slot_outputs,
        profile_md,
        topic,
        topic_answer,
        topic_saved,
        profile_save,
        profile_out,
    )


def _answer_slot(i: int) -> tuple[Any, Any, Any, Any]:
    """(group, heading, answer box, save button) of answer `i`, hidden until an answer fills it."""
    with gr.Group(visible=False) as group:
        head = gr.Markdown(elem_id=f"answer-head-{i}")
        text = gr.Textbox(label=f"Answer {i + 1}", lines=3, buttons=["copy"], elem_id=f"answer-text-{i}")
        save = gr.Button(f"Save answer {i + 1}", size="sm")
    return group, head, text, save


def _brief_panel() -> _Brief:
    with gr.Accordion("Interview brief", open=True):
        job = gr.Dropdown(label="Job (interviews first)", choices=[], elem_id="brief-job")
        show = gr.Button("Show brief", variant="primary", elem_id="brief-show")
        md = gr.Markdown(elem_id="brief")
        file = gr.File(label="Brief as a Word document", interactive=False, elem_id="brief-file")
    return _Brief(job, show, md, file)


def _elsewhere_panel() -> _Elsewhere:
    with gr.Accordion("Applied elsewhere / apply anyway", open=True):
        gr.Markdown("Record an application you made outside jobsmith; it is tracked and counted like any other.")
        with gr.Row():
            title = gr.Textbox(label="Role title", elem_id="outside-title")
            company = gr.Textbox(label="Company", elem_id="outside-company")
        with gr.Row():
            url = gr.Textbox(label="Link (optional)")
            when = gr.Textbox(label="Applied on (YYYY-MM-DD, empty = today)")
            channel = gr.Textbox(label="How (LinkedIn Easy Apply, a recruiter...)")
        record = gr.Button("Record application", variant="primary", elem_id="outside-record")
        result = gr.Markdown(elem_id="outside-result")
        gr.Markdown("Tailor a job the gate filtered out or you rejected; say why (kept in its history).")
        with gr.Row():
            gated_job = gr.Dropdown(label="Filtered or rejected job", choices=[], elem_id="gated-job")
            gated_reason = gr.Textbox(label="Why apply anyway")
        gated = gr.Button("Apply anyway")
        gated_out = gr.Markdown(elem_id="apply-anyway-result")
    return _Elsewhere(title, company, url, when, channel, record, result, gated_job, gated_reason, gated, gated_out)


# Wiring: every handler is private (no public endpoints for the UI's internals).
def _on(event: Callable[..., Any], fn: Callable[..., Any], inputs: Any, outputs: Any) -> Any:
    return event(fn, inputs, outputs, **PRIVATE)


def _wire_replies(h: _Handlers, p: _Replies) -> None:
    _on(p.refresh.click, h.load_replies, [p.pick], [p.pick, p.summary])
    _on(p.pick.change, h.show_reply, [p.pick], p.view)
    for btn, action in ((p.confirm, "confirm"), (p.dismiss, "dismiss")):
        _on(btn.click, lambda r, o, a=action: h.decide_reply(r, o, a), [p.pick, p.outcome], p.out).then(
            h.load_replies, [p.pick], [p.pick, p.summary], **PRIVATE
        ).then(h.show_reply, [p.pick], p.view, **PRIVATE)


def _wire_followups(h: _Handlers, p: _Followups) -> None:
    outputs = [p.view, p.body, p.approve, p.done]
    _on(p.refresh.click, h.load_followups, [p.pick], [p.pick, p.summary])
    _on(p.pick.change, h.show_followup, [p.pick], outputs)
    _on(p.save.click, h.save_followup, [p.pick, p.body], p.out)
    for btn, action in ((p.approve, "approve"), (p.dismiss, "dismiss"), (p.done, "done")):
        _on(btn.click, lambda f, b, a=action: h.decide_followup(f, b, a), [p.pick, p.body], p.out).then(
            h.load_followups, [p.pick], [p.pick, p.summary], **PRIVATE
        ).then(h.show_followup, [p.pick], outputs, **PRIVATE)


def _wire_answers(h: _Handlers, p: _Answers, job_pickers: list[Any]) -> None:
    _on(p.jobs_refresh.click, h.load_jobs, job_pickers, job_pickers)
    _on(p.job.change, h.show_answers, [p.job], p.slot_outputs)
    _on(p.draft.click, h.draft, [p.job, p.questions], p.slot_outputs)
    for i, (_, _, text, save) in enumerate(p.slots):
        _on(save.click, lambda j, t, i=i: h.save_answer(j, i, t), [p.job_state, text], p.slot_outputs)
    _on(p.profile_save.click, h.save_profile, [p.topic, p.topic_answer], p.profile_out).then(
        h.load_profile, None, [p.profile_md, p.topic], **PRIVATE
    )
    _on(p.topic.change, h.topic_text, [p.topic], p.topic_saved)


def _wire_brief_and_elsewhere(h: _Handlers, brief: _Brief, p: _Elsewhere, job_pickers: list[Any]) -> None:
    _on(brief.show.click, h.brief, [brief.job], [brief.md, brief.file])
    _on(p.record.click, h.record, [p.title, p.company, p.url, p.applied_on, p.channel], p.result).then(
        h.load_jobs, job_pickers, job_pickers, **PRIVATE
    )
    _on(p.gated.click, h.anyway, [p.gated_job, p.gated_reason], p.gated_out).then(
        h.load_jobs, job_pickers, job_pickers, **PRIVATE
    )
