"""After approval: the apply-link hand-off, the seeker's own recipient, bulk approval and outcomes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import duckdb

from app.domain import status as domain_status
from app.domain.status import Status, can_transition, values
from app.errors import Conflict, InputError, JobsmithError
from app.mail.message import validate_address
from app.store import Store
from app.store import applications as a
from app.store.jobs import current_status, transition

log = logging.getLogger(__name__)
OUTCOMES = values(domain_status.OUTCOMES)
RESPONSES = values(domain_status.RESPONSES)  # the employer answered
APPROVABLE = (Status.AWAITING_APPROVAL, Status.DRY_RUN_COMPLETE)


@dataclass
class BulkItem:
    job_id: str
    ok: bool
    status: str | None = None
    error: str | None = None
    send: dict[str, Any] | None = None


def mark_applied(store: Store, job_id: str, *, note: str | None = None) -> str:
    """The seeker applied through the posting's link: approved (or awaiting approval) -> applied.

    Records a `link` application, so the duplicate group gets no second application by email.
    """

    def tx(cur: duckdb.DuckDBPyConnection) -> str:
        job = a.job_row(cur, job_id)
        if job["status"] == Status.PENDING:  # applied by hand while the job waited for the seeker
            a.insert_application(cur, job, "link", None, a.utcnow())
            transition(cur, job_id, Status.APPLIED, reason=note or "applied by you while the job was pending")
            return Status.APPLIED.value
        if Status(job["status"]) in APPROVABLE:
            transition(cur, job_id, Status.APPROVED, reason="approved by you (applying through the link)")
        elif job["status"] != Status.APPROVED:
            raise Conflict(
                f"job {job_id} is {job['status']}: only a job waiting for approval, approved or pending "
                "can be marked applied"
            )
        a.insert_application(cur, job, "link", None, a.utcnow())
        transition(cur, job_id, Status.APPLIED, reason=note or f"applied by you via {job['apply_url'] or 'the link'}")
        return Status.APPLIED.value

    return store.write(tx)


def set_recipient(store: Store, job_id: str, address: str) -> str:
    """Store an address the seeker typed for this job (validated); it wins over the posting's apply email."""
    recipient = validate_address(address)

    def tx(cur: duckdb.DuckDBPyConnection) -> None:
        status = current_status(cur, job_id)
        if status in (Status.SENDING, Status.SENT, Status.UNKNOWN, Status.APPLIED):
            raise Conflict(f"job {job_id} is {status}: its recipient can no longer change")
        a.set_recipient_override(cur, job_id, recipient)

    store.write(tx)
    return recipient


def approve_many(job_ids: list[str], approve: Callable[[str], Any]) -> list[BulkItem]:
    """Approve each job with `approve` (the service's, which may also send); one failure stops nothing."""
    items = []
    for job_id in dict.fromkeys(job_ids):
        try:
            result = approve(job_id)
        except JobsmithError as exc:
            items.append(BulkItem(job_id, False, error=exc.message))
            continue
        send = result.__dict__ if result is not None and hasattr(result, "__dict__") else None
        items.append(BulkItem(job_id, True, status=send.get("job_status") if send else None, send=send))
    return items


def utc_today(clock: Callable[[], datetime] = a.utcnow) -> date:
    """Today's date in UTC: days are compared with send and apply times, which are stored in UTC."""
    return clock().date()


def record_outcome(
    store: Store,
    job_id: str,
    outcome: str,
    *,
    notes: str | None = None,
    occurred_on: date | None = None,
    clock: Callable[[], datetime] = a.utcnow,
) -> str:
    """Record what happened after applying (with notes and a date) and move the job's status with it.

    With no `occurred_on`, the outcome is dated by `clock` (naive UTC, like every stored timestamp).
    """
    if outcome not in OUTCOMES:
        raise InputError(f"unknown outcome {outcome!r}; expected one of {', '.join(OUTCOMES)}")
    when = occurred_on or utc_today(clock)

    def tx(cur: duckdb.DuckDBPyConnection) -> str:
        status = current_status(cur, job_id)
        if status.value != outcome or can_transition(status, outcome):
            transition(cur, job_id, Status(outcome), reason=notes or f"{outcome} recorded by you")
        # else: the same outcome again (a note on a second response): recorded, status unchanged
        a.insert_outcome(cur, job_id, outcome, notes, when, clock())
        return outcome

    return store.write(tx)


def sweep_no_response(store: Store, days: int, *, today: date | None = None) -> list[str]:
    """Jobs sent or applied `days` ago or more with no outcome at all become no_response."""
    cutoff = (today or utc_today()) - timedelta(days=days)
    silent = a.silent_since(store, cutoff)
    done = []
    for job_id in silent:
        try:
            record_outcome(store, job_id, "no_response", notes=f"no reply within {days} days", occurred_on=today)
            done.append(job_id)
        except JobsmithError as exc:  # changed under us (a person recorded something): leave it
            log.info("mail.no_response_skipped job_id=%s reason=%s", job_id, exc.message)
    return done
