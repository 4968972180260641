"""Addresses and messages: recipients are validated, headers are built so no value can add a header."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from pathlib import Path
from typing import Any

from app.config.mail import MailConfig
from app.errors import InvalidAddress

_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")
_LABEL = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")
MAX_HEADER_TEXT = 300  # a title longer than this is cut; headers are folded by the email package anyway

MIME_TYPES = {
    ".docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ".pdf": ("application", "pdf"),
}


def validate_address(raw: str | None) -> str:
    """Return `raw` as one plain ASCII addr-spec, or raise InvalidAddress saying why.

    Deliberately strict: one address, no display name, no comments, no quoted local part, no IP literal,
    a domain with a dot. A posting's address or a typed one must pass this before it is used.
    """
    if raw is None or not raw.strip():
        raise InvalidAddress("no email address given")
    addr = raw.strip()
    if _CONTROL.search(addr) or any(c in addr for c in ' ,;<>()"[]\\'):
        raise InvalidAddress(f"{addr!r} is not a single plain email address")
    if not addr.isascii():
        raise InvalidAddress(f"{addr!r}: only ASCII addresses are supported")
    if len(addr) > 254 or addr.count("@") != 1:
        raise InvalidAddress(f"{addr!r} is not an email address")
    local, domain = addr.split("@")
    if not local or len(local) > 64 or not _LOCAL.match(local):
        raise InvalidAddress(f"{addr!r}: the part before @ is not valid")
    labels = domain.split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels) or labels[-1].isdigit():
        raise InvalidAddress(f"{addr!r}: the domain is not valid")
    if parseaddr(addr) != ("", addr):
        raise InvalidAddress(f"{addr!r} does not parse as one address")
    return addr


def header_text(value: Any, limit: int = MAX_HEADER_TEXT) -> str:
    """A value made safe for a header or a one-line template slot: control characters become spaces."""
    text = _CONTROL.sub(" ", str(value or ""))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Attachment:
    path: Path
    filename: str


def template_values(job: dict[str, Any], seeker_name: str) -> dict[str, str]:
    """The placeholders of the subject and body, each a one-line, control-free string."""
    ref = header_text(job.get("reference") or "", 80)
    return {
        "title": header_text(job.get("title")),
        "company": header_text(job.get("company")),
        "location": header_text(job.get("location")),
        "source": header_text(job.get("source")),
        "seeker_name": header_text(seeker_name),
        "reference": f" (reference {ref})" if ref else "",
    }


def build_message(
    *,
    job: dict[str, Any],
    sender: str,
    sender_name: str,
    recipient: str,
    config: MailConfig,
    attachments: list[Attachment],
    message_id: str,
) -> EmailMessage:
    """The application email. Every header value passes through `header_text` or `validate_address`."""
    values = template_values(job, sender_name)
    msg = EmailMessage()
    msg["From"] = Address(
        display_name=header_text(config.smtp.sender_name or sender_name, 120), addr_spec=validate_address(sender)
    )
    msg["To"] = Address(addr_spec=validate_address(recipient))
    msg["Subject"] = header_text(config.subject.format_map(values), 400)
    msg["Date"] = formatdate(usegmt=True)
    msg["Message-ID"] = message_id
    msg.set_content(config.body.format_map(values))
    for att in attachments:
        maintype, subtype = MIME_TYPES.get(att.path.suffix.lower(), ("application", "octet-stream"))
        msg.add_attachment(
            att.path.read_bytes(), maintype=maintype, subtype=subtype, filename=header_text(att.filename, 150)
        )
    return msg


def new_message_id(sender: str) -> str:
    """A fresh, globally unique Message-ID in the sender's domain."""
    return make_msgid(domain=validate_address(sender).split("@")[1])
