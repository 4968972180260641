"""DOCX to PDF with LibreOffice headless, and a check that the PDF reads back right.

Each conversion gets a fresh LibreOffice profile in its own temporary folder: a shared profile is locked
by a running soffice, so two conversions at once (two workers) would otherwise fail or hang.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.documents.text import fold, phone_digits
from app.errors import DocumentError

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
    from app.documents.safety import validate_docx

    validate_docx(docx, "document")  # LibreOffice opens anything; give it only a plain, safe .docx
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
        cmd = [
            exe,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(work / "out"),
            str(src),
        ]
        env = {**os.environ, "HOME": str(work)}  # LibreOffice writes caches under HOME as well
        try:
            # Its own session, so a timeout can end soffice.bin too, not only the launcher script.
            proc = subprocess.Popen(
                cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True
            )
        except OSError as exc:
            raise DocumentError(f"LibreOffice could not be started: {exc}") from exc
        try:
            stdout, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise DocumentError(f"LibreOffice did not finish converting to PDF within {timeout:g} s") from exc
        out = work / "out" / "document.pdf"
        if proc.returncode != 0 or not out.exists() or out.stat().st_size == 0:
            detail = (stderr or stdout).decode("utf-8", "replace").strip()[-500:]
            raise DocumentError(
                f"LibreOffice failed to convert the document to PDF (exit {proc.returncode}): "
                f"{detail or 'no output file'}"
            )
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
            raise DocumentError(
                "the PDF does not read back correctly: " + "; ".join(self.problems), detail=self.problems
            )


def pdf_text(pdf: bytes) -> tuple[str, int]:
    from pypdf import PdfReader  # imported here: pypdf is only needed where PDFs are checked

    reader = PdfReader(io.BytesIO(pdf), strict=False)
    return "\n".join(page.extract_text() or "" for page in reader.pages), len(reader.pages)


def check_pdf_text(pdf: bytes, *, name: str, contacts: Sequence[str] = (), headings: Sequence[str] = ()) -> PdfCheck:
    """The PDF's text holds the name, every contact detail and every heading, headings in the given order."""
    try:
        text, pages = pdf_text(pdf)
    except Exception as exc:  # pypdf raises many types for damaged files; all mean "unreadable"
        return PdfCheck(ok=False, problems=[f"not a readable PDF: {type(exc).__name__}: {exc}"])
    problems = []
    if pages == 0 or not text.strip():
        problems.append("the PDF has no text")
    problems += _missing_details(text, name, contacts)
    # A heading is a line of its own; "Experience" also occurs inside sentences, which must not count.
    lines = [_squash(line) for line in text.splitlines()]
    positions = [_heading_line(lines, h) for h in headings]
    problems += [f"heading missing: {h}" for h, p in zip(headings, positions, strict=True) if p < 0]
    found = [p for p in positions if p >= 0]
    if found != sorted(found):
        problems.append(
            "headings are out of order: " + ", ".join(h for h, p in zip(headings, positions, strict=True) if p >= 0)
        )
    name_line = next((i for i, line in enumerate(lines) if name and _squash(name) in line), -1)
    if name_line >= 0 and found and name_line > min(found):
        problems.append("the name comes after the first heading: the reading order is wrong")
    return PdfCheck(ok=not problems, problems=problems, text=text, pages=pages)


def _squash(text: str) -> str:
    """Folded, with runs of whitespace as one space."""
    return " ".join(fold(text).split())


def _missing_details(text: str, name: str, contacts: Sequence[str]) -> list[str]:
    """The name and the contact details the text lacks (phone numbers compared by their digits)."""
    flat = _squash(text)
    digits = phone_digits(text)
    problems = []
    if name and flat.find(_squash(name)) < 0:
        problems.append(f"name missing: {name}")
    for c in contacts:
        is_phone = sum(ch.isdigit() for ch in c) >= 9 and "@" not in c
        if (phone_digits(c) not in digits) if is_phone else flat.find(_squash(c)) < 0:
            problems.append(f"contact detail missing: {c}")
    return problems


def _heading_line(lines: list[str], heading: str) -> int:
    """The line that is the heading, else the first line holding it, else -1."""
    key = _squash(heading)
    line_no = next((i for i, line in enumerate(lines) if line == key), None)
    if line_no is None:
        line_no = next((i for i, line in enumerate(lines) if key in line), None)
    return -1 if line_no is None else line_no


def check_cv_pdf(pdf: bytes, docx: bytes) -> PdfCheck:
    """Check a CV's PDF against the Word file it came from: name, contact details, headings in order."""
    from app.documents.reader import read_cv  # here: the reader is not needed for plain conversion

    cv = read_cv(docx)
    contacts = [c.value for c in cv.contacts if c.kind in ("email", "phone", "url")]
    return check_pdf_text(pdf, name=cv.name, contacts=contacts, headings=[s.title for s in cv.sections])
