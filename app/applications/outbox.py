"""The outbox: each application goes out at most once (ARCHITECTURE.md rule 7).

Protocol per send: (1) one transaction claims the job (approved -> sending), records the application
(one per job and per duplicate group) and the outbox row `sending` with a fresh Message-ID; (2) the
SMTP transaction; (3) one transaction records the result. A crash between (1) and (3) leaves `sending`,
which `recover_on_start` turns into `unknown` for a person: nothing is ever re-sent automatically.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb

from app.applications.modes import get_modes
from app.config.agents import AgentsConfig
from app.config.mail import MailConfig
from app.domain.models import Job
from app.domain.status import Status
from app.errors import Conflict, Deferred, InputError, InvalidTransition, NoRecipient
from app.mail.message import Attachment, build_message, new_message_id, validate_address
from app.mail.smtp import Delivery, SmtpTarget, deliver_sync, target_from_settings
from app.settings import Settings
from app.store import Store
from app.store import applications as a
from app.store import outbox as oq
from app.store.jobs import current_status, current_status_of, load_job, transition

log = logging.getLogger(__name__)
Checkpoint = Callable[[str], None]  # called at each named point of the send protocol (crash tests kill there)


def _no_checkpoint(name: str) -> None:
    return None


@dataclass
class SendResult:
    job_id: str
    state: str  # sent | unknown | failed | deferred
    job_status: str
    message_id: str | None = None
    recipient: str | None = None
    code: int | None = None
    detail: str = ""
    retry_after: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class Outbox:
    def __init__(
        self,
        store: Store,
        settings: Settings,
        config: MailConfig | None = None,
        *,
        agents: AgentsConfig | None = None,
        seeker_name: str = "",
        liveness: Callable[[Job], Any] | None = None,
        checkpoint: Checkpoint = _no_checkpoint,
    ) -> None:
        self.store, self.settings = store, settings
        self._checkpoint = checkpoint
        self.config = config or MailConfig()
        self.agents = agents
        self.seeker_name = seeker_name
        self.liveness = liveness  # issue 13: re-checks the posting before sending (None: no check)

    # -- recovery and settlement -------------------------------------------------------------

    def recover_on_start(self) -> list[str]:
        """Every outbox row still `sending` becomes `unknown` (and its job too). Returns the job ids."""

        def tx(cur: duckdb.DuckDBPyConnection) -> list[str]:
            rows = oq.in_flight(cur)
            for job_id, message_id in rows:
                reason = "the app stopped while sending: check your Sent folder, then confirm sent or not sent"
                oq.mark_unknown(cur, message_id, reason)
                if current_status(cur, job_id) is Status.SENDING:  # else a person already moved it: keep theirs
                    transition(cur, job_id, Status.UNKNOWN, reason=reason)
                oq.record_attempt(cur, job_id, message_id, "unknown", error=reason)
            return [r[0] for r in rows]

        ids = self.store.write(tx)
        if ids:
            log.warning("mail.recovered_unknown count=%d jobs=%s", len(ids), ",".join(ids))
        return ids

    def confirm(self, job_id: str, *, sent: bool, note: str | None = None) -> str:
        """A person settles an `unknown` send: it went (-> sent) or it did not (-> approved, may go again)."""

        def tx(cur: duckdb.DuckDBPyConnection) -> str:
            row = oq.outbox_row(cur, job_id)
            if row is not None and row["state"] == "sending":
                raise Conflict(f"job {job_id}: a send is in flight; wait for it to finish before confirming")
            if row is None or row["state"] != "unknown":
                raise Conflict(f"job {job_id} has no send waiting for confirmation")
            why = note or ("confirmed sent by you" if sent else "confirmed not sent by you")
            if sent:
                oq.confirm_sent(cur, job_id, a.utcnow())
                transition(cur, job_id, Status.SENT, reason=why)
            else:
                oq.confirm_not_sent(cur, job_id, why)
                a.delete_application(cur, job_id)
                transition(cur, job_id, Status.APPROVED, reason=why)
            oq.record_attempt(
                cur, job_id, row["message_id"], "confirmed_sent" if sent else "confirmed_not_sent", error=note
            )
            return (Status.SENT if sent else Status.APPROVED).value

        return self.store.write(tx)

    # -- sending -----------------------------------------------------------------------------

    def recipient_for(self, job: dict[str, Any], override: str | None) -> str:
        """The typed address if any, else the posting's structured apply email; both validated."""
        raw = override or job.get("apply_email")
        if not raw:
            raise NoRecipient(
                f"job {job['id']} has no apply email: use the apply link and mark it applied, "
                "or type the address to send to"
            )
        return validate_address(raw)

    def attachments(self, docs: dict[str, dict[str, Any]]) -> list[Attachment]:
        kinds = {
            "docx": ["cv", "cover_letter"],
            "pdf": ["cv_pdf", "cover_letter_pdf"],
            "both": ["cv", "cover_letter", "cv_pdf", "cover_letter_pdf"],
        }[self.config.attach]
        missing = [k for k in kinds if k not in docs or not Path(docs[k]["path"]).is_file()]
        if missing:
            raise InputError(f"documents missing for sending: {', '.join(missing)}")
        out = [Attachment(Path(docs[k]["path"]), docs[k]["name"]) for k in kinds]
        size = sum(att.path.stat().st_size for att in out)
        if size > self.config.max_attachment_mb * 1024 * 1024:
            raise InputError(f"attachments are {size / 1048576:.1f} MB, above max_attachment_mb")
        return out

    def _check_limits(self, cur: duckdb.DuckDBPyConnection, now: datetime) -> None:
        lim = self.config.limits
        last = oq.last_send_at(cur)
        if last is not None and lim.min_spacing_seconds and now - last < timedelta(seconds=lim.min_spacing_seconds):
            raise Deferred("spacing between sends", last + timedelta(seconds=lim.min_spacing_seconds))
        for name, limit, window in (
            ("per_hour", lim.per_hour, timedelta(hours=1)),
            ("per_day", lim.per_day, timedelta(days=1)),
        ):
            count, oldest = oq.sends_since(cur, now - window)
            if count >= limit:  # free again when the oldest try in the window leaves it
                raise Deferred(f"{name} limit of {limit} reached", (oldest or now) + window)

    def send(self, job_id: str) -> SendResult:
        """Send one approved job's application, at most once. Sync; safe to call from any thread."""
        if get_modes(self.store, self.agents).dry_run:
            raise Conflict("dry-run mode is on: nothing is sent (turn it off to send)")
        closed = self._closed_posting(job_id)  # issue 13: a closed posting is never sent
        if closed is not None:
            return closed
        target = target_from_settings(self.settings, self.config.smtp.security)
        sender = validate_address(self.settings.SENDER_EMAIL)
        message_id = new_message_id(sender)
        now = a.utcnow()
        try:  # (1) the claim: one transaction
            recipient, data = self.store.write(lambda cur: self._claim(cur, job_id, sender, message_id, now))
        except Deferred as d:
            return SendResult(job_id, "deferred", Status.APPROVED.value, detail=d.reason, retry_after=d.until)
        except duckdb.ConstraintException as exc:  # the database's own uniqueness check: the last word
            self._pend(job_id, f"one application per job and duplicate group: {exc}")
            raise Conflict(f"job {job_id}: an application for this job or its duplicate group exists") from exc
        except (Conflict, InputError) as exc:
            if not isinstance(exc, NoRecipient):
                self._pend(job_id, exc.message)  # visible to a person, never dropped (rule 8)
            raise
        self._checkpoint("after_claim")
        return self._transmit(job_id, target, sender, recipient, message_id, data)

    def _claim(
        self, cur: duckdb.DuckDBPyConnection, job_id: str, sender: str, message_id: str, now: datetime
    ) -> tuple[str, bytes]:
        """approved -> sending, the application and the outbox row `sending`; returns (recipient, message)."""
        job = a.job_row(cur, job_id)
        if job["status"] != Status.APPROVED:
            raise InvalidTransition(
                f"job {job_id} is {job['status']}, not approved: nothing sent", detail={"status": job["status"]}
            )
        hold = oq.retry_after(cur, job_id)
        if hold is not None and hold > now:
            raise Deferred("waiting after a temporary failure", hold)
        self._check_limits(cur, now)
        recipient = self.recipient_for(job, a.recipient_override(cur, job_id))
        msg = build_message(
            job=job,
            sender=sender,
            sender_name=self.seeker_name,
            recipient=recipient,
            config=self.config,
            attachments=self.attachments(a.documents(cur, job_id)),
            message_id=message_id,
        )
        a.insert_application(cur, job, "email", recipient, now)
        oq.claim(cur, message_id, job_id, recipient, str(msg["Subject"]), now)
        transition(cur, job_id, Status.SENDING, reason=f"sending to {recipient}")
        return recipient, msg.as_bytes()

    def _transmit(
        self, job_id: str, target: SmtpTarget, sender: str, recipient: str, message_id: str, data: bytes
    ) -> SendResult:
        """(2) the SMTP transaction, then (3) its result recorded in one transaction."""
        log.info("mail.sending job_id=%s message_id=%s", job_id, message_id)
        try:
            delivery = deliver_sync(
                target, sender, recipient, data, self.config.smtp, before_data=lambda: self._checkpoint("before_data")
            )
        except Exception as exc:  # a bug, not SMTP: it may have gone, so a person decides (never re-sent)
            log.exception("mail.send_crashed job_id=%s", job_id)
            delivery = Delivery("unknown", None, f"unexpected error while sending ({type(exc).__name__}: {exc})")
        self._checkpoint("after_smtp")
        result = self.store.write(lambda cur: self._record(cur, job_id, message_id, recipient, delivery))
        self._checkpoint("after_record")
        log.info("mail.send_done job_id=%s state=%s code=%s", job_id, result.state, result.code)
        return result

    def _closed_posting(self, job_id: str) -> SendResult | None:
        """Issue 13: re-check an approved job's posting; closed -> `expired` with the evidence, not sent.
        An unreachable posting is logged and the seeker's approval stands."""
        if self.liveness is None or current_status_of(self.store, job_id) is not Status.APPROVED:
            return None
        verdict = self.liveness(load_job(self.store, job_id))
        if not verdict.closed:
            log.info("mail.liveness job_id=%s state=%s evidence=%s", job_id, verdict.state, verdict.evidence)
            return None
        reason = f"posting closed, not sent: {verdict.evidence}"
        self.store.write(lambda cur: transition(cur, job_id, Status.EXPIRED, reason=reason))
        return SendResult(job_id, "expired", Status.EXPIRED.value, detail=reason)

    def _pend(self, job_id: str, reason: str) -> None:
        self.store.write(
            lambda cur: transition(cur, job_id, Status.PENDING, reason=reason, failed_stage="send", error=reason)
        )

    def _record(
        self, cur: duckdb.DuckDBPyConnection, job_id: str, message_id: str, recipient: str, d: Delivery
    ) -> SendResult:
        now = a.utcnow()
        res = SendResult(job_id, "", "", message_id, recipient, d.code, d.detail)
        if current_status(cur, job_id) is not Status.SENDING:
            return self._record_late(cur, job_id, message_id, d, res)
        if d.outcome == "accepted":
            oq.mark_sent(cur, message_id, now)
            transition(cur, job_id, Status.SENT, reason=f"accepted by the server for {recipient}")
            oq.record_attempt(cur, job_id, message_id, "sent", code=d.code)
            res.state, res.job_status = "sent", Status.SENT.value
            return res
        if d.outcome == "unknown":
            oq.mark_unknown(cur, message_id, d.detail)
            transition(cur, job_id, Status.UNKNOWN, reason=d.detail)
            oq.record_attempt(cur, job_id, message_id, "unknown", error=d.detail)
            res.state, res.job_status = "unknown", Status.UNKNOWN.value
            return res
        # A definite refusal: nothing was delivered. The application is withdrawn so it may go again.
        oq.mark_failed(cur, message_id, d.detail)
        a.delete_application(cur, job_id)
        res.state = "failed"
        retry = self.config.retry
        if d.outcome == "temporary" and oq.temporary_failures_in_a_row(cur, job_id) + 1 < retry.max_temporary_failures:
            res.retry_after = now + timedelta(minutes=retry.temporary_delay_minutes)
            transition(
                cur,
                job_id,
                Status.APPROVED,
                reason=f"temporary failure ({d.detail}); retried after {res.retry_after:%Y-%m-%d %H:%M} UTC",
            )
            res.job_status = Status.APPROVED.value
        else:
            reason = {
                "auth": f"the SMTP server refused the login ({d.detail}): check SMTP_SERVER, SMTP_PORT, SENDER_EMAIL "
                "and SENDER_PASSWORD (an app password for Gmail or Outlook), then send again",
                "permanent": f"the SMTP server refused the message ({d.detail}): check the recipient address, "
                "then send again or skip",
                "temporary": f"temporary failures {retry.max_temporary_failures} times in a row (last: {d.detail}); "
                "send again when the server is back",
            }[d.outcome]
            transition(cur, job_id, Status.PENDING, reason=reason, failed_stage="send", error=d.detail)
            res.job_status, res.detail = Status.PENDING.value, reason
        oq.record_attempt(cur, job_id, message_id, d.outcome, code=d.code, error=d.detail, retry_after=res.retry_after)
        return res

    def _record_late(
        self, cur: duckdb.DuckDBPyConnection, job_id: str, message_id: str, d: Delivery, res: SendResult
    ) -> SendResult:
        """The job left `sending` while its message was on the wire (it must not; this is the safety net):
        the delivery is still recorded and the outbox row still reaches a final state."""
        state = {"accepted": "sent", "unknown": "unknown"}.get(d.outcome, "failed")
        oq.settle(
            cur, message_id, state, a.utcnow() if state == "sent" else None, None if state == "sent" else d.detail
        )
        oq.record_attempt(
            cur, job_id, message_id, "sent" if state == "sent" else d.outcome, code=d.code, error=d.detail
        )
        status = current_status(cur, job_id)
        log.error("mail.recorded_late job_id=%s state=%s job_status=%s", job_id, state, status)
        res.state, res.job_status = state, status.value
        return res

    def send_due(self) -> list[SendResult]:
        """Send every approved job that has an address and is not waiting; stops at the first deferral."""
        if get_modes(self.store, self.agents).dry_run:
            return []
        if not (self.settings.SMTP_SERVER and self.settings.SENDER_EMAIL):
            return []  # not configured: approved email jobs wait, visibly `approved`
        results = []
        for job_id in oq.approved_with_address(self.store):
            try:
                res = self.send(job_id)
            except (InputError, Conflict, InvalidTransition) as exc:
                log.warning("mail.send_due_skipped job_id=%s reason=%s", job_id, exc.message)
                continue
            results.append(res)
            if res.state == "deferred" and "temporary" not in res.detail:
                break
        return results

    @property
    def target(self) -> SmtpTarget:
        return target_from_settings(self.settings, self.config.smtp.security)
