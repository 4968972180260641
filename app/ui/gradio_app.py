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
from app.ui.job_panel import ONE_AT_A_TIME  # noqa: E402
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
        live = _Live(api, top, cursor, approve, jobs, board)
        timer = gr.Timer(refresh_seconds())
        approve.settle(timer.tick(live.tick, live.inputs, live.outputs, trigger_mode="once", **ONE_AT_A_TIME))
        first_look = blocks.load(lambda *a: live.tick("", *a[1:]), live.inputs, live.outputs, **ONE_AT_A_TIME)
        approve.settle(first_look)
        blocks.load(settings.load, None, settings.outputs)
        blocks.load(add.load, None, add.outputs)
    ui: gr.Blocks = blocks  # gradio types the `with` target as Any
    hide_api(ui)
    return ui


class _Live:
    """Keeps the page current: on each tick, reloads what changed since the page last looked.

    One tick is one step that polls the change cursor and reloads in the same call. Split into a poll and
    steps chained after it, a second tick could reset the "changed" flag before the lists were reloaded,
    and the change was never shown (seen under load with a refresh every second).
    """

    def __init__(
        self, api: ApiClient, top: Any, cursor: Any, approve: ApproveTab, jobs: JobsTab, board: BoardTab
    ) -> None:
        self.api, self.approve, self.jobs, self.board = api, approve, jobs, board
        self.panels = (approve.panel, jobs.panel)
        self.inputs = [cursor, *approve.inputs, *jobs.inputs]
        self.outputs = [cursor, top, *approve.outputs, *jobs.outputs, *board.outputs]
        for panel in self.panels:
            self.inputs += [panel.job_id, panel.version, panel.letter, panel.letter_shown]
            self.outputs += panel.outputs

    def banner(self) -> str:
        try:
            return banner_html(self.api.overview()["banner"])
        except ApiError as exc:
            return banner_html(None, exc.message)

    def changed_review(self, jid: str, ver: str) -> dict[str, Any] | None:
        """The open job's review, only when the job changed since the page showed it."""
        if not jid:
            return None
        try:
            review: dict[str, Any] = self.api.review(jid)
        except ApiError:
            return None
        return None if review["version"] == ver else review

    def tick(self, last: str, *args: Any) -> tuple[Any, ...]:
        """Every output skipped when the cursor has not moved; else the banner, lists, board and open jobs."""
        try:
            now = self.api.cursor()
        except ApiError:
            now = last
        if now == last:
            return tuple(gr.skip() for _ in self.outputs)
        n_a, n_j = len(self.approve.inputs), len(self.jobs.inputs)
        a_in, j_in, open_jobs = args[:n_a], args[n_a : n_a + n_j], args[n_a + n_j :]
        out: list[Any] = [now, self.banner()]
        out += self.approve.refresh(*a_in)
        out += self.jobs.refresh(*j_in)
        out += self.board.refresh()
        for i, panel in enumerate(self.panels):
            jid, ver, typed, shown = open_jobs[4 * i : 4 * i + 4]
            review = self.changed_review(jid, ver)
            out += panel.reloaded(jid, review, typed, shown) if review else [gr.skip() for _ in panel.outputs]
        return tuple(out)


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
