"""Plain words for the UI: every status, gate and criterion, and scores as percentages."""

from __future__ import annotations

from app.domain import status as domain_status
from app.domain.status import Status

STATUS_LABELS: dict[str, str] = {
    Status.DISCOVERED: "Found",
    Status.DUPLICATE: "Duplicate of another posting",
    Status.FILTERED: "Filtered out",
    Status.QUEUED: "Queued",
    Status.PROCESSING: "Being prepared",
    Status.REJECTED: "Weak match",
    Status.DOCUMENTS_READY: "Documents ready",
    Status.AWAITING_APPROVAL: "Waiting for your approval",
    Status.DRY_RUN_COMPLETE: "Ready (dry run)",
    Status.APPROVED: "Approved",
    Status.SENDING: "Sending",
    Status.SENT: "Sent",
    Status.UNKNOWN: "Send unclear: please confirm",
    Status.APPLIED: "Applied by link",
    Status.PENDING: "Needs you",
    Status.SKIPPED: "Skipped",
    Status.RESPONDED: "Employer replied",
    Status.INTERVIEW: "Interview",
    Status.OFFER: "Offer",
    Status.DECLINED: "Declined",
    Status.NO_RESPONSE: "No response",
    Status.WITHDRAWN: "Withdrawn",
    Status.EXPIRED: "Posting closed",
}
GATE_LABELS = {
    "location": "Location",
    "remote_policy": "Remote, hybrid or on-site",
    "job_type": "Employment type",
    "salary": "Salary",
    "exclusions": "Excluded words",
    "excluded_company": "Excluded company",
    "seniority": "Seniority",
    "must_have": "Must-have skills",
    "excluded_skills": "Excluded skills",
    "residence": "Where you must live",
    "role": "Kind of role",
}
CRITERION_LABELS = {
    "title": "Job title",
    "must_have": "Must-have skills",
    "preferred": "Preferred skills",
    "nice_to_have": "Nice-to-have skills",
    "keywords": "Keywords",
    "seniority": "Seniority",
    "location": "Location",
    "salary": "Salary",
    "llm": "Model's assessment",
}
STAGE_LABELS = {
    "match": "matching",
    "tailor": "tailoring",
    "cover_letter": "the cover letter",
    "check": "checks",
    "send": "sending",
    "export": "saving documents",
    "discovery": "discovery",
}
OUTCOMES = [(STATUS_LABELS[s], s.value) for s in domain_status.OUTCOMES]  # (label, status), in the domain's order


def status_label(status: str | None) -> str:
    return STATUS_LABELS.get(status or "", (status or "").replace("_", " ").capitalize())


def label(table: dict[str, str], key: str | None) -> str:
    return table.get(key or "", (key or "").replace("_", " ").capitalize())


def pct(score: float | None) -> str:
    return "" if score is None else f"{round(float(score) * 100)}%"
