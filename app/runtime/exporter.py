"""Writes a finished run's documents into export_cv_cover_letter/YYYY-MM-DD_company_title/."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from app.documents.export import atomic_write
from app.runtime.blobs import BlobStore, sha256
from app.runtime.events import Event
from app.store import Store
from app.store import jobs as q
from app.store import usage as usage_q
from app.store.documents import DocumentRow


def _kind(name: str) -> str:
    base = "cover_letter" if name.removesuffix(".docx").removesuffix(".pdf").endswith("_CL") else "cv"
    return base + ("_pdf" if name.endswith(".pdf") else "")


def _owner(folder: Path) -> str | None:
    """The id of the job whose documents are in `folder` (None: a new folder); an unreadable record counts as
    someone else's."""
    info = folder / "job_info.json"
    if not info.exists():
        return None
    try:
        return str(json.loads(info.read_text(encoding="utf-8"))["job"]["id"])
    except (OSError, ValueError, KeyError, TypeError):
        return ""


class Exporter:
    def __init__(self, store: Store, blobs: BlobStore, export_root: Path) -> None:
        self.store, self.blobs, self.root = store, blobs, export_root

    def _folder(self, name: str, job_id: str) -> Path:
        """The job's own folder. Two postings of one company with one title on one day (two cities, say) would
        share `name` and the second's letter would land on the first's files: the second gets its id appended."""
        from app.documents import safe_export_dir
        from app.documents.export import MAX_NAME

        folder = safe_export_dir(self.root, name)
        if _owner(folder) in (None, job_id):
            return folder
        return safe_export_dir(self.root, f"{name[: MAX_NAME - 9].rstrip('_-')}_{job_id[:8]}")

    def __call__(self, event: Event) -> tuple[str, list[DocumentRow]]:
        from app.documents import export_folder_name

        job = q.load_job(self.store, event.job_id or "")
        day = event.at.date() if event.at else datetime.now(UTC).date()  # UTC, like every timestamp
        folder = self._folder(export_folder_name(day, job.company, job.title), job.id)
        folder.mkdir(parents=True, exist_ok=True)
        rows: list[DocumentRow] = []
        for doc in event.data.get("documents", []):
            data = self.blobs.get(doc["sha256"])
            path = folder / Path(doc["name"]).name
            atomic_write(path, data)
            rows.append(
                {
                    "kind": _kind(doc["name"]),
                    "name": path.name,
                    "path": str(path),
                    "sha256": doc["sha256"],
                    "size": len(data),
                }
            )
        usage = usage_q.of_job(self.store, job.id)
        report = event.data.get("report", {})
        info = {
            "job": job.model_dump(mode="json", exclude={"raw"}),
            "match": report.get("match"),
            "tailoring": report.get("tailoring"),
            "engine": (report.get("tailoring") or {}).get("engine", "offline"),
            "models": usage.models,
            "cost": usage.cost,
            "run_id": event.run_id,
            "documents": [{"name": r["name"], "sha256": r["sha256"], "size": r["size"]} for r in rows],
        }
        data = json.dumps(info, indent=2, ensure_ascii=False, default=str).encode()
        atomic_write(folder / "job_info.json", data)
        rows.append(
            {
                "kind": "job_info",
                "name": "job_info.json",
                "path": str(folder / "job_info.json"),
                "sha256": sha256(data),
                "size": len(data),
            }
        )
        return str(folder), rows
