"""The Gradio UI (:7860). It reaches data only through the HTTP API, so it runs as its own process:

    python app/ui/gradio_app.py            # against the API at API_URL (default http://127.0.0.1:8000)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `app` importable from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr

from app.ui.client import ApiClient, ApiError
from app.ui.journey_tab import build_journey_tab
from app.ui.tracking_tab import build_tracking_tab
from app.ui.views import JOB_COLUMNS, dashboard_markdown, job_markdown, job_rows, sources_markdown

STATUS_CHOICES = ["all", "awaiting_approval", "pending", "queued", "processing", "dry_run_complete", "approved",
                  "sent", "filtered", "rejected", "duplicate", "skipped"]


def build_ui(api_url: str) -> gr.Blocks:
    api = ApiClient(api_url)
    downloads = Path(tempfile.mkdtemp(prefix="jobsmith-ui-"))

    def dashboard() -> str:
        try:
            return dashboard_markdown(api.stats(), api.health())
        except ApiError as exc:
            return f"⚠ {exc.message}"

    def jobs_table(status: str, query: str) -> list[list[Any]]:
        try:
            page = api.jobs(status=None if status == "all" else [status], q=query or None, limit=200)
        except ApiError as exc:
            gr.Warning(exc.message)
            return []
        return job_rows(page)

    def job_detail(job_id: str) -> tuple[str, list[str]]:
        if not job_id:
            return "Select a job.", []
        try:
            job = api.job(job_id)
            files = [str(api.download(job_id, d["name"], downloads / job_id / d["name"]))
                     for d in job.get("documents", [])]
        except ApiError as exc:
            return f"⚠ {exc.message}", []
        return job_markdown(job), files

    def on_select(evt: gr.SelectData, table: Any) -> tuple[str, str, list[str]]:
        row = evt.index[0] if isinstance(evt.index, list | tuple) else evt.index
        job_id = table.iloc[row, 0] if hasattr(table, "iloc") else table[row][0]
        md, files = job_detail(job_id)
        return job_id, md, files

    def approval_choices() -> Any:
        try:
            items = api.jobs(status=["awaiting_approval"], limit=500, sort="score")["items"]
        except ApiError as exc:
            gr.Warning(exc.message)
            items = []
        choices = [(f"{j['title']} — {j['company']} ({(j.get('score') or 0):.2f})", j["id"]) for j in items]
        return gr.update(choices=choices, value=choices[0][1] if choices else None)

    def decide(job_id: str, action: str, reason: str) -> tuple[str, Any]:
        if not job_id:
            return "Choose a job first.", approval_choices()
        try:
            job = api.approve(job_id) if action == "approve" else api.reject(job_id, reason or None)
            msg = f"✓ {job['title']} — {job['company']}: now {job['status'].replace('_', ' ')}"
        except ApiError as exc:
            msg = f"⚠ {exc.message}"
        return msg, approval_choices()

    def add_posting(url: str, text: str, file: str | None) -> str:
        try:
            if file:
                results = api.upload(Path(file))
            elif url.strip():
                results = api.add(url=url.strip())
            elif text.strip():
                results = api.add(text=text)
            else:
                return "Give a URL, paste a posting, or choose a file."
        except ApiError as exc:
            return f"⚠ {exc.message}"
        return "\n".join(f"- **{r['title']}** — {r['company']}: `{r['status']}` {r['note']}" for r in results)

    def discover_now() -> str:
        try:
            queued = api.discover()["queued"]
        except ApiError as exc:
            return f"⚠ {exc.message}"
        if not queued:
            return "No enabled source in platforms.yaml."
        return "Discovery queued for: " + ", ".join(r["source"] for r in queued)

    def sources_md() -> str:
        try:
            return sources_markdown(api.sources())
        except ApiError as exc:
            return f"⚠ {exc.message}"

    def approve_all() -> tuple[str, Any]:
        try:
            ids = [j["id"] for j in api.jobs(status=["awaiting_approval"], limit=500)["items"]]
            if not ids:
                return "Nothing is waiting for approval.", approval_choices()
            result = api.approve_many(ids)
        except ApiError as exc:
            return f"⚠ {exc.message}", approval_choices()
        return f"✓ approved {result['approved']} of {len(ids)}", approval_choices()

    def save_letter(job_id: str, letter: str) -> str:
        if not job_id or not letter.strip():
            return "Choose a job and write the letter first."
        try:
            api.set_cover_letter(job_id, letter)
        except ApiError as exc:
            return f"⚠ {exc.message}"
        return "✓ cover letter saved (the DOCX keeps the template's style); review it above, then approve"

    def replace_doc(job_id: str, kind: str, path: str | None) -> str:
        if not job_id or not path:
            return "Choose a job and a .docx file first."
        try:
            api.replace_document(job_id, kind, Path(path))
        except ApiError as exc:
            return f"⚠ {exc.message}"
        return f"✓ {kind.replace('_', ' ')} replaced with {Path(path).name}"

    def set_recipient(job_id: str, address: str) -> str:
        try:
            api.set_recipient(job_id, address)
        except ApiError as exc:
            return f"⚠ {exc.message}"
        return f"✓ will send to {address}"

    def retry(job_id: str) -> str:
        try:
            return f"Queued again: `{api.retry(job_id)['status']}`" if job_id else "Select a job."
        except ApiError as exc:
            return f"⚠ {exc.message}"

    with gr.Blocks(title="jobsmith") as ui:
        gr.Markdown("# jobsmith\nFind, match, tailor, approve — every fact traceable, nothing sent twice.")
        with gr.Tab("Dashboard"):
            dash = gr.Markdown(elem_id="dashboard")
            with gr.Accordion("Add a posting", open=False):
                url = gr.Textbox(label="Job page URL")
                text = gr.Textbox(label="…or paste the posting (first line: the title)", lines=6)
                file = gr.File(label="…or a file: API payload, RSS/Atom feed, or HTML page", type="filepath")
                add_btn = gr.Button("Add", variant="primary")
                add_out = gr.Markdown()
            add_btn.click(add_posting, [url, text, file], add_out).then(dashboard, None, dash)
            with gr.Accordion("Sources", open=False):
                sources = gr.Markdown(elem_id="sources")
                discover_btn = gr.Button("Discover now")
                discover_out = gr.Markdown()
            discover_btn.click(discover_now, None, discover_out).then(sources_md, None, sources)
        with gr.Tab("Jobs"):
            with gr.Row():
                status = gr.Dropdown(STATUS_CHOICES, value="all", label="Status")
                query = gr.Textbox(label="Search title, company, location")
                refresh = gr.Button("Refresh")
            table = gr.Dataframe(headers=JOB_COLUMNS, interactive=False, elem_id="jobs-table", wrap=True)
            selected = gr.Textbox(label="Selected job id", interactive=True)
            with gr.Row():
                retry_btn = gr.Button("Retry")
                retry_out = gr.Markdown()
            detail = gr.Markdown(elem_id="job-detail")
            files = gr.File(label="Documents", file_count="multiple", interactive=False)
            for trigger in (refresh.click, status.change, query.submit):
                trigger(jobs_table, [status, query], table)
            table.select(on_select, [table], [selected, detail, files])
            selected.submit(job_detail, [selected], [detail, files])
            retry_btn.click(retry, [selected], retry_out)
        with gr.Tab("Approval"):
            pick = gr.Dropdown(label="Waiting for your approval", choices=[], elem_id="approval-pick")
            a_detail = gr.Markdown(elem_id="approval-detail")
            a_files = gr.File(label="Tailored documents", file_count="multiple", interactive=False)
            reason = gr.Textbox(label="Reason (optional, for reject)")
            with gr.Row():
                approve_btn = gr.Button("Approve", variant="primary")
                reject_btn = gr.Button("Reject", variant="stop")
            a_out = gr.Markdown(elem_id="approval-result")
            approve_all_btn = gr.Button("Approve everything listed")
            with gr.Accordion("Edit before approving", open=False):
                letter = gr.Textbox(label="Cover letter text (blank lines separate paragraphs)", lines=10)
                letter_btn = gr.Button("Save cover letter")
                with gr.Row():
                    kind = gr.Radio(["cv", "cover_letter"], value="cv", label="Replace which document")
                    upload = gr.File(label="Your edited .docx", type="filepath", file_types=[".docx"])
                upload_btn = gr.Button("Replace document")
                recipient = gr.Textbox(label="Send to this address instead of the posting's")
                recipient_btn = gr.Button("Use this address")
                edit_out = gr.Markdown(elem_id="edit-result")
            letter_btn.click(save_letter, [pick, letter], edit_out).then(job_detail, [pick], [a_detail, a_files])
            upload_btn.click(replace_doc, [pick, kind, upload], edit_out).then(job_detail, [pick],
                                                                                [a_detail, a_files])
            recipient_btn.click(set_recipient, [pick, recipient], edit_out)
            approve_all_btn.click(approve_all, None, [a_out, pick])
            pick.change(job_detail, [pick], [a_detail, a_files])
            approve_btn.click(lambda j: decide(j, "approve", ""), [pick], [a_out, pick])
            reject_btn.click(lambda j, r: decide(j, "reject", r), [pick, reason], [a_out, pick])
        load_modes, mode_boxes = build_tracking_tab(api)
        build_journey_tab(api)
        timer = gr.Timer(5.0)
        timer.tick(dashboard, None, dash).then(sources_md, None, sources)
        ui.load(dashboard, None, dash).then(jobs_table, [status, query], table).then(approval_choices, None, pick)
        ui.load(load_modes, None, mode_boxes)
    return ui


def main() -> None:
    from app.settings import get_settings

    settings = get_settings()
    build_ui(settings.api_url).launch(server_name=settings.API_HOST, server_port=settings.UI_PORT,
                                      theme=gr.themes.Soft(), footer_links=["api"])


if __name__ == "__main__":
    main()
