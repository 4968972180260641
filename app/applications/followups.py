"""Follow-ups after a silence, thank-you notes after an interview, reminders for link applications.

Drafted by `draft_due` (short, in the seeker's voice, from the job's own record only, fact-gated), shown for
approval, and sent by `send_followup` as a reply in the application's thread (In-Reply-To and References
name the application's Message-ID) through the same protocol as applications: one transaction claims it
(`approved` -> `sending`, fresh Message-ID, inside the send limits), then SMTP, then one transaction records
the result. A crash in between leaves `sending`, which `recover_followups` turns into `unknown` for the
seeker to settle: nothing is ever re-sent by itself, and each job has at most one follow-up of each kind.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate
from typing import Any

import duckdb

from app.applications.modes import get_modes
from app.applications.outbox import Outbox
from app.config.mail import MailConfig
from app.errors import Conflict, Deferred, InputError
from app.mail.message import header_text, new_message_id, validate_address
from app.mail.smtp import Delivery, deliver_sync, target_from_settings
from app.store import Store
from app.store import applications as a
from app.store import followups as fq
from app.store import outbox as oq

log = logging.getLogger(__name__)

_FOLLOW_UP = (
    "Dear {greeting},\n\nI applied for the {title} role at {company} on {applied} and wanted to ask "
    "whether there is any news on my application. I am still very interested in the role and happy to "
    "send anything else that would help.\n\nKind regards,\n{name}"
)
_THANK_YOU = (
    "Dear {greeting},\n\nThank you for taking the time to talk with me about the {title} role. I "
    "enjoyed learning more about {company}, and our conversation made me even keener to join the "
    "team.\n\nKind regards,\n{name}"
)
_REMINDER = (
    "You applied for {title} at {company} through its website on {applied} and have heard nothing "
    "since. Check the application's status there, or look for a contact to follow up with."
)


def _fid(job_id: str, kind: str) -> str:
    return hashlib.sha256(f"{job_id}:{kind}".encode()).hexdigest()[:16]


def _values(row: dict[str, Any], seeker_name: str, when: Any) -> dict[str, str]:
    day = when.date() if isinstance(when, datetime) else when
    return {
        "greeting": header_text(row.get("contact_name") or "Hiring Team", 80),
        "title": header_text(row["title"], 200),
        "company": header_text(row["company"], 200),
        "applied": f"{day:%-d %B %Y}" if day else "recently",
        "name": seeker_name or "",
    }


def _reply_subject(subject: str | None, fallback: str) -> str:
    subject = subject or fallback
    return subject if subject.lower().startswith("re:") else f"Re: {subject}"


def draft_due(store: Store, config: MailConfig, seeker_name: str, *, today: date | None = None) -> list[str]:
    """Draft what is due (none when `follow_up_days` is 0); returns the new drafts' ids."""
    days = config.follow_up_days
    today = today or datetime.now(UTC).date()

    def tx(cur: duckdb.DuckDBPyConnection) -> list[str]:
        made: list[str] = []

        def draft(row: dict[str, Any], kind: str, subject: str, body: str, email: bool) -> None:
            fid = _fid(row["job_id"], kind)
            fq.insert(
                cur,
                fid=fid,
                job_id=row["job_id"],
                kind=kind,
                recipient=row["recipient"] if email else None,
                subject=subject,
                body=body,
                in_reply_to=row["message_id"] if email else None,
            )
            made.append(fid)

        def about(row: dict[str, Any]) -> str:
            return f"{row['title']} at {row['company']}"

        if days:
            cutoff = today - timedelta(days=days)
            for row in fq.silent_email_applications(cur, cutoff):
                body = _FOLLOW_UP.format_map(_values(row, seeker_name, row["sent_at"]))
                draft(row, "follow_up", _reply_subject(row["subject"], about(row)), body, email=True)
            for row in fq.silent_link_applications(cur, cutoff):  # applied on a site: a reminder to the seeker
                body = _REMINDER.format_map(_values(row, seeker_name, row["applied_at"]))
                draft(row, "reminder", f"Follow up: {about(row)}", body, email=False)
        if config.thank_you_notes:
            for row in fq.interviews_without_thanks(cur):
                body = _THANK_YOU.format_map(_values(row, seeker_name, None))
                draft(row, "thank_you", _reply_subject(row["subject"], about(row)), body, email=True)
        return made

    return store.write(tx)


def edit(store: Store, fid: str, body: str) -> dict[str, Any]:
    """The seeker's own wording (their words are theirs: not gated); only while it is a draft."""
    if not body.strip():
        raise InputError("the message is empty")

    def tx(cur: duckdb.DuckDBPyConnection) -> dict[str, Any]:
        row = fq.get(cur, fid)
        if row["state"] != "draft":
            raise Conflict(f"this {row['kind'].replace('_', ' ')} is {row['state']}: only a draft can be edited")
        fq.update(cur, fid, body=body.strip()[:10_000])
        return fq.get(cur, fid)

    return store.write(tx)


def decide(store: Store, fid: str, action: str) -> dict[str, Any]:
    """approve (a message: it is sent by the next `send_followup`), dismiss, or done (a reminder acted on)."""
    want = {
        "approve": ("approved", ("follow_up", "thank_you")),
        "dismiss": ("dismissed", None),
        "done": ("done", ("reminder",)),
    }
    if action not in want:
        raise InputError(f"unknown action {action!r}: approve, dismiss or done")
    state, kinds = want[action]

    def tx(cur: duckdb.DuckDBPyConnection) -> dict[str, Any]:
        row = fq.get(cur, fid)
        if row["state"] != "draft":
            raise Conflict(f"this {row['kind'].replace('_', ' ')} is already {row['state']}")
        if kinds is not None and row["kind"] not in kinds:
            raise Conflict(f"a {row['kind'].replace('_', ' ')} cannot be {state}")
        fq.update(cur, fid, state=state)
        return fq.get(cur, fid)

    return store.write(tx)


def _message(row: dict[str, Any], sender: str, sender_name: str, message_id: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = Address(display_name=header_text(sender_name, 120), addr_spec=validate_address(sender))
    msg["To"] = Address(addr_spec=validate_address(row["recipient"]))
    msg["Subject"] = header_text(row["subject"], 400)
    msg["Date"] = formatdate(usegmt=True)
    msg["Message-ID"] = message_id
    if row["in_reply_to"]:
        msg["In-Reply-To"] = row["in_reply_to"]
        msg["References"] = row["in_reply_to"]
    msg.set_content(row["body"])
    return msg


def send_followup(outbox: Outbox, fid: str, *, before_data: Callable[[], None] | None = None) -> dict[str, Any]:
    """Send one approved follow-up or thank-you, at most once (see the module's docstring)."""
    store, settings = outbox.store, outbox.settings
    if get_modes(store, outbox.agents).dry_run:
        raise Conflict("dry-run mode is on: nothing is sent (turn it off to send)")
    target = target_from_settings(settings, outbox.config.smtp.security)
    sender = validate_address(settings.SENDER_EMAIL)
    message_id = new_message_id(sender)
    now = a.utcnow()

    def claim(cur: duckdb.DuckDBPyConnection) -> tuple[str, str, bytes]:
        row = fq.get(cur, fid)
        if row["state"] != "approved":
            raise Conflict(f"this {row['kind'].replace('_', ' ')} is {row['state']}, not approved: nothing sent")
        outbox._check_limits(cur, now)  # the same limits as applications: one mailbox, one reputation
        msg = _message(row, sender, outbox.seeker_name, message_id)
        fq.update(cur, fid, state="sending", message_id=message_id)
        return row["job_id"], row["recipient"], msg.as_bytes()

    try:
        job_id, recipient, data = store.write(claim)
    except Deferred as d:
        return {"id": fid, "state": "deferred", "detail": d.reason, "retry_after": d.until}
    log.info("mail.followup_sending id=%s message_id=%s", fid, message_id)
    try:
        delivery = deliver_sync(target, sender, recipient, data, outbox.config.smtp, before_data=before_data)
    except Exception as exc:  # a bug, not SMTP: it may have gone, so a person decides
        log.exception("mail.followup_crashed id=%s", fid)
        delivery = Delivery("unknown", None, f"unexpected error while sending ({type(exc).__name__}: {exc})")
    state = {"accepted": "sent", "unknown": "unknown"}.get(delivery.outcome, "failed")

    def record(cur: duckdb.DuckDBPyConnection) -> dict[str, Any]:
        fq.update(
            cur,
            fid,
            state=state,
            error=None if state == "sent" else delivery.detail,
            sent_at=a.utcnow() if state == "sent" else None,
        )
        # every try counts in the send limits, as an application's does
        oq.record_attempt(
            cur,
            job_id,
            message_id,
            "sent" if state == "sent" else delivery.outcome,
            code=delivery.code,
            error=None if state == "sent" else delivery.detail,
        )
        return fq.get(cur, fid)

    return store.write(record)


def send_approved(outbox: Outbox) -> list[dict[str, Any]]:
    """Send every approved follow-up (the scheduler's tick); quiet when mail is not configured."""
    if not (outbox.settings.SMTP_SERVER and outbox.settings.SENDER_EMAIL):
        return []
    results = []
    for fid in outbox.store.write(lambda cur: fq.ids_in_state(cur, "approved")):
        try:
            res = send_followup(outbox, fid)
        except (Conflict, InputError) as exc:
            log.warning("mail.followup_skipped id=%s reason=%s", fid, exc.message)
            continue
        results.append(res)
        if res["state"] == "deferred":
            break
    return results


def recover_followups(store: Store) -> list[str]:
    """At start: every follow-up still `sending` becomes `unknown` for the seeker (never re-sent)."""

    def tx(cur: duckdb.DuckDBPyConnection) -> list[str]:
        ids = fq.ids_in_state(cur, "sending")
        for fid in ids:
            fq.update(
                cur,
                fid,
                state="unknown",
                error="the app stopped while sending: check your Sent folder, then confirm sent or not sent",
            )
        return ids

    return store.write(tx)


def confirm(store: Store, fid: str, *, sent: bool) -> dict[str, Any]:
    """The seeker settles an `unknown` follow-up: it went (sent), or it did not (back to approved)."""

    def tx(cur: duckdb.DuckDBPyConnection) -> dict[str, Any]:
        row = fq.get(cur, fid)
        if row["state"] != "unknown":
            raise Conflict("this message has no send waiting for confirmation")
        fq.update(
            cur,
            fid,
            state="sent" if sent else "approved",
            error=None,
            sent_at=a.utcnow() if sent else None,
            **({} if sent else {"message_id": None}),
        )
        return fq.get(cur, fid)

    return store.write(tx)
