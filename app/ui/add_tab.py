"""The Add tab: add a posting (URL, pasted text or a file), the sources with their last run, counts."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr

from app.errors import ApiError
from app.ui.client import ApiClient
from app.ui.job_panel import bad, friendly, ok
from app.ui.labels import status_label
from app.ui.render import e


def sources_html(sources: list[dict[str, Any]]) -> str:
    if not sources:
        return "<p>No sources configured: turn some on in Settings or in config/platforms.yaml.</p>"
    rows = []
    for s in sources:
        last = s.get("last_run") or {}
        state = ("✓ ok" if last.get("ok") else f"✗ {last.get('error')}") if last else "never run"
        rows.append(
            f"<tr><td>{e(s['name'])}{'' if s['enabled'] else ' (off)'}</td><td>{e(s['type'])}</td>"
            f"<td>{e(str(last.get('created_at', ''))[:16])}</td><td>{e(last.get('found', ''))}</td>"
            f"<td>{e(last.get('new_jobs', ''))}</td><td>{e(state)}</td></tr>"
        )
    return (
        "<table><thead><tr><th>Source</th><th>Type</th><th>Last run</th><th>Found</th><th>New</th><th></th>"
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


@dataclass
class AddTab:
    load: Any
    outputs: list[Any]


def build_add_tab(api: ApiClient) -> AddTab:
    h = _AddHandlers(api)
    with gr.Tab("Add jobs", id="add"):
        url = gr.Textbox(label="Job page URL", elem_id="add-url")
        text = gr.Textbox(label="…or paste the posting (first line: the title)", lines=6, elem_id="add-text")
        file = gr.File(label="…or a file: API payload, RSS/Atom feed, or HTML page", type="filepath")
        add_btn = gr.Button("Add", variant="primary", elem_id="add-btn")
        add_out = gr.HTML(elem_id="add-result")
        gr.Markdown("### Sources")
        sources = gr.HTML(elem_id="sources")
        discover_btn = gr.Button("Discover now", elem_id="discover")
        discover_out = gr.HTML(elem_id="discover-result")
    add_btn.click(h.add, [url, text, file], add_out)
    discover_btn.click(h.discover, None, discover_out).then(h.load, None, sources)
    return AddTab(h.load, [sources])


class _AddHandlers:
    def __init__(self, api: ApiClient) -> None:
        self.api = api

    def add(self, u: str, t: str, f: str | None) -> str:
        if not (f or u.strip() or t.strip()):
            return bad("Give a URL, paste a posting, or choose a file.")
        try:
            results = self._added(u, t, f)
        except ApiError as exc:
            return bad(friendly(exc))
        return "".join(
            ok(
                f"{r['title']} — {r['company']}: {status_label(r['status']).lower()}"
                + (f" ({r['note']})" if r.get("note") else "")
            )
            for r in results
        )

    def _added(self, u: str, t: str, f: str | None) -> list[dict[str, Any]]:
        """The file if one is chosen, else the URL, else the pasted text."""
        if f:
            return self.api.upload(Path(f))
        if u.strip():
            return self.api.add(url=u.strip())
        return self.api.add(text=t)

    def load(self) -> str:
        try:
            return sources_html(self.api.sources())
        except ApiError as exc:
            return bad(friendly(exc))

    def discover(self) -> str:
        try:
            queued = self.api.discover()["queued"]
        except ApiError as exc:
            return bad(friendly(exc))
        if not queued:
            return bad("No source is on: turn one on in Settings.")
        return ok("Discovery queued for: " + ", ".join(r["source"] for r in queued))
