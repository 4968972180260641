"""The "After applying" tab (issue #16): replies to confirm, follow-ups to approve, form answers,
interview briefs, and applications made elsewhere. Everything goes through the HTTP API; every
job, reply and follow-up is picked from a list, never typed as an id."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
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


def build_journey_tab(api: ApiClient) -> None:
    """Build the tab inside the caller's gr.Blocks; it loads its lists when the page opens."""

    def jobs(statuses: list[str] | None = None) -> list[dict[str, Any]]:
        return api.jobs(status=statuses, limit=500)["items"]

    # --- replies -------------------------------------------------------------------------------
    def load_replies(keep: str | None = None) -> tuple[Any, str]:
        try:
            items = api.replies("proposed")
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

    def show_reply(rid: str | None) -> str:
        if not rid:
            return ""
        try:
            found = [r for r in api.replies("proposed") if r["id"] == rid]
        except ApiError as exc:
            return _warn(exc)
        return reply_markdown(found[0]) if found else "This reply was already settled."

    def decide_reply(rid: str | None, outcome: str, action: str) -> str:
        if not rid:
            return "Pick a reply first."
        try:
            if action == "dismiss":
                r = api.dismiss_reply(rid)
                return f"✓ Dismissed: the reply from {r['sender']} is kept, the job's outcome is unchanged."
            r = api.confirm_reply(rid, None if outcome == AS_PROPOSED else outcome)
            job = api.job(r["job_id"])
        except ApiError as exc:
            return _warn(exc)
        return (
            f"✓ Confirmed: {job['title']} — {job['company']} is now "
            f"{str(job['status']).replace('_', ' ')} (outcome {r.get('confirmed_outcome')})."
        )

    # --- follow-ups ----------------------------------------------------------------------------
    def load_followups(keep: str | None = None) -> tuple[Any, str]:
        try:
            items = api.followups("draft")
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

    def show_followup(fid: str | None) -> tuple[str, str, Any, Any]:
        hidden = gr.update(visible=False)
        if not fid:
            return "", "", hidden, hidden
        try:
            found = [f for f in api.followups("draft") if f["id"] == fid]
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

    def save_followup(fid: str | None, body: str) -> str:
        if not fid:
            return "Pick a follow-up first."
        try:
            api.edit_followup(fid, body)
        except ApiError as exc:
            return _warn(exc)
        return "✓ Saved your wording."

    def decide_followup(fid: str | None, body: str, action: str) -> str:
        if not fid:
            return "Pick a follow-up first."
        try:
            current = [f for f in api.followups("draft") if f["id"] == fid]
            if action == "approve" and current and current[0]["body"] != body:
                api.edit_followup(fid, body)  # approve what the seeker sees, edits included
            f = api.decide_followup(fid, action)
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
        ans: str | None = None, brief_pick: str | None = None, gated_pick: str | None = None
    ) -> tuple[Any, Any, Any]:
        """Fill the three job pickers, keeping what the seeker has picked."""
        try:
            every = jobs()
            interview = [j for j in every if j["status"] == "interview"]
            gated = jobs(["filtered", "rejected"])
        except ApiError as exc:
            gr.Warning(exc.message)
            empty = gr.update(choices=[], value=None)
            return empty, empty, empty
        all_choices = [(_job_label(j), j["id"]) for j in every]
        brief_choices = [(_job_label(j), j["id"]) for j in interview] + [
            c for c, j in zip(all_choices, every, strict=True) if j["status"] != "interview"
        ]
        gated_choices = [(_job_label(j), j["id"]) for j in gated]

        def keep(choices: list[tuple[str, str]], current: str | None, first: bool) -> Any:
            ids = [c[1] for c in choices]
            value = current if current in ids else (ids[0] if first and ids else None)
            return gr.update(choices=choices, value=value)

        return (
            keep(all_choices, ans, True),
            keep(brief_choices, brief_pick, True),
            keep(gated_choices, gated_pick, False),
        )

    # --- form answers ---------------------------------------------------------------------------
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

    def draft(job_id: str | None, questions: str) -> list[Any]:
        if not job_id:
            return answer_slots(None, [], "Pick a job first.")
        parsed = _parse_questions(questions)
        if not parsed:
            return answer_slots(job_id, [], "Write the form's questions, one per line (optionally `| 500`).")
        try:
            api.draft_answers(job_id, parsed)
            items = api.form_answers(job_id)
        except ApiError as exc:
            return answer_slots(job_id, [], _warn(exc))
        waiting = sum(a["state"] == "needs_you" for a in items)
        note = f" {waiting} left for you to write." if waiting else ""
        return answer_slots(job_id, items, f"✓ Drafted {len(items)} answer{'s' if len(items) != 1 else ''}.{note}")

    def show_answers(job_id: str | None) -> list[Any]:
        if not job_id:
            return answer_slots(None, [], "")
        try:
            items = api.form_answers(job_id)
        except ApiError as exc:
            return answer_slots(job_id, [], _warn(exc))
        return answer_slots(
            job_id,
            items,
            f"{len(items)} saved answers for this job." if items else "No answers drafted for this job yet.",
        )

    def save_answer(job_id: str, idx: int, text: str) -> list[Any]:
        if not job_id:
            return answer_slots(None, [], "Pick a job and draft its answers first.")
        try:
            items = api.edit_form_answer(job_id, idx, text)
        except ApiError as exc:
            return answer_slots(job_id, api_items_or_empty(job_id), _warn(exc))
        return answer_slots(job_id, items, f"✓ Saved answer {idx + 1}.")

    def api_items_or_empty(job_id: str) -> list[dict[str, Any]]:
        try:
            return api.form_answers(job_id)
        except ApiError:
            return []

    def load_profile() -> tuple[str, Any]:
        try:
            p = api.profile_answers()
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

    def save_profile(topic: str | None, text: str) -> str:
        if not topic:
            return "Pick a topic first."
        try:
            saved = dict(api.profile_answers().get("answers") or {})
            saved[topic] = text
            api.save_profile_answers(saved)
        except ApiError as exc:
            return _warn(exc)
        return (
            f"✓ Saved your answer about {topic.replace('_', ' ')}."
            if text.strip()
            else f"✓ Removed your answer about {topic.replace('_', ' ')}."
        )

    def topic_text(topic: str | None) -> str:
        """What is saved for the picked topic, shown beside the box (never written into it: a late answer
        would overwrite what the seeker is typing)."""
        if not topic:
            return ""
        try:
            saved = (api.profile_answers().get("answers") or {}).get(topic, "")
        except ApiError as exc:
            return f"⚠ {md_escape(exc.message)}"
        return f"Saved now: {md_escape(saved)}" if saved else "Nothing saved for this topic yet."

    # --- interview brief ------------------------------------------------------------------------
    def brief(job_id: str | None) -> tuple[str, str | None]:
        if not job_id:
            return "Pick a job first.", None
        try:
            md = brief_markdown(api.interview_brief(job_id))
            path = api.interview_brief_docx(
                job_id, Path(tempfile.mkdtemp(prefix="jobsmith-brief-")) / "interview_brief.docx"
            )
        except ApiError as exc:
            return _warn(exc), None
        return md, str(path)

    # --- applications made elsewhere, apply anyway ------------------------------------------------
    def record(title: str, company: str, url: str, when: str, channel: str) -> str:
        when = when.strip()
        if when:
            try:
                date.fromisoformat(when)
            except ValueError:
                return "⚠ The date should look like 2026-11-30 (or leave it empty for today)."
        try:
            r = api.record_outside(
                title=title, company=company, url=url.strip() or None, applied_on=when or None, channel=channel
            )
        except ApiError as exc:
            return _warn(exc)
        job = r.get("job") if isinstance(r.get("job"), dict) else r
        status = str(job.get("status", "applied")).replace("_", " ")
        return f"✓ Recorded: {job.get('title', title)} — {job.get('company', company)} is tracked as {status}."

    def anyway(job_id: str | None, reason: str) -> str:
        if not job_id:
            return "Pick a filtered or rejected job first."
        try:
            api.apply_anyway(job_id, reason)
            job = api.job(job_id)
        except ApiError as exc:
            return _warn(exc)
        return (
            f"✓ {job['title']} — {job['company']} is queued for tailoring despite the "
            f"{'gate' if job['status'] != 'rejected' else 'score'}; your reason is kept in its history."
        )

    with gr.Tab("After applying", elem_id="journey-tab"):
        with gr.Accordion("Replies to confirm", open=True):
            replies_summary = gr.Markdown(elem_id="replies-summary")
            reply_pick = gr.Dropdown(label="Reply", choices=[], elem_id="reply-pick")
            reply_view = gr.Markdown(elem_id="reply-detail")
            with gr.Row():
                reply_outcome = gr.Dropdown([AS_PROPOSED, *OUTCOMES], value=AS_PROPOSED, label="Record as")
                confirm_btn = gr.Button("Confirm", variant="primary", elem_id="reply-confirm")
                dismiss_btn = gr.Button("Dismiss", elem_id="reply-dismiss")
                reply_refresh = gr.Button("Refresh")
            reply_out = gr.Markdown(elem_id="reply-result")

        with gr.Accordion("Follow-ups to approve", open=True):
            fu_summary = gr.Markdown(elem_id="followups-summary")
            fu_pick = gr.Dropdown(label="Follow-up", choices=[], elem_id="followup-pick")
            fu_view = gr.Markdown(elem_id="followup-detail")
            fu_body = gr.Textbox(label="Message (edit freely)", lines=6, elem_id="followup-body")
            with gr.Row():
                fu_approve = gr.Button("Approve & send", variant="primary", visible=False, elem_id="followup-approve")
                fu_done = gr.Button("Done", visible=False, elem_id="followup-done")
                fu_save = gr.Button("Save wording")
                fu_dismiss = gr.Button("Dismiss")
                fu_refresh = gr.Button("Refresh")
            fu_out = gr.Markdown(elem_id="followup-result")

        with gr.Accordion("Application form answers", open=True):
            jobs_refresh = gr.Button("Refresh job lists", size="sm")
            ans_job = gr.Dropdown(label="Job", choices=[], elem_id="answers-job")
            questions = gr.Textbox(
                label="The form's questions, one per line (optional character limit: “Why this role? | 500”)",
                lines=4,
                elem_id="answers-questions",
            )
            draft_btn = gr.Button("Draft answers", variant="primary", elem_id="answers-draft")
            ans_out = gr.Markdown(elem_id="answers-result")
            ans_job_state = gr.State("")
            slots: list[tuple[Any, Any, Any, Any]] = []
            for i in range(MAX_ANSWERS):
                with gr.Group(visible=False) as group:
                    head = gr.Markdown(elem_id=f"answer-head-{i}")
                    text = gr.Textbox(label=f"Answer {i + 1}", lines=3, buttons=["copy"], elem_id=f"answer-text-{i}")
                    save = gr.Button(f"Save answer {i + 1}", size="sm")
                slots.append((group, head, text, save))
            slot_outputs: list[Any] = [ans_out, ans_job_state]
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

        with gr.Accordion("Interview brief", open=True):
            brief_job = gr.Dropdown(label="Job (interviews first)", choices=[], elem_id="brief-job")
            brief_btn = gr.Button("Show brief", variant="primary", elem_id="brief-show")
            brief_md = gr.Markdown(elem_id="brief")
            brief_file = gr.File(label="Brief as a Word document", interactive=False, elem_id="brief-file")

        with gr.Accordion("Applied elsewhere / apply anyway", open=True):
            gr.Markdown("Record an application you made outside jobsmith; it is tracked and counted like any other.")
            with gr.Row():
                out_title = gr.Textbox(label="Role title", elem_id="outside-title")
                out_company = gr.Textbox(label="Company", elem_id="outside-company")
            with gr.Row():
                out_url = gr.Textbox(label="Link (optional)")
                out_date = gr.Textbox(label="Applied on (YYYY-MM-DD, empty = today)")
                out_channel = gr.Textbox(label="How (LinkedIn Easy Apply, a recruiter...)")
            out_btn = gr.Button("Record application", variant="primary", elem_id="outside-record")
            out_result = gr.Markdown(elem_id="outside-result")
            gr.Markdown("Tailor a job the gate filtered out or you rejected; say why (kept in its history).")
            with gr.Row():
                gated_job = gr.Dropdown(label="Filtered or rejected job", choices=[], elem_id="gated-job")
                gated_reason = gr.Textbox(label="Why apply anyway")
            gated_btn = gr.Button("Apply anyway")
            gated_out = gr.Markdown(elem_id="apply-anyway-result")

    # Wiring: every handler is private (no public endpoints for the UI's internals).
    def on(event: Callable[..., Any], fn: Callable[..., Any], inputs: Any, outputs: Any) -> Any:
        return event(fn, inputs, outputs, **PRIVATE)

    on(reply_refresh.click, load_replies, [reply_pick], [reply_pick, replies_summary])
    on(reply_pick.change, show_reply, [reply_pick], reply_view)
    for btn, action in ((confirm_btn, "confirm"), (dismiss_btn, "dismiss")):
        on(btn.click, lambda r, o, a=action: decide_reply(r, o, a), [reply_pick, reply_outcome], reply_out).then(
            load_replies, [reply_pick], [reply_pick, replies_summary], **PRIVATE
        ).then(show_reply, [reply_pick], reply_view, **PRIVATE)

    fu_outputs = [fu_view, fu_body, fu_approve, fu_done]
    on(fu_refresh.click, load_followups, [fu_pick], [fu_pick, fu_summary])
    on(fu_pick.change, show_followup, [fu_pick], fu_outputs)
    on(fu_save.click, save_followup, [fu_pick, fu_body], fu_out)
    for btn, action in ((fu_approve, "approve"), (fu_dismiss, "dismiss"), (fu_done, "done")):
        on(btn.click, lambda f, b, a=action: decide_followup(f, b, a), [fu_pick, fu_body], fu_out).then(
            load_followups, [fu_pick], [fu_pick, fu_summary], **PRIVATE
        ).then(show_followup, [fu_pick], fu_outputs, **PRIVATE)

    job_pickers = [ans_job, brief_job, gated_job]
    on(jobs_refresh.click, load_jobs, job_pickers, job_pickers)
    on(ans_job.change, show_answers, [ans_job], slot_outputs)
    on(draft_btn.click, draft, [ans_job, questions], slot_outputs)
    for i, (_, _, text, save) in enumerate(slots):
        on(save.click, lambda j, t, i=i: save_answer(j, i, t), [ans_job_state, text], slot_outputs)
    on(profile_save.click, save_profile, [topic, topic_answer], profile_out).then(
        load_profile, None, [profile_md, topic], **PRIVATE
    )
    on(topic.change, topic_text, [topic], topic_saved)

    on(brief_btn.click, brief, [brief_job], [brief_md, brief_file])
    on(out_btn.click, record, [out_title, out_company, out_url, out_date, out_channel], out_result).then(
        load_jobs, job_pickers, job_pickers, **PRIVATE
    )
    on(gated_btn.click, anyway, [gated_job, gated_reason], gated_out).then(
        load_jobs, job_pickers, job_pickers, **PRIVATE
    )

    # Fill the lists when the page opens (the parent Blocks is the one being built).
    parent = gr.context.Context.root_block
    if parent is not None:
        on(parent.load, load_replies, None, [reply_pick, replies_summary])
        on(parent.load, load_followups, None, [fu_pick, fu_summary])
        on(parent.load, load_jobs, None, job_pickers)
        on(parent.load, load_profile, None, [profile_md, topic])
