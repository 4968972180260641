"""DOCX to PDF with LibreOffice headless, and a check that the PDF reads back right.

Each conversion gets a fresh LibreOffice profile in its own temporary folder: a shared profile is locked
by a running soffice, so two conversions at once (two workers) would otherwise fail or hang.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.documents.text import fold, phone_digits
from app.errors import DocumentError

log = logging.getLogger(__name__)
DEFAULT_TIMEOUT = 120.0


def libreoffice_path() -> str | None:
    """The soffice (or libreoffice) executable, or None when LibreOffice is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


def docx_to_pdf(docx: bytes, *, timeout: float = DEFAULT_TIMEOUT, soffice: str | None = None) -> bytes:
    """Convert Word bytes to PDF bytes; DocumentError when LibreOffice is missing, fails or times out."""
    exe = soffice or libreoffice_path()
    if exe is None or not Path(exe).exists():
        raise DocumentError(
            "LibreOffice is not installed, so no PDF can be made "
            "(install it, e.g. apt-get install -y libreoffice-writer-nogui, or turn export_pdf off)"
        )
    with tempfile.TemporaryDirectory(prefix="jobsmith-pdf-") as tmp:
        work = Path(tmp)
        src = work / "document.docx"
        src.write_bytes(docx)
        profile = (work / "profile").as_uri()
        cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--nolockcheck",
               "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(work / "out"), str(src)]
        env = {**os.environ, "HOME": str(work)}  # LibreOffice writes caches under HOME as well
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=timeout, env=env, check=False,
                                  start_new_session=True)
        except subprocess.TimeoutExpired as exc:
            raise DocumentError(f"LibreOffice did not finish converting to PDF within {timeout:.0f} s") from exc
        except OSError as exc:
            raise DocumentError(f"LibreOffice could not be started: {exc}") from exc
        out = work / "out" / "document.pdf"
        if proc.returncode != 0 or not out.exists() or out.stat().st_size == 0:
            detail = (proc.stderr or proc.stdout).decode("utf-8", "replace").strip()[-500:]
            raise DocumentError(f"LibreOffice failed to convert the document to PDF (exit {proc.returncode}): "
                                f"{detail or 'no output file'}")
        data = out.read_bytes()
    if not data.startswith(b"%PDF"):
        raise DocumentError("LibreOffice produced a file that is not a PDF")
    return data


@dataclass
class PdfCheck:
    ok: bool
    problems: list[str] = field(default_factory=list)
    text: str = ""
    pages: int = 0

    def raise_for_problems(self) -> None:
        if not self.ok:
            raise DocumentError("the PDF does not read back correctly: " + "; ".join(self.problems),
                                detail=self.problems)


def pdf_text(pdf: bytes) -> tuple[str, int]:
    from pypdf import PdfReader  # imported here: pypdf is only needed where PDFs are checked

    reader = PdfReader(io.BytesIO(pdf), strict=False)
    return "\n".join(page.extract_text() or "" for page in reader.pages), len(reader.pages)


def check_pdf_text(pdf: bytes, *, name: str, contacts: Sequence[str] = (),
                   headings: Sequence[str] = ()) -> PdfCheck:
    """The PDF's text holds the name, every contact detail and every heading, headings in the given order."""
    try:
        text, pages = pdf_text(pdf)
    except Exception as exc:  # pypdf raises many types for damaged files; all mean "unreadable"
        return PdfCheck(ok=False, problems=[f"not a readable PDF: {type(exc).__name__}: {exc}"])
    problems = []
    if pages == 0 or not text.strip():
        problems.append("the PDF has no text")
    flat = " ".join(fold(text).split())
    digits = phone_digits(text)

    def find(needle: str) -> int:
        return flat.find(" ".join(fold(needle).split()))

    if name and find(name) < 0:
        problems.append(f"name missing: {name}")
    for c in contacts:
        is_phone = sum(ch.isdigit() for ch in c) >= 9 and "@" not in c
        if (phone_digits(c) not in digits) if is_phone else find(c) < 0:
            problems.append(f"contact detail missing: {c}")
    positions = []
    for h in headings:
        pos = find(h)
        if pos < 0:
            problems.append(f"heading missing: {h}")
        positions.append(pos)
    found = [p for p in positions if p >= 0]
    if found != sorted(found):
        problems.append("headings are out of order: " + ", ".join(h for h, p in zip(headings, positions,
                                                                                    strict=True) if p >= 0))
    name_pos = find(name) if name else -1
    if name_pos >= 0 and found and name_pos > min(found):
        log.info("documents.pdf_name_after_heading", extra={"name": name})
    return PdfCheck(ok=not problems, problems=problems, text=text, pages=pages)
