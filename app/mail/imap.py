"""Reading a mailbox folder by IMAP: the headers and plain text of the messages after a UID."""

from __future__ import annotations

import re
import ssl
from dataclasses import dataclass
from datetime import date
from typing import Any

from imap_tools import AND, MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.query import U

from app.config.mail import ImapConfig
from app.errors import MailNotConfigured
from app.mail.message import header_text
from app.mail.smtp import is_loopback

_MSGID = re.compile(r"<[^<>\s]+>")
MAX_BODY = 20_000  # enough for any reply's decision; a huge body is cut, never held whole


@dataclass(frozen=True)
class Reply:
    uid: int
    message_id: str
    sender: str
    subject: str
    day: date | None
    refs: frozenset[str]
    text: str = ""


def mailbox(cfg: ImapConfig) -> Any:
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
    with mailbox(cfg).login(username, password, initial_folder=cfg.folder) as box:
        current = int(box.folder.status(cfg.folder)["UIDVALIDITY"])
        start = after_uid + 1 if uidvalidity == current else 1
        out = []
        for msg in box.fetch(AND(uid=U(str(start), "*")), mark_seen=False, bulk=True):
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
