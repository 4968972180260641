"""A real jobsmith for the UI's browser tests: API and UI as separate processes, a real SMTP server,
jobs added through the API. Shared by one test module (starting it costs a minute on a small machine)."""

from __future__ import annotations

import os
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from app.testing.smtp_server import SmtpTestServer
from tests.conftest import DEMO, ROOT, free_port
from tests.e2e.conftest import Proc, wait_http

ARTEFACTS = ROOT / "tmp" / "artefacts"
EMAIL_PAGE = (DEMO / "postings" / "derwentwater_lead_data_engineer.html").read_text(encoding="utf-8")
WORKING = ("queued", "processing", "discovered", "documents_ready")


def email_posting(company: str, ref: str) -> str:
    """The demo's email posting as another employer's (its own reference, site and address)."""
    slug = company.split()[0].lower()
    return EMAIL_PAGE.replace("Derwent Water Authority", company).replace("derwentwater", slug).replace("DWA-2211", ref)


def address_of(company: str) -> str:
    return f"careers@{company.split()[0].lower()}.example"


@dataclass
class Stack:
    root: Path
    api_port: int
    ui_port: int
    smtp: SmtpTestServer
    env: dict[str, str]
    procs: dict[str, Proc] = field(default_factory=dict)

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self.api_port}"

    @property
    def ui(self) -> str:
        return f"http://127.0.0.1:{self.ui_port}"

    def start_api(self, app: str = "app.main:app", **extra: str) -> None:
        env = {**self.env, **extra}
        self.procs["api"] = Proc(
            [sys.executable, "-m", "uvicorn", app, "--port", str(self.api_port)],
            env,
            self.root,
            self.root / f"api-{len(self.procs)}.log",
        )
        wait_http(f"{self.api}/health", self.procs["api"])

    def start_ui(self, name: str = "ui", port: int | None = None, **extra: str) -> str:
        port = port or self.ui_port
        proc = Proc(
            [sys.executable, str(ROOT / "app" / "ui" / "gradio_app.py")],
            {**self.env, **extra, "UI_PORT": str(port)},
            self.root,
            self.root / f"{name}.log",
        )
        self.procs[name] = proc
        wait_http(f"http://127.0.0.1:{port}", proc, timeout=120)
        return f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        for proc in reversed(list(self.procs.values())):
            proc.stop()
        self.smtp.stop()

    def get(self, path: str, **params: Any) -> Any:
        return httpx.get(f"{self.api}{path}", params=params, timeout=30).json()

    def post(self, path: str, body: Any = None) -> Any:
        resp = httpx.post(f"{self.api}{path}", json=body, timeout=60)
        return resp.json()

    def status(self, job_id: str) -> str:
        return str(self.get(f"/api/jobs/{job_id}")["status"])

    def add_email_job(self, company: str, ref: str) -> str:
        added = self.post("/api/jobs", {"payload": email_posting(company, ref), "filename": "page.html"})
        return str(added[0]["job_id"])

    def wait_status(self, job_id: str, *statuses: str, timeout: float = 180) -> str:
        deadline = time.monotonic() + timeout
        status = ""
        while time.monotonic() < deadline:
            status = self.status(job_id)
            if status in statuses:
                return status
            time.sleep(0.5)
        raise AssertionError(f"job {job_id} is {status}, never {statuses}")

    def wait_idle(self, timeout: float = 240) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            counts = self.get("/api/stats")["by_status"]
            if not any(counts.get(s) for s in WORKING):
                return
            time.sleep(0.5)
        raise AssertionError("the pipeline never went idle")

    def sent_to(self) -> list[str]:
        return [r for m in self.smtp.handler.messages for r in m.rcpt_tos]


def make_stack(root: Path, *, refresh_seconds: str = "3600") -> Stack:
    """Working folders like `jobsmith init` (demo criteria and CV, no PDFs, no send spacing), a real SMTP
    server, the API and the UI as processes."""
    (root / "config").mkdir(parents=True)
    shutil.copy(DEMO / "config" / "search.yaml", root / "config" / "search.yaml")
    (root / "config" / "agents.yaml").write_text("export_pdf: false\n")
    (root / "config" / "mail.yaml").write_text("limits: {min_spacing_seconds: 0, per_hour: 100, per_day: 100}\n")
    templates = root / "current_cv_coverletter"
    templates.mkdir()
    for f in (DEMO / "cv").glob("*.docx"):
        shutil.copy(f, templates / f.name)
    smtp = SmtpTestServer().start()
    api_port, ui_port = free_port(), free_port()
    env = {
        **os.environ,
        "GRADIO_ANALYTICS_ENABLED": "False",
        "REDIS_URL": "",
        "API_PORT": str(api_port),
        "API_URL": f"http://127.0.0.1:{api_port}",
        "DUCKDB_PATH": str(root / "data" / "j.duckdb"),
        "CONFIG_DIR": str(root / "config"),
        "TEMPLATES_DIR": str(templates),
        "EXPORT_DIR": str(root / "export"),
        "SMTP_SERVER": "127.0.0.1",
        "SMTP_PORT": str(smtp.port),
        "SENDER_EMAIL": smtp.handler.username,
        "SENDER_PASSWORD": smtp.handler.password,
        "JOBSMITH_UI_REFRESH_SECONDS": refresh_seconds,
        "PYTHONPATH": str(ROOT),
    }
    for key in ("API_HOST", "API_TOKEN", "GRADIO_TEMP_DIR", "JOBSMITH_TEST_KILL_AT"):
        env.pop(key, None)
    stack = Stack(root, api_port, ui_port, smtp, env)
    try:
        stack.start_api()
        for path in sorted((DEMO / "postings").iterdir()):
            stack.post("/api/jobs", {"payload": path.read_text(encoding="utf-8"), "filename": path.name})
        stack.start_ui()
        stack.wait_idle()
    except BaseException:
        stack.stop()
        raise
    return stack


def shot(page: Any, name: str) -> Path:
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTEFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    print(f"screenshot: {path}")
    return path
