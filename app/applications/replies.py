"""Replies by IMAP (optional), read and understood, proposed to the seeker.

A reply belongs to a job when its In-Reply-To or References names one of our sent Message-IDs (`thread`),
or, for applications made through a link, when it comes from the company's own mail domain (`company`).
Each is classified offline (interview, rejection, request for information, acknowledgement, other) and
stored as a proposal with the phrase that decided it; nothing changes the job's outcome until the seeker
confirms it (`confirm_reading`)."""

from __future__ import annotations

import logging
import re
from typing import Any

from app.applications.reply_kinds import classify_reply
from app.applications.reply_model import ReplyClassifier
from app.applications.tracking import record_outcome
from app.config.mail import ImapConfig
from app.errors import JobsmithError, MailNotConfigured
from app.mail.imap import Reply, fetch_replies
from app.settings import Settings
from app.store import Store
from app.store import replies as rq
from app.store import settings as kv

log = logging.getLogger(__name__)
STATE_KEY = "imap_replies"
_MAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
ANSWERABLE = rq.ANSWERABLE
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
    address = _MAIL.search(reply.sender)
    sender_domain = _domain(address.group(0) if address else "")
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
    state = kv.value(store, STATE_KEY) or {}
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
    store.write(lambda cur: kv.put(cur, STATE_KEY, {"uidvalidity": validity, "last_uid": last}))
    if moved:
        log.info("mail.replies_proposed count=%d", len(moved))
    return moved
