"""The CV tab: how the seeker's CV was read (name, contact, roles, skills), to confirm or correct once."""

from __future__ import annotations

from typing import Any

import gradio as gr

from app.documents.cv_outline import CvOutline
from app.documents.cv_yaml import from_yaml, to_yaml
from app.errors import ApiError, JobsmithError
from app.ui.client import ApiClient


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def outline_markdown(view: dict[str, Any]) -> str:
    o = CvOutline.model_validate(view["outline"])
    if view["confirmed"]:
        state = "✓ confirmed by you"
    elif view["usable"]:
        state = "read with high confidence — please confirm it"
    else:
        state = (
            "⚠ **confirm how your CV was read**: until you do, matched jobs wait "
            f"({view.get('waiting_jobs', 0)} waiting)"
        )
    lines = [
        f"### {view['file']}",
        state,
        "",
        f"**Name:** {o.name.value or '(none found)'}  ",
        f"**Email:** {', '.join(o.contact.emails) or '—'}  **Phone:** {', '.join(o.contact.phones) or '—'}",
        "",
        "| # | title | employer | place | dates | bullets | sure |",
        "|---|---|---|---|---|---|---|",
    ]
    for i, r in enumerate(o.roles, 1):
        lines.append(
            f"| {i} | {_md(r.title.value)} | {_md(r.employer.value)} | {_md(r.place.value)} | "
            f"{r.start.value or '?'} – {r.end.value} | {len(r.bullets)} | {r.confidence:.0%} |"
        )
    if o.skills:
        lines += ["", "**Skills:** " + _md(", ".join(o.skills[:40]))]
    if view["check"] and not view["confirmed"]:
        lines += ["", "**Please check:** " + ", ".join(view["check"])]
    lines += [f"\n_{n}_" for n in o.notes]
    return "\n".join(lines)


def build_cv_tab(api: ApiClient) -> None:
    """Add the tab to the Blocks being built."""

    def load() -> tuple[str, str]:
        try:
            view = api._call("GET", "/api/cv")
        except ApiError as exc:
            return f"⚠ {exc.message}", ""
        return outline_markdown(view), to_yaml(CvOutline.model_validate(view["outline"]), view["file"], view["check"])

    def confirm(text: str) -> tuple[str, str]:
        try:
            view = api._call("GET", "/api/cv")
            outline = (
                from_yaml(text, CvOutline.model_validate(view["outline"]))
                if text.strip()
                else CvOutline.model_validate(view["outline"])
            )
            done = api._call("PUT", "/api/cv", json=outline.model_dump(mode="json"))
        except (ApiError, JobsmithError) as exc:
            return f"⚠ {exc.message}", text
        note = f"\n\nQueued again: {len(done['requeued'])} job(s)." if done.get("requeued") else ""
        return outline_markdown(done) + note, to_yaml(CvOutline.model_validate(done["outline"]), done["file"])

    with gr.Tab("CV") as tab:
        view = gr.Markdown(elem_id="cv-outline")
        editor = gr.Code(
            label="Correct the reading here (YAML), then confirm", language="yaml", lines=20, elem_id="cv-yaml"
        )
        with gr.Row():
            reload_btn = gr.Button("Reload")
            confirm_btn = gr.Button("Confirm this reading", variant="primary")
        reload_btn.click(load, None, [view, editor])
        confirm_btn.click(confirm, [editor], [view, editor])
    tab.select(load, None, [view, editor])
