"""Build approved jobs with real tailored DOCX files directly in the store (no pipeline needed)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from app.domain.models import Job
from app.domain.status import Status
from app.settings import Settings
from app.store import Store
from app.store.jobs import insert_job, transition

DEMO_CV = Path(__file__).resolve().parents[2] / "app" / "demo" / "cv"
SENDER = "seeker@example.test"
PASSWORD = "app-password"
PATH_TO_APPROVED = (Status.QUEUED, Status.PROCESSING, Status.DOCUMENTS_READY, Status.AWAITING_APPROVAL, Status.APPROVED)


def mail_settings(db: Path, port: int, *, password: str | None = PASSWORD) -> Settings:
    return Settings(
        _env_file=None,
        DUCKDB_PATH=db,
        CONFIG_DIR=db.parent / "config",
        SMTP_SERVER="127.0.0.1",
        SMTP_PORT=port,
        SENDER_EMAIL=SENDER,
        SENDER_PASSWORD=password,
    )


def add_job(
    store: Store,
    folder: Path,
    *,
    n: int = 0,
    title: str = "Lead Data Engineer",
    company: str = "Derwent Water Authority",
    apply_email: str | None = "careers@derwentwater.example",
    apply_url: str | None = None,
    group_id: str | None = None,
    status: Status = Status.APPROVED,
    source: str = "demo",
) -> str:
    """Insert a job walked to `status` with the demo CV and cover letter as its tailored documents."""
    job = Job(
        title=title,
        company=company,
        apply_email=apply_email,
        apply_url=apply_url,
        source=source,
        source_id=f"job-{n}",
        url=f"https://jobs.example/{n}",
        requisition_id="DWA-2211",
    )
    docs = folder / f"docs-{job.id}"
    docs.mkdir(parents=True, exist_ok=True)
    files = {}
    for kind, name in (("cv", "Alex_Morgan_CV.docx"), ("cover_letter", "Alex_Morgan_CL.docx")):
        shutil.copy(DEMO_CV / name, docs / name)
        files[kind] = docs / name
    path = list(PATH_TO_APPROVED[: PATH_TO_APPROVED.index(status) + 1]) if status in PATH_TO_APPROVED else []

    def tx(cur):  # type: ignore[no-untyped-def]
        insert_job(cur, job, Status.DISCOVERED, group_id=group_id)
        for step in path:
            transition(cur, job.id, step, reason="test")
        cur.execute("UPDATE jobs SET folder = ? WHERE id = ?", [str(docs), job.id])
        for kind, p in files.items():
            data = p.read_bytes()
            cur.execute(
                "INSERT INTO documents (job_id, kind, name, path, sha256, size) VALUES (?, ?, ?, ?, ?, ?)",
                [job.id, kind, p.name, str(p), hashlib.sha256(data).hexdigest(), len(data)],
            )

    store.write(tx)
    return job.id
