"""Applications that do not go through jobsmith's own send: made elsewhere and recorded afterwards, made by
hand while a job waited in `pending`, and "apply anyway" for a job a gate or the score turned away. Each
enters tracking and metrics like any other application, with the seeker's words kept in the history."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import duckdb

from app.domain.models import Job
from app.domain.status import SENT_OR_LATER, Status
from app.errors import Conflict, InputError
from app.store import applications as a
from app.store.jobs import current_status, transition
from app.store.overrides import set_override

if TYPE_CHECKING:
    from app.service import Jobsmith

OVERRIDABLE = (Status.FILTERED, Status.REJECTED)


def record_outside(
    svc: Jobsmith,
    *,
    title: str,
    company: str,
    url: str | None,
    applied_on: date | None,
    channel: str,
    notes: str | None = None,
) -> dict[str, Any]:
    """An application the seeker made outside jobsmith (LinkedIn Easy Apply, a recruiter, in person...).

    It goes through the same de-duplication as any posting, so the same role found later is not applied
    to twice; when the role is already known, that job is the one marked applied.
    """
    title, company, channel = title.strip(), company.strip(), channel.strip()
    if not title or not company:
        raise InputError("an application needs the role's title and the company")
    when = applied_on or datetime.now(UTC).date()
    job = Job(
        title=title,
        company=company,
        url=url,
        apply_url=url,
        source="outside",
        source_id=uuid.uuid4().hex,
        raw={"channel": channel, "applied_on": when.isoformat()},
    )
    [added] = svc.add_jobs([job], process=False)
    reason = f"applied outside jobsmith via {channel or 'another channel'} on {when.isoformat()}" + (
        f": {notes}" if notes else ""
    )
    applied_at = datetime(when.year, when.month, when.day)

    def tx(cur: duckdb.DuckDBPyConnection) -> str:
        status = current_status(cur, added.job_id)
        if status in SENT_OR_LATER:
            raise Conflict(
                f"already applied to this role as job {added.job_id} ({status})", detail={"job_id": added.job_id}
            )
        if status not in (Status.DISCOVERED, Status.DUPLICATE):
            raise Conflict(
                f"this role is already known as job {added.job_id} ({status}); record the application "
                "on that job instead",
                detail={"job_id": added.job_id},
            )
        a.insert_application(cur, a.job_row(cur, added.job_id), "link", None, applied_at)
        transition(cur, added.job_id, Status.APPLIED, reason=reason)
        return str(added.job_id)

    job_id = svc.store.write(tx)
    return {"job_id": job_id, "status": Status.APPLIED.value, "note": added.note}


def apply_anyway(svc: Jobsmith, job_id: str, reason: str) -> None:
    """Tailor a filtered or rejected job despite the gate or the score; the reason stays in its history."""
    reason = reason.strip()
    if not reason:
        raise InputError("say why you want to apply anyway: it is kept with the job")

    def tx(cur: duckdb.DuckDBPyConnection) -> None:
        status = current_status(cur, job_id)
        if status not in OVERRIDABLE:
            raise Conflict(f"job {job_id} is {status}: only a filtered or rejected job can be applied to anyway")
        set_override(cur, job_id, reason)

    svc.store.write(tx)
    svc.retry(job_id, reason=f"apply anyway, by you: {reason}")
