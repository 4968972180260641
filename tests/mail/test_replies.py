"""Replies by IMAP against a real Dovecot on loopback: a reply to one of our applications is classified and
proposed; the outcome is recorded only when the seeker confirms it."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from imap_tools import MailBoxUnencrypted

from app.applications.outbox import Outbox
from app.applications.replies import confirm_reading, dismiss_reading, list_readings, poll_replies
from app.applications.tracking import mark_applied
from app.config.mail import ImapConfig
from app.errors import Conflict
from app.store import Store
from app.testing.smtp_server import SmtpTestServer, free_port
from tests.mail.helpers import PASSWORD, SENDER, add_job

CONF = """base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = {uid}
default_internal_user = dovecot
default_login_user = dovenull
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={d}/home/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
"""


@pytest.fixture(scope="module")
def imap_port() -> Iterator[int]:
    """A private Dovecot (Debian's dovecot-imapd) with one user, on a free loopback port."""
    user = pwd.getpwnam("dovecot")
    folder = Path(tempfile.mkdtemp(prefix="jobsmith-dovecot-"))  # not under pytest's 0700 tmp: dovecot reads it
    folder.chmod(0o755)
    for sub in ("run", "state", "home"):
        (folder / sub).mkdir()
    os.chown(folder / "home", user.pw_uid, user.pw_gid)
    (folder / "passwd").write_text(f"{SENDER}:{{PLAIN}}{PASSWORD}\n")
    port = free_port()
    (folder / "dovecot.conf").write_text(CONF.format(d=folder, uid=user.pw_uid, gid=user.pw_gid, port=port))
    proc = subprocess.Popen(
        ["dovecot", "-F", "-c", str(folder / "dovecot.conf")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with MailBoxUnencrypted("127.0.0.1", port).login(SENDER, PASSWORD):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield port
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(folder, ignore_errors=True)


def _deliver(
    port: int,
    *,
    subject: str,
    in_reply_to: str | None = None,
    references: str | None = None,
    message_id: str = "<r1@employer.example>",
    body: str = "Thanks, let's talk.",
    sender: str = "Hiring Team <hr@derwentwater.example>",
) -> None:
    lines = [
        f"From: {sender}",
        f"To: {SENDER}",
        f"Subject: {subject}",
        f"Message-ID: {message_id}",
        "Date: Mon, 23 Nov 2026 10:00:00 +0000",
    ]
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
    if references:
        lines.append(f"References: {references}")
    with MailBoxUnencrypted("127.0.0.1", port).login(SENDER, PASSWORD) as box:
        box.append(("\r\n".join(lines) + "\r\n\r\n" + body.replace("\n", "\r\n") + "\r\n").encode(), "INBOX")


def _clear(port: int) -> None:
    with MailBoxUnencrypted("127.0.0.1", port).login(SENDER, PASSWORD) as box:
        box.delete([m.uid for m in box.fetch(headers_only=True) if m.uid])


def test_reply_to_our_message_is_proposed_once_and_recorded_when_confirmed(
    imap_port: int, store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    _clear(imap_port)
    job_id, other = add_job(store, tmp_path, n=1), add_job(store, tmp_path, n=2)
    ours = outbox.send(job_id).message_id
    outbox.send(other)
    cfg = ImapConfig(enabled=True, host="127.0.0.1", port=imap_port, security="plain")
    _deliver(imap_port, subject="Newsletter", message_id="<n1@news.example>")
    _deliver(
        imap_port,
        subject="Re: Application",
        references=f"<x@y.example> {ours}",
        message_id="<r1@employer.example>",
        body="Hi Alex,\nWe would like to invite you to an interview on Tuesday at 10am.\nRegards",
    )

    proposed = poll_replies(store, outbox.settings, cfg)

    assert proposed == [job_id]
    assert store.scalar("SELECT status FROM jobs WHERE id = ?", [job_id]) == "sent"  # nothing until confirmed
    assert store.scalar("SELECT count(*) FROM outcomes") == 0
    [reading] = list_readings(store)
    assert (reading["job_id"], reading["kind"], reading["proposed_outcome"]) == (job_id, "interview", "interview")
    assert "invite" in reading["evidence"] and "invite you to an interview" in reading["excerpt"]
    assert poll_replies(store, outbox.settings, cfg) == []  # already read: nothing twice

    confirm_reading(store, reading["id"])

    assert store.scalar("SELECT status FROM jobs WHERE id = ?", [job_id]) == "interview"
    assert store.scalar("SELECT status FROM jobs WHERE id = ?", [other]) == "sent"
    row = store.read_one("SELECT outcome, notes, occurred_on FROM outcomes WHERE job_id = ?", [job_id])
    assert row["outcome"] == "interview" and row["occurred_on"] == date(2026, 11, 23)
    assert "hr@derwentwater.example" in row["notes"] and "Re: Application" in row["notes"]
    assert list_readings(store) == []
    with pytest.raises(Conflict):
        confirm_reading(store, reading["id"])
    assert store.scalar("SELECT count(*) FROM outcomes") == 1


def test_a_rejection_can_be_dismissed_and_then_records_nothing(
    imap_port: int, store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    _clear(imap_port)
    job_id = add_job(store, tmp_path)
    ours = outbox.send(job_id).message_id
    _deliver(
        imap_port,
        subject="Your application",
        in_reply_to=ours,
        message_id="<r9@employer.example>",
        body="Unfortunately we have decided not to progress your application.",
    )
    cfg = ImapConfig(enabled=True, host="127.0.0.1", port=imap_port, security="plain")
    poll_replies(store, outbox.settings, cfg)
    [reading] = list_readings(store)
    assert (reading["kind"], reading["proposed_outcome"]) == ("rejection", "declined")

    dismiss_reading(store, reading["id"])

    assert store.scalar("SELECT status FROM jobs WHERE id = ?", [job_id]) == "sent"
    assert store.scalar("SELECT count(*) FROM outcomes") == 0
    assert [r["state"] for r in list_readings(store, state=None)] == ["dismissed"]


def test_mail_from_the_company_domain_is_matched_to_a_link_application(
    imap_port: int, store: Store, outbox: Outbox, tmp_path: Path
) -> None:
    _clear(imap_port)
    job_id = add_job(store, tmp_path, apply_email=None, apply_url="https://careers.derwentwater.example/jobs/1")
    mark_applied(store, job_id)
    _deliver(
        imap_port,
        subject="Lead Data Engineer",
        message_id="<c1@derwentwater.example>",
        sender="Recruitment <talent@mail.derwentwater.example>",
        body="Thanks for applying. Could you please send us two referees?",
    )
    _deliver(
        imap_port,
        subject="Lead Data Engineer",
        message_id="<c2@elsewhere.example>",
        sender="Someone <hr@elsewhere.example>",
        body="Could you please send us two referees?",
    )
    cfg = ImapConfig(enabled=True, host="127.0.0.1", port=imap_port, security="plain")

    assert poll_replies(store, outbox.settings, cfg) == [job_id]
    [reading] = list_readings(store)
    assert (reading["matched_by"], reading["kind"], reading["message_id"]) == (
        "company",
        "request_info",
        "<c1@derwentwater.example>",
    )


def test_reply_to_an_unknown_message_id_changes_nothing(
    imap_port: int, store: Store, outbox: Outbox, smtp: SmtpTestServer, tmp_path: Path
) -> None:
    _clear(imap_port)
    job_id = add_job(store, tmp_path)
    outbox.send(job_id)
    cfg = ImapConfig(enabled=True, host="127.0.0.1", port=imap_port, security="plain")
    _deliver(
        imap_port,
        subject=f"Re: Application: Lead Data Engineer {job_id}",
        in_reply_to="<forged@x.example>",
        message_id="<r2@employer.example>",
    )

    assert poll_replies(store, outbox.settings, cfg) == []
    assert store.scalar("SELECT status FROM jobs WHERE id = ?", [job_id]) == "sent"


def test_plain_imap_to_a_remote_host_is_refused(store: Store, outbox: Outbox) -> None:
    from app.errors import MailNotConfigured

    cfg = ImapConfig(enabled=True, host="imap.example.com", port=143, security="plain")
    with pytest.raises(MailNotConfigured, match="loopback"):
        poll_replies(store, outbox.settings, cfg)
