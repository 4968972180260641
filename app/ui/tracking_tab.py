"""The Tracking tab: modes, outcomes, the apply-link hand-off, unknown sends, metrics and CSV."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import gradio as gr

from app.ui.client import ApiClient, ApiError

OUTCOMES = ["responded", "interview", "offer", "declined", "no_response", "withdrawn"]


def metrics_markdown(m: dict[str, Any]) -> str:
    lines = ["### Metrics"]
    for key, value in m.items():
        if isinstance(value, dict | list):
            continue
        lines.append(f"- **{key.replace('_', ' ')}**: {value}")
    funnel = m.get("funnel_by_source") or m.get("funnel") or []
    if isinstance(funnel, list) and funnel and isinstance(funnel[0], dict):
        cols = list(funnel[0])
        lines += ["", "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        lines += ["| " + " | ".join(str(row.get(c, "")) for c in cols) + " |" for row in funnel]
    return "\n".join(lines)


def build_tracking_tab(api: ApiClient) -> tuple[Any, list[Any]]:
    """Build the tab; returns the function that loads the stored modes and the components it fills."""
    def load_modes() -> tuple[bool, bool]:
        try:
            m = api.modes()
        except ApiError as exc:
            gr.Warning(exc.message)
            return True, False
        return m["approval_mode"], m["dry_run"]

    def save_modes(approval: bool, dry: bool) -> str:
        try:
            m = api.modes(approval_mode=approval, dry_run=dry)
        except ApiError as exc:
            return f"⚠ {exc.message}"
        on = {True: "on", False: "off"}
        return f"Saved: approval mode {on[m['approval_mode']]}, dry run {on[m['dry_run']]}."

    def act(job_id: str, action: str, outcome: str, notes: str) -> str:
        if not job_id.strip():
            return "Give a job id (from the Jobs tab)."
        try:
            job = {"applied": lambda: api.mark_applied(job_id, notes or None),
                   "sent": lambda: api.confirm(job_id, True, notes or None),
                   "not_sent": lambda: api.confirm(job_id, False, notes or None),
                   "outcome": lambda: api.outcome(job_id, outcome, notes or None)}[action]()
        except ApiError as exc:
            return f"⚠ {exc.message}"
        return f"✓ {job['title']} — {job['company']}: now {job['status'].replace('_', ' ')}"

    def show_metrics() -> tuple[str, str | None]:
        try:
            md = metrics_markdown(api.metrics())
            path = Path(tempfile.mkdtemp(prefix="jobsmith-csv-")) / "applications.csv"
            path.write_text(api.export_csv(), encoding="utf-8")
        except ApiError as exc:
            return f"⚠ {exc.message}", None
        return md, str(path)

    with gr.Tab("Tracking"):
        with gr.Row():
            approval = gr.Checkbox(label="Approval mode: ask me before anything is sent", elem_id="mode-approval")
            dry = gr.Checkbox(label="Dry run: prepare documents, never send", elem_id="mode-dry-run")
            save = gr.Button("Save modes")
        modes_out = gr.Markdown(elem_id="modes-result")
        save.click(save_modes, [approval, dry], modes_out)
        gr.Markdown("### An application")
        job_id = gr.Textbox(label="Job id")
        with gr.Row():
            outcome = gr.Dropdown(OUTCOMES, value="responded", label="Outcome")
            notes = gr.Textbox(label="Notes")
        with gr.Row():
            record = gr.Button("Record outcome", variant="primary")
            applied = gr.Button("I applied via the link")
            sent = gr.Button("Unknown send: it was sent")
            not_sent = gr.Button("Unknown send: it was not sent")
        act_out = gr.Markdown(elem_id="tracking-result")
        for button, action in ((record, "outcome"), (applied, "applied"), (sent, "sent"), (not_sent, "not_sent")):
            button.click(lambda j, o, n, a=action: act(j, a, o, n), [job_id, outcome, notes], act_out)
        refresh = gr.Button("Refresh metrics")
        metrics = gr.Markdown(elem_id="metrics")
        csv = gr.File(label="All applications (CSV)", interactive=False)
        refresh.click(show_metrics, None, [metrics, csv])
    return load_modes, [approval, dry]
