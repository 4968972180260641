"""From the user's side: `jobsmith up` with the demo, and the UI in headless Chromium."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import httpx
import pytest
from docx import Document

from tests.e2e.conftest import ARTIFACTS, ROOT, wait_http

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _env(tmp_path: Path, ports: dict[str, int]) -> dict[str, str]:
    return {
        "API_PORT": str(ports["api"]),
        "UI_PORT": str(ports["ui"]),
        "REDIS_URL": "",
        "DUCKDB_PATH": str(tmp_path / "data" / "j.duckdb"),
        "CONFIG_DIR": str(tmp_path / "config"),
        "TEMPLATES_DIR": str(tmp_path / "current_cv_coverletter"),
        "EXPORT_DIR": str(tmp_path / "export"),
    }


def _wait_for_status(api: str, status: str, at_least: int, timeout: float = 240) -> dict:
    deadline = time.monotonic() + timeout
    stats: dict = {}
    while time.monotonic() < deadline:
        stats = httpx.get(f"{api}/api/stats", timeout=5).json()
        working = sum(stats["by_status"].get(s, 0) for s in ("queued", "processing", "discovered"))
        if stats["by_status"].get(status, 0) >= at_least and not working:
            return stats
        time.sleep(1)
    raise AssertionError(f"never reached {at_least} x {status}: {stats}")


def test_run_command_serves_the_demo_through_to_approval_in_a_browser(spawn, ports, browser, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The README's run command itself (its install step finds everything already installed).
    app = spawn(["bash", str(ROOT / "scripts" / "run")], _env(tmp_path, ports), "up")
    api, ui = f"http://127.0.0.1:{ports['api']}", f"http://127.0.0.1:{ports['ui']}"
    wait_http(f"{api}/health", app)
    stats = _wait_for_status(api, "awaiting_approval", at_least=4)
    wait_http(ui, app)
    deadline = time.monotonic() + 30
    while "Press Ctrl-C" not in app.output() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert "demo seeker" in app.output()
    assert f"http://127.0.0.1:{ports['ui']}" in app.output()

    ready = httpx.get(f"{api}/api/jobs", params={"status": "awaiting_approval"}).json()["items"]
    titles = {j["title"] for j in ready}
    assert any("Data" in t for t in titles)
    cv = Path(next(j["folder"] for j in ready)) / "Alex_Morgan_CV.docx"
    assert {"Title", "Heading 1", "List Bullet"} <= {p.style.name for p in Document(str(cv)).paragraphs}

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(ui)
    page.locator("#status-banner").get_by_text("Demo data").wait_for(timeout=30000)
    page.get_by_role("tab", name="Jobs", exact=True).click()
    page.locator("#jobs-pick").get_by_text(ready[0]["title"]).first.wait_for(timeout=30000)
    assert page.locator("#jobs-pick label").count() == stats["total"]  # every job, as a card
    page.get_by_role("tab", name="Approve", exact=True).click()
    page.locator("#approval-view").get_by_text("Match:").wait_for(timeout=30000)
    detail = page.locator("#approval-view").inner_text()
    assert "Alex Morgan" in detail and "Your original" in detail
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "approval.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    page.locator("#approval-approve").click()
    page.locator("#approval-result").get_by_text("approved").wait_for(timeout=30000)
    assert httpx.get(f"{api}/api/stats").json()["by_status"].get("approved") == 1


def test_api_and_ui_run_as_separate_processes_without_a_database_lock(
    spawn,
    ports,
    browser,
    tmp_path,  # type: ignore[no-untyped-def]
    workdir,
) -> None:
    env = {**_env(workdir, ports), "API_URL": f"http://127.0.0.1:{ports['api']}"}
    api_proc = spawn([sys.executable, "-m", "uvicorn", "app.main:app", "--port", str(ports["api"])], env, "api")
    ui_proc = spawn([sys.executable, str(ROOT / "app" / "ui" / "gradio_app.py")], env, "ui")
    api, ui = f"http://127.0.0.1:{ports['api']}", f"http://127.0.0.1:{ports['ui']}"
    wait_http(f"{api}/health", api_proc)
    posting = (ROOT / "app" / "demo" / "postings" / "derwentwater_lead_data_engineer.html").read_text()
    added = httpx.post(f"{api}/api/jobs", json={"payload": posting, "filename": "page.html"}, timeout=30).json()
    _wait_for_status(api, "awaiting_approval", at_least=1, timeout=120)
    wait_http(ui, ui_proc)
    page = browser.new_page()
    page.goto(ui)
    page.get_by_role("tab", name="Approve", exact=True).click()
    page.locator("#approval-view").get_by_text(added[0]["title"]).first.wait_for(timeout=30000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "separate-processes.png"))

    # Modes are changed from the UI and stored by the app (the API sees the change).
    page.get_by_role("tab", name="Settings", exact=True).click()
    page.locator("#mode-dry-run input").check()
    page.get_by_role("button", name="Save modes").click()
    page.locator("#modes-result").get_by_text("dry run on").wait_for(timeout=30000)
    assert httpx.get(f"{api}/api/modes").json()["dry_run"] is True
    logs = api_proc.output() + ui_proc.output()
    assert "lock" not in logs.lower(), logs[-2000:]
    assert api_proc.p.poll() is None and ui_proc.p.poll() is None
