"""Which actions the seeker can take on a job in each status (the UI shows exactly these buttons)."""

from __future__ import annotations

from typing import Any

from app.domain.status import Status

S = Status
OUTCOME_STATES = frozenset({S.SENT, S.APPLIED, S.RESPONDED, S.INTERVIEW, S.NO_RESPONSE, S.OFFER})


def actions_for(job: dict[str, Any], plan: dict[str, Any] | None = None) -> list[str]:
    """Action keys for this job: approve, skip, retry, send, send_again, applied, confirm_sent,
    confirm_not_sent, outcome, edit_letter."""
    status = Status(job["status"])
    out: list[str] = []
    if status in (S.AWAITING_APPROVAL, S.DRY_RUN_COMPLETE):
        out += ["approve", "edit_letter", "skip"]
        if plan and plan.get("how") == "link":
            out.insert(1, "applied")
    elif status is S.PENDING:
        out += ["send_again"] if job.get("failed_stage") == "send" else []
        out += ["retry", "skip"]
    elif status is S.APPROVED:
        out += ["send"] if plan and plan.get("recipient") else []
        out += ["applied", "skip"]
    elif status is S.UNKNOWN:
        out += ["confirm_sent", "confirm_not_sent"]
    elif status in OUTCOME_STATES:
        out += ["outcome"]
    elif status in (S.FILTERED, S.REJECTED, S.SKIPPED, S.DUPLICATE):
        out += ["retry"]
    return out
