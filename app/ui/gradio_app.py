"""The Gradio UI (:7860). It reaches data only through the HTTP API, so it runs as its own process:

    python app/ui/gradio_app.py            # against the API at API_URL (default http://127.0.0.1:8000)

One module per tab, each with a build function; this file puts them together, keeps them live (a poll of
the API's change cursor), and launches with a login off loopback, security headers and a private temp folder.
"""

from __future__ import annotations

import os
import secrets
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `app` importable from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from app.errors import ApiError
from app.settings import Settings, get_settings


def private_temp_dir(settings: Settings) -> Path:
    """Gradio copies files it serves (tailored CVs) here: a folder under data/ only the owner can read."""
    path = Path(os.environ.get("GRADIO_TEMP_DIR") or settings.DUCKDB_PATH.parent / "gradio-tmp").resolve()
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.chmod(0o700)
    os.environ["GRADIO_TEMP_DIR"] = str(path)
    return path


os.environ.setdefault("GRADIO_TEMP_DIR", str((get_settings().DUCKDB_PATH.parent / "gradio-tmp").resolve()))

import gradio as gr  # noqa: E402

from app.ui.add_tab import build_add_tab  # noqa: E402
from app.ui.approve_tab import ApproveTab, build_approve_tab  # noqa: E402
from app.ui.board_tab import BoardTab, build_board_tab  # noqa: E402
from app.ui.client import ApiClient  # noqa: E402
from app.ui.cv_tab import build_cv_tab  # noqa: E402
from app.ui.jobs_tab import JobsTab, build_jobs_tab  # noqa: E402
from app.ui.journey_tab import build_journey_tab  # noqa: E402
from app.ui.render import CSS, banner_html  # noqa: E402
from app.ui.security import SecurityHeaders, is_loopback  # noqa: E402
from app.ui.settings_tab import build_settings_tab  # noqa: E402


def refresh_seconds() -> float:
    """How often the page asks the API whether anything changed (JOBSMITH_UI_REFRESH_SECONDS, default 3)."""
    try:
        return max(0.5, float(os.environ.get("JOBSMITH_UI_REFRESH_SECONDS", "3")))
    except ValueError:
        return 3.0


def build_ui(api_url: str) -> gr.Blocks:
    api = ApiClient(api_url)
    with gr.Blocks(title="jobsmith") as blocks:
        gr.Markdown("# jobsmith")
        top = gr.HTML(elem_id="status-banner")
        cursor = gr.State("")
        with gr.Tabs():
            approve = build_approve_tab(api)
            jobs = build_jobs_tab(api)
            board = build_board_tab(api)
            add = build_add_tab(api)
            settings = build_settings_tab(api)
            build_journey_tab(api)
            build_cv_tab(api)
        live = _Live(api, top, gr.State(False), approve, jobs, board)
        timer = gr.Timer(refresh_seconds())
        live.after(timer.tick(live.poll, [cursor], [cursor, live.changed]))
        first = blocks.load(lambda: ("", True), None, [cursor, live.changed])
        live.after(first)
        blocks.load(settings.load, None, settings.outputs)
        blocks.load(add.load, None, add.outputs)
    ui: gr.Blocks = blocks  # gradio types the `with` target as Any
    hide_api(ui)
    return ui


def _when_changed(fn: Any, n: int) -> Any:
    """`fn`, run only when the flag it now takes first is set; else its `n` outputs are left as they are."""

    def run(flag: bool, *args: Any) -> Any:
        if not flag:
            return gr.skip() if n == 1 else tuple(gr.skip() for _ in range(n))
        return fn(*args)

    return run


class _Live:
    """Keeps the page current: after an event, reloads what changed since the page last looked."""

    def __init__(
        self, api: ApiClient, top: Any, changed: Any, approve: ApproveTab, jobs: JobsTab, board: BoardTab
    ) -> None:
        self.api, self.top, self.changed = api, top, changed
        self.approve, self.jobs, self.board = approve, jobs, board

    def banner(self) -> str:
        try:
            return banner_html(self.api.overview()["banner"])
        except ApiError as exc:
            return banner_html(None, exc.message)

    def reload_open(self, jid: str, ver: str) -> Any:
        """The open job again, only when it changed (so a letter being typed is not reset)."""
        if not jid:
            return None
        try:
            now = self.api.review(jid)["version"]
        except ApiError:
            return None
        return None if now == ver else jid

    def poll(self, last: str) -> tuple[str, bool]:
        try:
            now = self.api.cursor()
        except ApiError:
            return last, False
        return now, now != last

    def after(self, event: Any) -> None:
        """After `event`: reload lists, banner, board and each open job, but only if anything changed."""
        approve, jobs, board, changed = self.approve, self.jobs, self.board, self.changed
        ev = event.then(_when_changed(self.banner, 1), [changed], self.top)
        ev = ev.then(_when_changed(approve.refresh, len(approve.outputs)), [changed, *approve.inputs], approve.outputs)
        ev = ev.then(_when_changed(jobs.refresh, len(jobs.outputs)), [changed, *jobs.inputs], jobs.outputs)
        ev = ev.then(_when_changed(board.refresh, len(board.outputs)), [changed], board.outputs)
        for panel in (approve.panel, jobs.panel):
            ev = ev.then(
                lambda f, j, v, p=panel: (
                    p.load(j) if f and self.reload_open(j, v) else tuple(gr.skip() for _ in p.outputs)
                ),
                [changed, panel.job_id, panel.version],
                panel.outputs,
            )


def hide_api(ui: gr.Blocks) -> None:
    """No endpoint of the UI is listed or offered to Gradio's API clients: the HTTP API is the API."""
    for fn in ui.fns.values():
        fn.api_visibility = "private"


def launch(ui: gr.Blocks, settings: Settings, **kwargs: Any) -> Any:
    """Launch with a private temp folder, security headers, no API page, and a login off loopback."""
    private_temp_dir(settings)
    auth = None
    if not is_loopback(settings.API_HOST):
        token = settings.API_TOKEN.get_secret_value() if settings.API_TOKEN else ""
        if not token:
            raise SystemExit(
                f"the UI would listen on {settings.API_HOST} without a login: set API_TOKEN "
                "(the UI asks for it as the password) or listen on 127.0.0.1"
            )

        def auth(_user: str, password: str) -> bool:
            return secrets.compare_digest(password.encode(), token.encode())

    from starlette.middleware import Middleware

    return ui.launch(
        server_name=settings.API_HOST,
        server_port=settings.UI_PORT,
        auth=auth,
        auth_message="jobsmith: any user name, and the API token as the password",
        footer_links=[],
        theme=gr.themes.Soft(),
        css=CSS,
        app_kwargs={"middleware": [Middleware(SecurityHeaders)]},
        **kwargs,
    )


def main() -> None:
    settings = get_settings()
    launch(build_ui(settings.api_url), settings)


if __name__ == "__main__":
    main()
