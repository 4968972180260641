"""Replies by IMAP (optional), read and understood, proposed to the seeker.

A reply belongs to a job when its In-Reply-To or References names one of our sent Message-IDs (`thread`),
or, for applications made through a link, when it comes from the company's own mail domain (`company`).
Each is classified offline (interview, rejection, request for information, acknowledgement, other) and
stored as a proposal with the phrase that decided it; nothing changes the job's outcome until the seeker
confirms it (`confirm_reading`)."""

from __future__ import annotations

import json
import logging
import re
import ssl
from dataclasses import dataclass
from datetime import date
from typing import Any

from imap_tools import AND, MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.query import U

from app.errors import JobsmithError
from app.mail.config import ImapConfig
from app.mail.message import header_text
from app.mail.reply_kinds import classify_reply
from app.mail.reply_model import ReplyClassifier
from app.mail.smtp import MailNotConfigured, is_loopback
from app.mail.tracking import record_outcome
from app.settings import Settings
from app.store import Store
from app.store import replies as rq

log = logging.getLogger(__name__)
STATE_KEY = "imap_replies"
_MSGID = re.compile(r"<[^<>\s]+>")
_MAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
ANSWERABLE = rq.ANSWERABLE
MAX_BODY = 20_000  # enough for any reply's decision; a huge body is cut, never held whole
# Senders that speak for many companies: their mail names the company in the text instead.
SHARED_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "yahoo.com",
        "icloud.com",
        "proton.me",
        "greenhouse.io",
        "lever.co",
        "ashbyhq.com",
        "workablemail.com",
        "workable.com",
        "smartrecruiters.com",
        "recruitee.com",
        "myworkday.com",
        "workday.com",
        "taleo.net",
        "bamboohr.com",
        "jobvite.com",
        "icims.com",
        "successfactors.com",
        "teamtailor.com",
        "personio.de",
        "linkedin.com",
        "indeed.com",
        "seek.com.au",
    }
)


@dataclass(frozen=True)
class Reply:
    uid: int
    message_id: str
    sender: str
    subject: str
    day: date | None
    refs: frozenset[str]
    text: str = ""


def _mailbox(cfg: ImapConfig) -> Any:
    if not cfg.host:
        raise MailNotConfigured("imap.enabled is on but imap.host is empty in config/mail.yaml")
    if cfg.security == "plain":
        if not is_loopback(cfg.host):
            raise MailNotConfigured(f"plain IMAP is allowed only on loopback, not {cfg.host}")
        return MailBoxUnencrypted(cfg.host, cfg.port, timeout=cfg.timeout_seconds)
    context = ssl.create_default_context()
    cls = MailBox if cfg.security == "tls" else MailBoxStartTls
    return cls(cfg.host, cfg.port, timeout=cfg.timeout_seconds, ssl_context=context)


def _refs(headers: dict[str, tuple[str, ...]]) -> frozenset[str]:
    found: set[str] = set()
    for name in ("in-reply-to", "references"):
        for value in headers.get(name, ()):
            found.update(_MSGID.findall(value))
    return frozenset(found)


def fetch_replies(
    cfg: ImapConfig, username: str, password: str, after_uid: int, uidvalidity: int | None
) -> tuple[int, list[Reply]]:
    """Headers of the messages after `after_uid` (all of them when the folder's UIDVALIDITY changed)."""
    with _mailbox(cfg).login(username, password, initial_folder=cfg.folder) as box:
        current = int(box.folder.status(cfg.folder)["UIDVALIDITY"])
        start = after_uid + 1 if uidvalidity == current else 1
        out = []
        for msg in box.fetch(AND(uid=U(start, "*")), mark_seen=False, bulk=True):
            uid = int(msg.uid or 0)
            if uid < start:  # "n:*" always returns the newest message, even below n
                continue
            mid = next(iter(_MSGID.findall(" ".join(msg.headers.get("message-id", ())))), f"<uid-{uid}>")
            out.append(
                Reply(
                    uid,
                    mid,
                    header_text(msg.from_, 200),
                    header_text(msg.subject, 200),
                    msg.date.date() if msg.date and msg.date.year > 1900 else None,
                    _refs(msg.headers),
                    _body_text(msg.text, msg.html),
                )
            )
    return current, out


def _body_text(text: str | None, html: str | None) -> str:
    """The reply as plain text (markup dropped: it is the sender's, not ours to render)."""
    if text and text.strip():
        body = text
    elif html:
        from lxml import html as lxml_html  # only for HTML-only mail

        try:
            body = lxml_html.fromstring(html[: MAX_BODY * 5]).text_content()
        except (ValueError, lxml_html.etree.ParserError):
            body = ""
    else:
        body = ""
    body = "".join(ch for ch in body[:MAX_BODY] if ch in "\n\t" or ch.isprintable())
    return "\n".join(line.rstrip() for line in body.splitlines()).strip()


def _domain(value: str | None) -> str:
    """The registrable-looking tail of an address's or URL's host: careers.acme.com.au -> acme.com.au."""
    if not value:
        return ""
    host = value.rsplit("@", 1)[-1] if "@" in value and "://" not in value else value.split("://", 1)[-1]
    host = host.split("/", 1)[0].split(":", 1)[0].strip(" <>").lower()
    parts = host.split(".")
    second_level = (
        len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in {"com", "co", "org", "net", "gov", "govt", "ac", "edu"}
    )
    keep = 3 if second_level else 2
    return ".".join(parts[-keep:]) if len(parts) >= 2 else ""


def _company_job(jobs: list[dict[str, Any]], reply: Reply) -> str | None:
    """The one applied-to job this reply comes from, judged by the sender's domain, else by the company's
    name in the subject or text when the sender is a shared system (an ATS, a webmail). None when unsure."""
    sender_domain = _domain(_MAIL.search(reply.sender).group(0) if _MAIL.search(reply.sender) else "")
    if not sender_domain:
        return None
    if sender_domain not in SHARED_DOMAINS:
        hits = {
            j["job_id"]
            for j in jobs
            if sender_domain
            in {_domain(j["apply_email"]), _domain(j["apply_url"]), _domain(j["url"])} - SHARED_DOMAINS - {""}
        }
    else:
        haystack = f"{reply.subject}\n{reply.text[:3000]}".casefold()
        hits = {
            j["job_id"] for j in jobs if j["company"] and len(j["company"]) >= 3 and j["company"].casefold() in haystack
        }
    return next(iter(hits)) if len(hits) == 1 else None


def record_replies(store: Store, replies: list[Reply], classify: ReplyClassifier | None = None) -> list[str]:
    """Classify each reply to one of our applications and store it as a proposal; returns the job ids that
    got a new one. Outcomes are recorded only when the seeker confirms (`confirm_reading`)."""

    def tx(cur: Any) -> list[str]:
        proposed = []
        applied = rq.link_applications(cur)
        for reply in replies:
            row = rq.job_for_thread(cur, sorted(reply.refs))
            matched_by, job_id = ("thread", row["job_id"]) if row else ("company", _company_job(applied, reply))
            if job_id is None or (row and row["status"] not in ANSWERABLE):
                continue
            reading = (
                classify(job_id, reply.subject, reply.text) if classify else classify_reply(reply.subject, reply.text)
            )
            if rq.insert_reading(
                cur,
                job_id=job_id,
                message_id=reply.message_id,
                matched_by=matched_by,
                sender=reply.sender,
                subject=reply.subject,
                excerpt=reply.text[:1500],
                kind=reading.kind,
                evidence=reading.evidence,
                proposed_outcome=reading.outcome,
                received_on=reply.day,
            ):
                proposed.append(job_id)
        return proposed

    return store.write(tx)


def list_readings(store: Store, state: str | None = "proposed", job_id: str | None = None) -> list[dict[str, Any]]:
    return store.write(lambda cur: rq.list_readings(cur, state, job_id))


def confirm_reading(store: Store, reading: str, outcome: str | None = None) -> dict[str, Any]:
    """The seeker agrees (with the proposed outcome, or the one they pick): record it as the job's outcome."""
    row = store.write(lambda cur: rq.get_reading(cur, reading))
    chosen = outcome or row["proposed_outcome"]
    if chosen is None:
        raise JobsmithError(f"this reply ({row['kind']}) proposes no outcome: pick one, or dismiss it")
    if row["state"] == "proposed":
        record_outcome(
            store,
            row["job_id"],
            chosen,
            occurred_on=row["received_on"],
            notes=f"reply from {row['sender']}: {row['subject']} {row['message_id']}",
        )
    store.write(lambda cur: rq.decide_reading(cur, reading, "confirmed", chosen))
    return store.write(lambda cur: rq.get_reading(cur, reading))


def dismiss_reading(store: Store, reading: str) -> dict[str, Any]:
    store.write(lambda cur: rq.decide_reading(cur, reading, "dismissed", None))
    return store.write(lambda cur: rq.get_reading(cur, reading))


def poll_replies(
    store: Store, settings: Settings, cfg: ImapConfig, classify: ReplyClassifier | None = None
) -> list[str]:
    """One pass over the mailbox from where the last one stopped; the position is kept in `settings`."""
    if not cfg.enabled:
        return []
    if settings.SENDER_PASSWORD is None:
        raise MailNotConfigured("reading replies needs SENDER_PASSWORD")
    username = cfg.username or settings.SENDER_EMAIL
    if not username:
        raise MailNotConfigured("reading replies needs imap.username or SENDER_EMAIL")
    raw = store.scalar("SELECT value FROM settings WHERE key = ?", [STATE_KEY])
    state = json.loads(raw) if raw else {}
    validity, replies = fetch_replies(
        cfg,
        username,
        settings.SENDER_PASSWORD.get_secret_value(),
        int(state.get("last_uid", 0)),
        state.get("uidvalidity"),
    )
    moved = record_replies(store, replies, classify)
    previous = int(state.get("last_uid", 0)) if state.get("uidvalidity") == validity else 0
    last = max([previous, *(r.uid for r in replies)])
    store.write(
        lambda cur: cur.execute(
            "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, now()) ON CONFLICT (key) DO UPDATE SET "
            "value = excluded.value, updated_at = excluded.updated_at",
            [STATE_KEY, json.dumps({"uidvalidity": validity, "last_uid": last})],
        )
    )
    if moved:
        log.info("mail.replies_proposed count=%d", len(moved))
    return moved
