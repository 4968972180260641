"""The status machine of a job (ARCHITECTURE.md section 4). The one place transitions are decided."""

from __future__ import annotations

from enum import StrEnum

from app.errors import InvalidTransition


class Status(StrEnum):
    DISCOVERED = "discovered"
    DUPLICATE = "duplicate"
    FILTERED = "filtered"
    QUEUED = "queued"
    PROCESSING = "processing"
    REJECTED = "rejected"
    DOCUMENTS_READY = "documents_ready"
    AWAITING_APPROVAL = "awaiting_approval"
    DRY_RUN_COMPLETE = "dry_run_complete"
    APPROVED = "approved"
    SENDING = "sending"
    SENT = "sent"
    UNKNOWN = "unknown"
    APPLIED = "applied"  # apply-link hand-off: the seeker applied on the site and said so
    PENDING = "pending"
    SKIPPED = "skipped"  # the seeker chose not to apply (reject in approval, or skip a pending job)
    RESPONDED = "responded"
    INTERVIEW = "interview"
    OFFER = "offer"
    DECLINED = "declined"
    NO_RESPONSE = "no_response"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"  # issue 13: the posting closed before it was sent (evidence in the reason)


S = Status
# What came of an application, in the order the seeker is offered them; the first four are the employer's answers.
OUTCOMES: tuple[Status, ...] = (S.RESPONDED, S.INTERVIEW, S.OFFER, S.DECLINED, S.NO_RESPONSE, S.WITHDRAWN)
RESPONSES: tuple[Status, ...] = (S.RESPONDED, S.INTERVIEW, S.OFFER, S.DECLINED)
_OUTCOMES = set(OUTCOMES)
# The working states: any of them may fall to `pending` when something needs a person.
WORKING = frozenset({S.DISCOVERED, S.QUEUED, S.PROCESSING, S.DOCUMENTS_READY, S.APPROVED})

TRANSITIONS: dict[Status, frozenset[Status]] = {
    # discovered -> applied: an application the seeker made outside jobsmith, recorded afterwards
    S.DISCOVERED: frozenset({S.DUPLICATE, S.FILTERED, S.QUEUED, S.SKIPPED, S.APPLIED}),
    # duplicate -> queued: the seeker overrides the grouping; -> applied: applied outside jobsmith to this posting
    S.DUPLICATE: frozenset({S.QUEUED, S.APPLIED}),
    S.FILTERED: frozenset({S.QUEUED}),  # the seeker overrides a gate
    S.QUEUED: frozenset({S.PROCESSING, S.SKIPPED}),
    # processing -> queued: a crashed run is put back for another try
    S.PROCESSING: frozenset({S.FILTERED, S.REJECTED, S.DOCUMENTS_READY, S.QUEUED}),
    S.REJECTED: frozenset({S.QUEUED}),
    S.DOCUMENTS_READY: frozenset({S.AWAITING_APPROVAL, S.DRY_RUN_COMPLETE, S.APPROVED}),
    S.AWAITING_APPROVAL: frozenset({S.APPROVED, S.SKIPPED, S.QUEUED, S.PENDING}),
    S.DRY_RUN_COMPLETE: frozenset({S.APPROVED, S.SKIPPED, S.QUEUED, S.AWAITING_APPROVAL}),
    S.APPROVED: frozenset({S.SENDING, S.APPLIED, S.AWAITING_APPROVAL, S.SKIPPED}),
    S.SENDING: frozenset({S.SENT, S.UNKNOWN, S.PENDING, S.APPROVED}),
    # unknown is settled only by a person: it was sent after all, or it was not and may go again
    S.UNKNOWN: frozenset({S.SENT, S.APPROVED, S.SKIPPED}),
    S.SENT: frozenset(_OUTCOMES),
    S.APPLIED: frozenset(_OUTCOMES),
    # pending -> applied: the seeker applied by hand while the job needed them
    S.PENDING: frozenset({S.QUEUED, S.SKIPPED, S.AWAITING_APPROVAL, S.APPROVED, S.APPLIED}),
    S.SKIPPED: frozenset({S.QUEUED, S.AWAITING_APPROVAL}),
    S.RESPONDED: frozenset({S.INTERVIEW, S.OFFER, S.DECLINED, S.NO_RESPONSE, S.WITHDRAWN}),
    S.INTERVIEW: frozenset({S.INTERVIEW, S.OFFER, S.DECLINED, S.WITHDRAWN}),
    S.OFFER: frozenset({S.DECLINED, S.WITHDRAWN}),
    S.DECLINED: frozenset(),
    S.NO_RESPONSE: frozenset({S.RESPONDED, S.INTERVIEW, S.OFFER, S.DECLINED, S.WITHDRAWN}),
    S.WITHDRAWN: frozenset(),
}
for _s in WORKING:
    TRANSITIONS[_s] = TRANSITIONS[_s] | {S.PENDING}
# issue 13 (liveness): a posting found closed before approval or before sending is `expired`, never sent.
# The seeker may disagree (re-queue it, or put it back for approval) or let it go (skip).
_BEFORE_SENDING = {
    S.QUEUED,
    S.PROCESSING,
    S.DOCUMENTS_READY,
    S.AWAITING_APPROVAL,
    S.DRY_RUN_COMPLETE,
    S.APPROVED,
    S.PENDING,
}
for _s in _BEFORE_SENDING:
    TRANSITIONS[_s] = TRANSITIONS[_s] | {S.EXPIRED}
TRANSITIONS[S.EXPIRED] = frozenset({S.QUEUED, S.AWAITING_APPROVAL, S.SKIPPED})

ALL_STATUSES: tuple[str, ...] = tuple(s.value for s in Status)
SENT_OR_LATER = frozenset({S.SENT, S.APPLIED, *_OUTCOMES})

# Named groups the API, CLI, UI and queries use; every list of statuses outside this module comes from here.
IN_PIPELINE: tuple[Status, ...] = (S.DISCOVERED, S.QUEUED, S.PROCESSING)  # the pipeline is not done with it yet
AWAITING_DECISION: tuple[Status, ...] = (S.AWAITING_APPROVAL, S.DRY_RUN_COMPLETE)  # documents wait for approval
# The application board: from approval on (withdrawn ones leave it).
BOARD: tuple[Status, ...] = (S.APPROVED, S.SENT, S.APPLIED, *RESPONSES, S.NO_RESPONSE)
ANSWERABLE: tuple[Status, ...] = (S.SENT, S.APPLIED, S.NO_RESPONSE)  # a reply from the employer can settle these
# The funnel: stage -> statuses whose appearance in a job's history means the job got that far.
FUNNEL: dict[str, tuple[Status, ...]] = {
    "matched": (S.DOCUMENTS_READY,),
    "approved": (S.APPROVED,),
    "applied": (S.SENT, S.APPLIED),
    "responded": (S.RESPONDED, S.INTERVIEW, S.OFFER, S.DECLINED),
    "interview": (S.INTERVIEW, S.OFFER),
    "offer": (S.OFFER,),
}


def values(statuses: tuple[Status, ...]) -> tuple[str, ...]:
    """The plain names of a group of statuses, e.g. for a query's parameters."""
    return tuple(s.value for s in statuses)


# A send is on the wire (`sending`) or its outcome is not known (`unknown`): only the outbox (recording the
# delivery) or a person confirming the outcome may move such a job; approve, send and retry must wait.
SEND_UNSETTLED = frozenset({S.SENDING, S.UNKNOWN})


def refuse_while_unsettled(current: Status | str, action: str) -> None:
    """Raise InvalidTransition (409) when `current` is `sending` or `unknown`; `action` names what was asked."""
    cur = Status(current)
    if cur is S.SENDING:
        raise InvalidTransition(
            f"cannot {action}: a send is in flight; wait for it to finish", detail={"status": cur.value}
        )
    if cur is S.UNKNOWN:
        raise InvalidTransition(
            f"cannot {action}: the last send's outcome is unknown; confirm whether it was "
            "sent (check your Sent folder) first",
            detail={"status": cur.value},
        )


def can_transition(current: Status | str, new: Status | str) -> bool:
    return Status(new) in TRANSITIONS[Status(current)]


def check_transition(current: Status | str, new: Status | str) -> Status:
    """Return the new status, or raise InvalidTransition naming both ends."""
    cur, nxt = Status(current), Status(new)
    if nxt not in TRANSITIONS[cur]:
        allowed = ", ".join(sorted(TRANSITIONS[cur])) or "none"
        raise InvalidTransition(
            f"a job cannot go from {cur} to {nxt} (allowed: {allowed})",
            detail={"from": cur.value, "to": nxt.value},
        )
    return nxt
