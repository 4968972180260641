"""The alert digest: new strong matches, approvals waiting (and waiting long), replies to confirm and
follow-ups to approve, sent to the seeker's own mailbox through their SMTP settings, and optionally
POSTed as text to a webhook (an ntfy topic URL or any URL). Off by default; at most one per period (a day
or an ISO week): the period is claimed in the database before anything goes out, so a crash or a second
app never sends it twice. A period with nothing to say sends nothing and stays open."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate
from typing import Any

import httpx

from app.applications.outbox import Outbox
from app.config.mail import AlertsConfig
from app.errors import MailNotConfigured
from app.mail.message import header_text, new_message_id, validate_address
from app.mail.smtp import deliver_sync, target_from_settings
from app.store import digests as dq

log = logging.getLogger(__name__)


def period_of(now: datetime, cfg: AlertsConfig) -> str:
    if cfg.period == "weekly":
        year, week, _ = now.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{now:%Y-%m-%d}"


def gather(cur: Any, cfg: AlertsConfig, now: datetime) -> dict[str, Any]:
    since = dq.last_sent(cur) or now - timedelta(days=7 if cfg.period == "weekly" else 1)
    total, long = dq.waiting_approvals(cur, now - timedelta(days=cfg.waiting_long_days))
    return {
        "strong_matches": dq.strong_matches(cur, since, cfg.strong_score),
        "waiting": total,
        "waiting_long": long,
        "replies": dq.new_replies(cur, since),
        "follow_ups": dq.followups_due(cur),
    }


def has_news(summary: dict[str, Any]) -> bool:
    return bool(summary["strong_matches"] or summary["waiting"] or summary["replies"] or summary["follow_ups"])


def render(summary: dict[str, Any], cfg: AlertsConfig) -> str:
    """Plain text: posting fields are someone else's words, cut and stripped of control characters."""

    def clean(value: Any) -> str:
        return header_text(value, 120)

    lines = []
    if summary["strong_matches"]:
        lines.append(f"New strong matches ({len(summary['strong_matches'])}):")
        lines += [
            f"  - {clean(j['title'])} at {clean(j['company'])} ({round(100 * j['score'])}%)"
            for j in summary["strong_matches"]
        ]
    if summary["waiting"]:
        lines.append(f"Waiting for your approval: {summary['waiting']}")
        lines += [
            f"  - waiting {cfg.waiting_long_days}+ days: {clean(j['title'])} at {clean(j['company'])}"
            for j in summary["waiting_long"]
        ]
    if summary["replies"]:
        lines.append(f"Replies to confirm ({len(summary['replies'])}):")
        lines += [
            f"  - {r['kind'].replace('_', ' ')}: {clean(r['title'])} at {clean(r['company'])}"
            for r in summary["replies"]
        ]
    if summary["follow_ups"]:
        lines.append(f"Follow-ups to approve ({len(summary['follow_ups'])}):")
        lines += [
            f"  - {f['kind'].replace('_', ' ')}: {clean(f['title'])} at {clean(f['company'])}"
            for f in summary["follow_ups"]
        ]
    lines.append("")
    lines.append(
        "Open jobsmith to review them. (This digest comes from your own jobsmith; turn it off in "
        "config/mail.yaml, alerts.enabled.)"
    )
    return "\n".join(lines)


def _email(outbox: Outbox, cfg: AlertsConfig, text: str, period: str) -> str | None:
    settings = outbox.settings
    if not (settings.SMTP_SERVER and settings.SENDER_EMAIL):
        raise MailNotConfigured("the digest goes through your SMTP settings: set SMTP_SERVER and SENDER_EMAIL")
    sender = validate_address(settings.SENDER_EMAIL)
    to = validate_address(cfg.to or sender)
    msg = EmailMessage()
    msg["From"] = Address(display_name="jobsmith", addr_spec=sender)
    msg["To"] = Address(addr_spec=to)
    msg["Subject"] = f"jobsmith digest {period}"
    msg["Date"] = formatdate(usegmt=True)
    msg["Message-ID"] = new_message_id(sender)
    msg.set_content(text)
    d = deliver_sync(
        target_from_settings(settings, outbox.config.smtp.security), sender, to, msg.as_bytes(), outbox.config.smtp
    )
    return None if d.outcome == "accepted" else f"{d.outcome}: {d.detail}"


def _webhook(url: str, text: str, period: str) -> str | None:
    try:  # the seeker's own URL from their config; no redirects, a short deadline
        resp = httpx.post(
            url,
            content=text.encode(),
            headers={"Title": f"jobsmith digest {period}"},
            timeout=10,
            follow_redirects=False,
        )
    except httpx.HTTPError as exc:
        return f"webhook: {type(exc).__name__}"
    return None if resp.is_success else f"webhook answered {resp.status_code}"


def send_digest_due(outbox: Outbox, cfg: AlertsConfig, *, now: datetime | None = None) -> dict[str, Any] | None:
    """Send this period's digest if it is due, has news and was not sent; returns what happened, or None."""
    if not cfg.enabled:
        return None
    now = now or datetime.now(UTC).replace(tzinfo=None)
    if now.hour < cfg.hour_utc:
        return None
    period = period_of(now, cfg)
    store = outbox.store

    def take(cur: Any) -> dict[str, Any] | None:
        summary = gather(cur, cfg, now)
        return summary if has_news(summary) and dq.claim(cur, period, summary) else None

    summary = store.write(take)
    if summary is None:
        return None
    text = render(summary, cfg)
    problems: list[str] = []
    delivered: list[str] = []
    try:
        problem = _email(outbox, cfg, text, period)
        (problems if problem else delivered).append(problem or "email")
    except MailNotConfigured as exc:
        if not cfg.webhook_url:  # with a webhook, email is optional
            problems.append(exc.message)
    if cfg.webhook_url:
        problem = _webhook(cfg.webhook_url, text, period)
        (problems if problem else delivered).append(problem or "webhook")
    unknown = any(p.startswith("unknown") for p in problems)
    # Delivered anywhere (or maybe delivered): the period is done, never repeated. Nothing delivered: the next
    # tick may try again.
    state = "sending" if unknown else "sent" if delivered else "failed"
    store.write(lambda cur: dq.finish(cur, period, state, "; ".join(problems) or None))
    if problems:
        log.warning("mail.digest_problem period=%s %s", period, "; ".join(problems))
    return {"period": period, "state": state, "delivered": delivered, "detail": problems, "text": text}
