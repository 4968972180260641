"""What approving a job will do, said before it is done, and the stale-page check."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.applications import hooks
from app.applications.hooks import MailHost
from app.errors import JobsmithError
from app.mail.message import template_values, validate_address
from app.store import insights


def _same_time(a: Any, b: str) -> bool:
    try:
        left = a if isinstance(a, datetime) else datetime.fromisoformat(str(a))
        right = datetime.fromisoformat(b)
    except ValueError:
        return False
    return left.replace(tzinfo=None) == right.replace(tzinfo=None)


def stale(svc: MailHost, versions: dict[str, str]) -> dict[str, str]:
    """Jobs whose state changed since the page showed them (job id -> why)."""
    out = {}
    for job_id, seen in versions.items():
        row = insights.job_version(svc.store, job_id)
        if row is None:
            out[job_id] = "no longer exists"
        elif not _same_time(row["updated_at"], seen):
            out[job_id] = f"changed since your page showed it (now {row['status'].replace('_', ' ')}): reload first"
    return out


def mail_ready(svc: MailHost) -> bool:
    return bool(svc.settings.SMTP_SERVER and svc.settings.SENDER_EMAIL)


def approval_plan(svc: MailHost, job_id: str) -> dict[str, Any]:
    """How this job would leave on approval: `email` now (to whom), `link`, or `hold` (and why not sent)."""
    row = insights.email_target(svc.store, job_id)
    if row is None:
        return {"job_id": job_id, "how": "missing", "say": "no such job"}
    base = {"job_id": job_id, "title": row["title"], "company": row["company"], "status": row["status"]}
    raw = row["recipient"] or row["apply_email"]
    if not raw:
        link = row["apply_url"] or row["url"]
        return {
            **base,
            "how": "link",
            "link": link,
            "say": "apply by link (you apply on the site, then mark it applied)",
        }
    try:
        recipient = validate_address(raw)
    except JobsmithError as exc:
        return {**base, "how": "hold", "why": exc.message, "say": f"not sent: {exc.message}"}
    if hooks.modes(svc).dry_run:
        return {
            **base,
            "how": "hold",
            "recipient": recipient,
            "why": "dry run is on",
            "say": f"approved, not sent to {recipient}: dry run is on",
        }
    if not mail_ready(svc):
        why = "mail is not set up (SMTP_SERVER, SENDER_EMAIL)"
        return {
            **base,
            "how": "hold",
            "recipient": recipient,
            "why": why,
            "say": f"approved, not sent to {recipient}: {why}",
        }
    return {**base, "how": "email", "recipient": recipient, "say": f"emailed now to {recipient}"}


def email_preview(svc: MailHost, job_id: str) -> dict[str, Any] | None:
    """The email exactly as the outbox would build it: recipient, subject, body, attachments."""
    plan = approval_plan(svc, job_id)
    if not plan.get("recipient"):
        return None
    outbox = hooks.outbox_for(svc)
    row = insights.email_target(svc.store, job_id) or {}
    values = template_values(row, svc.config.search.seeker_name)
    docs = insights.documents(svc.store, job_id)
    try:
        attachments = [a.filename for a in outbox.attachments(docs)]
        problem = None
    except JobsmithError as exc:
        attachments, problem = [], exc.message
    return {
        "to": plan["recipient"],
        "from": svc.settings.SENDER_EMAIL or "(SENDER_EMAIL not set)",
        "subject": outbox.config.subject.format_map(values),
        "body": outbox.config.body.format_map(values),
        "attachments": attachments,
        "attachment_problem": problem,
        "sends_now": plan["how"] == "email",
        "say": plan["say"],
    }


def summary(plans: list[dict[str, Any]]) -> str:
    """'4 jobs: 1 emailed now to careers@…, 3 by apply link' — the words of the confirmation."""
    email = [p for p in plans if p["how"] == "email"]
    link = [p for p in plans if p["how"] == "link"]
    hold = [p for p in plans if p["how"] in ("hold", "missing")]
    parts = []
    if email:
        parts.append(f"{len(email)} emailed now to " + ", ".join(sorted({p["recipient"] for p in email})))
    if link:
        parts.append(f"{len(link)} by apply link")
    if hold:
        parts.append(f"{len(hold)} approved but not sent ({'; '.join(sorted({p.get('why', p['say']) for p in hold}))})")
    n = len(plans)
    return f"{n} job{'s' if n != 1 else ''}: " + ", ".join(parts)
