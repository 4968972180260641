"""The export folder: `export_cv_cover_letter/YYYY-MM-DD_company_title/` with the documents and job_info.json.

Company and title come from postings, so they are untrusted: the folder name keeps only [a-z0-9_-], and
the final path is checked to lie inside the export root whatever they contain.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from app.documents.pdf import check_cv_pdf, docx_to_pdf, libreoffice_path
from app.domain.models import Job
from app.errors import DocumentError

MAX_NAME = 80
_SAFE_FILE = re.compile(r"[^A-Za-z0-9._-]+")


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^a-z0-9]+", "_", text)
    return text.strip("_")


def export_folder_name(day: date, company: str, title: str) -> str:
    """`2026-11-28_tasmanwave_senior_data_engineer`: lower case, [a-z0-9_-] only, at most 80 characters."""
    company_slug = _slug(company)[:30].strip("_") or "company"
    title_slug = _slug(title) or "role"
    name = f"{day.isoformat()}_{company_slug}_{title_slug}"
    return name[:MAX_NAME].rstrip("_-")


def safe_export_dir(root: Path, name: str) -> Path:
    """`root / name`, refusing any name that is not one plain folder inside root."""
    clean = re.sub(r"[^a-z0-9_-]+", "_", name.lower()).strip("_-")[:MAX_NAME] or "export"
    if clean in (".", ".."):
        clean = "export"
    base = root.resolve()
    path = (base / clean).resolve()
    if path.parent != base:
        raise DocumentError(f"export folder {name!r} would fall outside {base}")
    return path


def safe_file_name(name: str, default: str) -> str:
    """A document's file name without folders or odd characters: `Alex_Morgan_CV.docx`."""
    base = Path(name.replace("\\", "/")).name
    base = _SAFE_FILE.sub("_", base).strip("._") or default
    return base[:120]


class ExportResult(BaseModel):
    folder: Path
    files: list[Path]
    pdf_error: str | None = None
    pdf_problems: list[str] = []


def atomic_write(path: Path, data: bytes) -> None:
    """Write via a temporary file and rename, so a crash never leaves half a document."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_export(
    root: Path,
    job: Job,
    cv_name: str,
    cv_bytes: bytes,
    cl_name: str,
    cl_bytes: bytes,
    job_info: dict[str, Any],
    pdf: bool,
    *,
    day: date | None = None,
) -> ExportResult:
    """Write the documents (and PDFs if asked and LibreOffice is present) and job_info.json; idempotent."""
    day = day or date.today()
    folder = safe_export_dir(root, export_folder_name(day, job.company, job.title))
    folder.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    docs = [(safe_file_name(cv_name, "CV.docx"), cv_bytes), (safe_file_name(cl_name, "CL.docx"), cl_bytes)]
    pdf_error = None
    for name, data in docs:
        path = folder / name
        atomic_write(path, data)
        files.append(path)
    pdf_problems: list[str] = []
    if pdf:
        if libreoffice_path() is None:
            pdf_error = "LibreOffice is not installed: PDFs were not made"
        else:
            for i, (name, data) in enumerate(docs):
                try:
                    out = folder / (Path(name).stem + ".pdf")
                    pdf_bytes = docx_to_pdf(data)
                    atomic_write(out, pdf_bytes)
                    files.append(out)
                    if i == 0:  # the CV: its name, contact details and headings must read back
                        pdf_problems += check_cv_pdf(pdf_bytes, data).problems
                except DocumentError as exc:
                    pdf_error = exc.message
    info = dict(job_info)
    if pdf:
        info["pdf_check"] = {"error": pdf_error, "problems": pdf_problems}
    info["documents"] = [
        {"name": p.name, "sha256": hashlib.sha256(p.read_bytes()).hexdigest(), "size": p.stat().st_size} for p in files
    ]
    info_path = folder / "job_info.json"
    atomic_write(info_path, json.dumps(info, indent=2, ensure_ascii=False, default=str).encode())
    files.append(info_path)
    return ExportResult(folder=folder, files=files, pdf_error=pdf_error, pdf_problems=pdf_problems)
