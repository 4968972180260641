"""Sending over a real SMTP server: one message, the right headers and the real DOCX attachments."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.applications.outbox import Outbox
from app.errors import InputError, InvalidTransition
from app.store import Store
from app.testing.smtp_server import SmtpTestServer
from tests.mail.helpers import DEMO_CV, SENDER, add_job


def test_send_approved_job_delivers_exactly_one_message(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    job_id = add_job(store, tmp_path)

    result = outbox.send(job_id)

    assert result.state == "sent" and result.job_status == "sent"
    received = smtp.handler.received()
    assert len(received) == 1
    msg = received[0].message
    row = store.read_one("SELECT * FROM outbox WHERE job_id = ?", [job_id])
    assert row is not None and row["state"] == "sent" and row["sent_at"] is not None
    assert msg["Message-ID"] == row["message_id"] == result.message_id
    assert msg["From"].addresses[0].addr_spec == SENDER
    assert msg["From"].addresses[0].display_name == "Alex Morgan"
    assert str(msg["To"]) == "careers@derwentwater.example"
    assert received[0].rcpt_tos == ["careers@derwentwater.example"]
    assert msg["Subject"] == "Application: Lead Data Engineer at Derwent Water Authority" == row["subject"]
    atts = {p.get_filename(): p.get_content() for p in msg.iter_attachments()}
    assert atts == {
        "Alex_Morgan_CV.docx": (DEMO_CV / "Alex_Morgan_CV.docx").read_bytes(),
        "Alex_Morgan_CL.docx": (DEMO_CV / "Alex_Morgan_CL.docx").read_bytes(),
    }
    assert "Lead Data Engineer role (reference DWA-2211)" in msg.get_body(("plain",)).get_content()
    assert store.scalar("SELECT status FROM jobs WHERE id = ?", [job_id]) == "sent"
    app = store.read_one("SELECT * FROM applications WHERE job_id = ?", [job_id])
    assert app is not None and app["channel"] == "email" and app["recipient"] == "careers@derwentwater.example"


def test_send_twice_sends_once(store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path) -> None:
    job_id = add_job(store, tmp_path)
    outbox.send(job_id)

    with pytest.raises(InvalidTransition, match="not approved"):
        outbox.send(job_id)
    assert len(smtp.handler.received()) == 1


def _add_pdfs(store: Store, job_id: str, folder: Path) -> dict[str, bytes]:
    out = {}
    for kind, name in (("cv_pdf", "Alex_Morgan_CV.pdf"), ("cover_letter_pdf", "Alex_Morgan_CL.pdf")):
        data = f"%PDF-1.4\n% {kind}\n".encode()
        (folder / name).write_bytes(data)
        store.write(
            lambda cur, k=kind, n=name, d=data: cur.execute(
                "INSERT INTO documents (job_id, kind, name, path, sha256, size) VALUES (?, ?, ?, ?, 'x', ?)",
                [job_id, k, n, str(folder / n), len(d)],
            )
        )
        out[name] = data
    return out


def test_attach_pdf_sends_the_pdfs(store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path) -> None:
    job_id = add_job(store, tmp_path)
    pdfs = _add_pdfs(store, job_id, tmp_path)
    outbox.config.attach = "pdf"

    assert outbox.send(job_id).state == "sent"

    parts = list(smtp.handler.received()[0].message.iter_attachments())
    assert {p.get_filename(): p.get_content() for p in parts} == pdfs
    assert {p.get_content_type() for p in parts} == {"application/pdf"}


def test_attach_pdf_without_pdfs_goes_to_pending(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    job_id = add_job(store, tmp_path)
    outbox.config.attach = "pdf"

    with pytest.raises(InputError, match="cv_pdf, cover_letter_pdf"):
        outbox.send(job_id)

    assert store.scalar("SELECT status FROM jobs WHERE id = ?", [job_id]) == "pending"
    assert smtp.handler.received() == []
