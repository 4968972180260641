"""Glue between the app's service (app/service.py) and the outbox, for the API, UI and CLI.

The started service owns one Outbox as `svc.outbox`. What these functions need of it is `MailHost`.
"""

from __future__ import annotations

import imaplib
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from app.applications.alerts import send_digest_due
from app.applications.followups import draft_due, send_approved
from app.applications.modes import Modes, get_modes, set_modes
from app.applications.outbox import Outbox, SendResult
from app.applications.replies import poll_replies
from app.applications.reply_model import ReplyClassifier, model_classifier
from app.applications.tracking import sweep_no_response
from app.domain.status import Status, refuse_while_unsettled
from app.errors import JobsmithError
from app.store import insights
from app.store.jobs import get_job, transition

if TYPE_CHECKING:
    from app.config.loader import Config
    from app.settings import Settings
    from app.store import Store

log = logging.getLogger(__name__)


class MailHost(Protocol):
    """What mail needs of the app's service (`app.service.Jobsmith`): a protocol, as the service imports mail."""

    @property
    def store(self) -> Store: ...

    @property
    def settings(self) -> Settings: ...

    @property
    def config(self) -> Config: ...

    @property
    def outbox(self) -> Outbox | None: ...


def build_outbox(svc: MailHost, liveness: Callable[[Any], Any] | None = None) -> Outbox:
    """An Outbox over the service's store and settings, with config/mail.yaml (bad file: ConfigError).

    `liveness` re-checks a posting before sending (issue 13); the service passes it in, so mail does not
    depend on the sources."""
    return Outbox(
        svc.store,
        svc.settings,
        svc.config.mail,
        agents=svc.config.agents,
        seeker_name=svc.config.search.seeker_name,
        liveness=liveness,
    )


def outbox_for(svc: MailHost) -> Outbox:
    """The started service's outbox (built in `Jobsmith.start`, after `recover_on_start`)."""
    outbox: Outbox | None = svc.outbox
    if outbox is None:
        raise JobsmithError("the app is not started: it has no outbox yet")
    return outbox


def modes(svc: MailHost) -> Modes:
    return get_modes(svc.store, svc.config.agents)


def change_modes(svc: MailHost, *, approval_mode: bool | None = None, dry_run: bool | None = None) -> Modes:
    return set_modes(svc.store, approval_mode=approval_mode, dry_run=dry_run, defaults=svc.config.agents)


def send_if_ready(svc: MailHost, job_id: str) -> SendResult | None:
    """Send a just-approved job when dry-run is off and it has an address; apply-link jobs wait for the seeker."""
    row = insights.email_target(svc.store, job_id)
    if row is None or row["status"] != "approved" or not (row["apply_email"] or row["recipient"]):
        return None
    if modes(svc).dry_run:
        return None
    if not (svc.settings.SMTP_SERVER and svc.settings.SENDER_EMAIL):
        log.info("mail.not_configured job_id=%s: approved, not sent (set SMTP_SERVER and SENDER_EMAIL)", job_id)
        return None
    return outbox_for(svc).send(job_id)


def send_now(svc: MailHost, job_id: str) -> SendResult:
    """A person asked to send now. A job parked in `pending` by a send failure is approved again first;
    a send still unsettled (sending, unknown) is refused."""
    row = get_job(svc.store, job_id)
    refuse_while_unsettled(row["status"], "send")
    if row["status"] == Status.PENDING and row["failed_stage"] == "send":
        svc.store.write(lambda cur: transition(cur, job_id, Status.APPROVED, reason="send again, asked by you"))
    return outbox_for(svc).send(job_id)


def send_after_approval(svc: MailHost, job_id: str) -> SendResult | None:
    """For `Jobsmith.approve`: like send_if_ready, but a failure is left in the job (pending, with the
    reason) instead of turning the approval itself into an error."""
    try:
        return send_if_ready(svc, job_id)
    except JobsmithError as exc:
        log.warning("mail.send_after_approval_failed job_id=%s reason=%s", job_id, exc.message)
        return None


def reply_classifier(svc: MailHost) -> ReplyClassifier | None:
    """The model's reading of replies when the `journey` stage has a model; else the offline rules alone."""
    from app.llm.factory import gateway_for

    gateway = gateway_for(svc.config.agents)
    return model_classifier(gateway) if gateway.enabled("journey") else None


def tick(svc: MailHost) -> dict[str, Any]:
    """For the scheduler (every minute or so): send what is due, read replies (when imap.enabled), then mark
    old silences no_response."""
    outbox = outbox_for(svc)
    sent = outbox.send_due()
    replies: list[str] | str = []
    if outbox.config.imap.enabled:
        try:
            replies = poll_replies(svc.store, svc.settings, outbox.config.imap, reply_classifier(svc))
        except (JobsmithError, OSError, imaplib.IMAP4.error) as exc:  # reported, retried on the next tick
            replies = f"replies not read: {getattr(exc, 'message', None) or exc}"
            log.warning("mail.replies_failed %s", replies)
    silent = sweep_no_response(svc.store, outbox.config.no_response_days)
    # follow-ups: draft what is due (for the seeker's approval), send what the seeker approved
    drafted = draft_due(svc.store, outbox.config, outbox.seeker_name)
    followed = send_approved(outbox)
    digest = send_digest_due(outbox, outbox.config.alerts)
    return {
        "sends": [r.__dict__ for r in sent],
        "replies": replies,
        "no_response": silent,
        "follow_ups_drafted": drafted,
        "follow_ups_sent": followed,
        "digest": digest and {k: v for k, v in digest.items() if k != "text"},
    }
