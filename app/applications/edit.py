"""Edit before approving: replace a tailored document with an uploaded DOCX, or rewrite the cover letter."""

from __future__ import annotations

import hashlib
import io
import logging
import re
from copy import deepcopy
from pathlib import Path
from typing import Any

import duckdb
from docx import Document

from app.documents import validate_docx
from app.documents.export import atomic_write
from app.domain.status import Status
from app.errors import Conflict, DocumentError, InputError, NotFound
from app.store import Store
from app.store import applications as a
from app.store import documents as dq
from app.store.jobs import current_status, note

log = logging.getLogger(__name__)
EDITABLE = frozenset(
    {Status.DOCUMENTS_READY, Status.AWAITING_APPROVAL, Status.DRY_RUN_COMPLETE, Status.APPROVED, Status.PENDING}
)
KINDS = ("cv", "cover_letter")
MAX_LETTER_CHARS = 20_000
_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def check_docx(data: bytes, name: str) -> None:
    """The documents module's validator: a safe, plain .docx within the size limits, or DocumentError."""
    validate_docx(data, name)


def _editable_doc(cur: duckdb.DuckDBPyConnection, job_id: str, kind: str) -> dict[str, Any]:
    if kind not in KINDS:
        raise InputError(f"unknown document kind {kind!r}; expected cv or cover_letter")
    status = current_status(cur, job_id)
    if status not in EDITABLE:
        raise Conflict(f"job {job_id} is {status}: documents can only change before sending")
    doc = a.documents(cur, job_id).get(kind)
    if doc is None:
        raise NotFound(f"job {job_id} has no {kind} document to replace")
    return doc


def _store_bytes(store: Store, job_id: str, kind: str, data: bytes) -> dict[str, Any]:
    """Write the new DOCX over the old one (atomically) and update its row; the stale PDF is dropped."""

    def tx(cur: duckdb.DuckDBPyConnection) -> dict[str, Any]:
        doc = _editable_doc(cur, job_id, kind)
        path = Path(doc["path"])
        atomic_write(path, data)
        digest = hashlib.sha256(data).hexdigest()
        dq.set_content(cur, job_id, kind, digest, len(data))
        pdf = a.documents(cur, job_id).get(f"{kind}_pdf")
        if pdf is not None:  # a PDF of the old text must never be attached
            dq.drop(cur, job_id, f"{kind}_pdf")
            Path(pdf["path"]).unlink(missing_ok=True)
        note(cur, job_id, f"{kind} edited by you")
        return {"kind": kind, "name": doc["name"], "sha256": digest, "size": len(data)}

    result = store.write(tx)
    log.info("mail.document_replaced job_id=%s kind=%s size=%d", job_id, kind, len(data))
    return result


def replace_document(store: Store, job_id: str, kind: str, data: bytes, filename: str) -> dict[str, Any]:
    """Replace the job's tailored CV or cover letter with the seeker's own DOCX (validated first)."""
    check_docx(data, filename or f"{kind}.docx")
    return _store_bytes(store, job_id, kind, data)


def letter_docx(template: bytes, text: str) -> bytes:
    """The cover letter's DOCX with its body replaced by `text`, in the template's body paragraph style.

    Paragraphs are separated by blank lines; a single newline becomes a line break. Headers, footers,
    page setup and styles stay as they were.
    """
    text = _XML_INVALID.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not text:
        raise InputError("the cover letter text is empty")
    if len(text) > MAX_LETTER_CHARS:
        raise InputError(f"the cover letter is longer than {MAX_LETTER_CHARS} characters")
    doc = Document(io.BytesIO(template))
    filled = [p for p in doc.paragraphs if p.text.strip()]
    if not filled:
        raise DocumentError("the cover letter has no paragraph to take a style from")
    model = max(filled, key=lambda p: len(p.text))  # the body style, not a heading or the sign-off
    ppr = model._p.pPr
    rpr = model.runs[0]._r.rPr if model.runs else None
    for p in list(doc.paragraphs):
        p._p.getparent().remove(p._p)
    for chunk in re.split(r"\n\s*\n", text):
        para = doc.add_paragraph()
        if ppr is not None:
            para._p.insert(0, deepcopy(ppr))
        lines = chunk.split("\n")
        for i, line in enumerate(lines):
            run = para.add_run(line.strip())
            if rpr is not None:
                run._r.insert(0, deepcopy(rpr))
            if i < len(lines) - 1:
                run.add_break()
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def set_cover_letter_text(store: Store, job_id: str, text: str) -> dict[str, Any]:
    """Rewrite the cover letter's text; the DOCX is regenerated from the current one, keeping its style."""
    path = dq.path_of(store, job_id, "cover_letter")
    if path is None:
        raise NotFound(f"job {job_id} has no cover letter")
    data = letter_docx(Path(path).read_bytes(), text)
    return _store_bytes(store, job_id, "cover_letter", data)
