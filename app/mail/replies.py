"""Replies by IMAP (optional): a reply whose In-Reply-To or References names one of our sent Message-IDs
records the job as `responded`. Matching is by Message-ID only, never by guessing from names or text."""

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
from app.mail.smtp import MailNotConfigured, is_loopback
from app.mail.tracking import record_outcome
from app.settings import Settings
from app.store import Store

log = logging.getLogger(__name__)
STATE_KEY = "imap_replies"
_MSGID = re.compile(r"<[^<>\s]+>")
ANSWERABLE = ("sent", "applied", "no_response")


@dataclass(frozen=True)
class Reply:
    uid: int
    message_id: str
    sender: str
    subject: str
    day: date | None
    refs: frozenset[str]


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


def fetch_replies(cfg: ImapConfig, username: str, password: str, after_uid: int,
                  uidvalidity: int | None) -> tuple[int, list[Reply]]:
    """Headers of the messages after `after_uid` (all of them when the folder's UIDVALIDITY changed)."""
    with _mailbox(cfg).login(username, password, initial_folder=cfg.folder) as box:
        current = int(box.folder.status(cfg.folder)["UIDVALIDITY"])
        start = after_uid + 1 if uidvalidity == current else 1
        out = []
        for msg in box.fetch(AND(uid=U(start, "*")), mark_seen=False, headers_only=True, bulk=True):
            uid = int(msg.uid or 0)
            if uid < start:  # "n:*" always returns the newest message, even below n
                continue
            mid = next(iter(_MSGID.findall(" ".join(msg.headers.get("message-id", ())))), f"<uid-{uid}>")
            out.append(Reply(uid, mid, header_text(msg.from_, 200), header_text(msg.subject, 200),
                             msg.date.date() if msg.date and msg.date.year > 1900 else None,
                             _refs(msg.headers)))
    return current, out


def record_replies(store: Store, replies: list[Reply]) -> list[str]:
    """Record each reply to one of our sent messages as `responded`; returns the job ids moved."""
    moved = []
    for reply in replies:
        if not reply.refs:
            continue
        marks = ", ".join("?" * len(reply.refs))
        row = store.read_one(f"SELECT o.job_id, j.status FROM outbox o JOIN jobs j ON j.id = o.job_id "
                             f"WHERE o.state = 'sent' AND o.message_id IN ({marks}) LIMIT 1", list(reply.refs))
        if row is None:
            continue
        seen = store.scalar("SELECT count(*) FROM outcomes WHERE job_id = ? AND notes LIKE ?",
                            [row["job_id"], f"%{reply.message_id}%"])
        if seen or row["status"] not in ANSWERABLE:
            continue
        try:
            record_outcome(store, row["job_id"], "responded", occurred_on=reply.day,
                           notes=f"reply from {reply.sender}: {reply.subject} {reply.message_id}")
            moved.append(row["job_id"])
        except JobsmithError as exc:
            log.info("mail.reply_not_recorded job_id=%s reason=%s", row["job_id"], exc.message)
    return moved


def poll_replies(store: Store, settings: Settings, cfg: ImapConfig) -> list[str]:
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
    validity, replies = fetch_replies(cfg, username, settings.SENDER_PASSWORD.get_secret_value(),
                                      int(state.get("last_uid", 0)), state.get("uidvalidity"))
    moved = record_replies(store, replies)
    previous = int(state.get("last_uid", 0)) if state.get("uidvalidity") == validity else 0
    last = max([previous, *(r.uid for r in replies)])
    store.write(lambda cur: cur.execute(
        "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, now()) ON CONFLICT (key) DO UPDATE SET "
        "value = excluded.value, updated_at = excluded.updated_at",
        [STATE_KEY, json.dumps({"uidvalidity": validity, "last_uid": last})]))
    if moved:
        log.info("mail.replies_recorded count=%d", len(moved))
    return moved
