"""Header injection through titles, company names and addresses fails safe."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.applications.outbox import Outbox
from app.errors import InvalidAddress
from app.mail.message import header_text, validate_address
from app.store import Store
from app.testing.smtp_server import SmtpTestServer
from tests.mail.helpers import add_job

EXPECTED_HEADERS = {"From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"}
HOSTILE = [
    ("Engineer\r\nBcc: victim@evil.example", "Acme"),
    ("Engineer", "Acme\nTo: second@evil.example\n\nbody"),
    ("Data Engineer\r\n\r\nInjected body", "Evil\rCc: cc@evil.example"),
    ("Ingénieur données 数据工程师 🚀", "Société Générale — Zürich"),
    ("Lead " * 400, "Very Long Company " * 50),
    ("Engineer\u2028Bcc: ls@evil.example", "Acme\x00\x1b[31m"),
]


@pytest.mark.parametrize(("title", "company"), HOSTILE)
def test_hostile_title_or_company_adds_no_header_or_recipient(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path, title: str, company: str
) -> None:
    job_id = add_job(store, tmp_path, title=title, company=company)

    assert outbox.send(job_id).state == "sent"

    [got] = smtp.handler.received()
    assert got.rcpt_tos == ["careers@derwentwater.example"]
    msg = got.message
    assert set(msg.keys()) == EXPECTED_HEADERS
    assert [a.addr_spec for a in msg["To"].addresses] == ["careers@derwentwater.example"]
    subject = str(msg["Subject"])
    assert "\n" not in subject and "\r" not in subject and "Bcc" not in msg
    assert header_text(title)[:50] in subject
    for part in msg.walk():  # nothing injected reached a MIME part's headers either
        assert not any(k.lower() in ("bcc", "cc") for k in part)


@pytest.mark.parametrize(
    "address",
    [
        "careers@x.example\r\nBcc: victim@evil.example",
        "a@x.example, b@evil.example",
        "Name <a@x.example>",
        "a@x.example;b@evil.example",
        "no-at-sign.example",
        "a@@x.example",
        "a@localhost",
        "a@x..example",
        "ünï@x.example",
        "a@x.ex\nample",
        '"quoted"@x.example',
        "a@[127.0.0.1]",
        "",
        "a@-x.example",
    ],
)
def test_validate_address_refuses_anything_but_one_plain_address(address: str) -> None:
    with pytest.raises(InvalidAddress):
        validate_address(address)


@pytest.mark.parametrize("address", ["careers@derwentwater.example", "first.last+jobs@mail.example.co.uk"])
def test_validate_address_accepts_plain_addresses(address: str) -> None:
    assert validate_address(f"  {address} ") == address


def test_hostile_apply_email_goes_to_pending_and_sends_nothing(
    store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    job_id = add_job(store, tmp_path, apply_email="careers@x.example\r\nBcc: victim@evil.example")

    with pytest.raises(InvalidAddress):
        outbox.send(job_id)

    assert store.scalar("SELECT status FROM jobs WHERE id = ?", [job_id]) == "pending"
    assert store.scalar("SELECT count(*) FROM outbox") == 0
    assert smtp.handler.received() == []
