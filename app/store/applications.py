"""Queries about applications and the outbox. Each takes a cursor so callers compose one transaction."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, TypedDict

import duckdb

from app.errors import Conflict, NotFound
from app.store.db import Store

JOB_COLUMNS = (
    "id, status, title, company, location, source, url, apply_url, apply_email, group_id, folder, "
    "json_extract_string(job, '$.requisition_id') AS reference"
)


def utcnow() -> datetime:
    """Naive UTC, the form every timestamp in these tables is stored in."""
    return datetime.now(UTC).replace(tzinfo=None)


def rows_of(cur: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    rel = cur.execute(sql, params)
    cols = [d[0] for d in rel.description or []]
    return [dict(zip(cols, r, strict=True)) for r in rel.fetchall()]


def job_row(cur: duckdb.DuckDBPyConnection, job_id: str) -> dict[str, Any]:
    rows = rows_of(cur, f"SELECT {JOB_COLUMNS} FROM jobs WHERE id = ?", [job_id])
    if not rows:
        raise NotFound(f"no job with id {job_id}")
    return rows[0]


def recipient_override(cur: duckdb.DuckDBPyConnection, job_id: str) -> str | None:
    row = cur.execute("SELECT recipient FROM recipient_overrides WHERE job_id = ?", [job_id]).fetchone()
    return row[0] if row else None


def set_recipient_override(cur: duckdb.DuckDBPyConnection, job_id: str, recipient: str) -> None:
    cur.execute(
        "INSERT INTO recipient_overrides (job_id, recipient, created_at) VALUES (?, ?, ?) "
        "ON CONFLICT (job_id) DO UPDATE SET recipient = excluded.recipient, created_at = excluded.created_at",
        [job_id, recipient, utcnow()],
    )


def documents(cur: duckdb.DuckDBPyConnection, job_id: str) -> dict[str, dict[str, Any]]:
    return {
        r["kind"]: r
        for r in rows_of(cur, "SELECT kind, name, path, sha256, size FROM documents WHERE job_id = ?", [job_id])
    }


def application_in_group(cur: duckdb.DuckDBPyConnection, group_id: str) -> dict[str, Any] | None:
    rows = rows_of(cur, "SELECT job_id, channel, recipient FROM applications WHERE group_id = ?", [group_id])
    return rows[0] if rows else None


def insert_application(
    cur: duckdb.DuckDBPyConnection, job: dict[str, Any], channel: str, recipient: str | None, now: datetime
) -> None:
    """One application per job and per duplicate group; the UNIQUE constraints are the last word."""
    other = application_in_group(cur, job["group_id"])
    if other is not None:
        raise Conflict(
            f"already applied to this role as job {other['job_id']} ({other['channel']}); "
            "one application per duplicate group",
            detail={"job_id": other["job_id"]},
        )
    cur.execute(
        "INSERT INTO applications (job_id, group_id, channel, recipient, approved_at, applied_at, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [job["id"], job["group_id"], channel, recipient, now, now if channel == "link" else None, now],
    )


def delete_application(cur: duckdb.DuckDBPyConnection, job_id: str) -> None:
    cur.execute("DELETE FROM applications WHERE job_id = ?", [job_id])


VIEWS = {
    # every job that has an outbox row or an application, newest first
    "all": "EXISTS (SELECT 1 FROM outbox o2 WHERE o2.job_id = j.id) OR p.job_id IS NOT NULL",
    # sends a person must settle (sent or not sent)
    "unknown": "j.status = 'unknown'",
    # apply-link hand-offs: approved, no address to send to; documents ready, link shown
    "handoff": "j.status = 'approved' AND j.apply_email IS NULL AND r.recipient IS NULL",
    # sends parked for a person after a failure
    "failed": "j.status = 'pending' AND j.failed_stage = 'send'",
}


def list_applications(store: Store, view: str = "all", limit: int = 200) -> list[dict[str, Any]]:
    """Rows for the UI: the job, its application and outbox state, by view (all, unknown, handoff, failed)."""
    if view not in VIEWS:
        raise NotFound(f"unknown view {view!r}; expected one of {', '.join(VIEWS)}")
    return store.read(
        "SELECT j.id AS job_id, j.title, j.company, j.status, j.status_reason, j.apply_url, "
        "coalesce(p.channel, CASE WHEN j.apply_email IS NULL AND r.recipient IS NULL THEN 'link' ELSE 'email' END) "
        "AS channel, coalesce(o.recipient, p.recipient, r.recipient, j.apply_email) AS recipient, "
        "o.state AS outbox_state, o.message_id, o.error, o.created_at AS send_started_at, o.sent_at, p.applied_at "
        "FROM jobs j LEFT JOIN applications p ON p.job_id = j.id LEFT JOIN outbox o ON o.job_id = j.id "
        f"LEFT JOIN recipient_overrides r ON r.job_id = j.id WHERE {VIEWS[view]} "
        "ORDER BY j.updated_at DESC, j.id LIMIT ?",
        [limit],
    )


def funnel_by_source(store: Store, stages: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Per source: jobs discovered, and per stage the jobs whose history shows one of the stage's statuses."""
    counted = ", ".join(
        f"count(*) FILTER (WHERE list_has_any(r.s, {statuses!r})) AS {name}" for name, statuses in stages.items()
    )
    return store.read(
        "WITH r AS (SELECT job_id, list(DISTINCT to_status) AS s FROM status_history GROUP BY job_id) "
        f"SELECT j.source, count(*) AS discovered, {counted} FROM jobs j LEFT JOIN r ON r.job_id = j.id "
        "GROUP BY j.source ORDER BY j.source"
    )


def applied(store: Store) -> list[dict[str, Any]]:
    """One row per settled application (email or link) with its latest outcome and first response's day."""
    return store.read(
        "SELECT j.id AS job_id, j.source, j.company, j.title, j.status, j.url, p.channel, p.recipient, "
        "coalesce(o.sent_at, p.applied_at) AS applied_at, o.message_id, "
        "(SELECT min(x.occurred_on) FROM outcomes x WHERE x.job_id = j.id AND x.outcome IN "
        "('responded', 'interview', 'offer', 'declined')) AS first_response, "
        "(SELECT arg_max(x.outcome, x.created_at) FROM outcomes x WHERE x.job_id = j.id) AS outcome, "
        "(SELECT arg_max(x.occurred_on, x.created_at) FROM outcomes x WHERE x.job_id = j.id) AS outcome_on, "
        "(SELECT arg_max(x.notes, x.created_at) FROM outcomes x WHERE x.job_id = j.id) AS notes "
        "FROM applications p JOIN jobs j ON j.id = p.job_id "
        "LEFT JOIN outbox o ON o.job_id = j.id AND o.state = 'sent' "
        "WHERE j.status NOT IN ('sending', 'unknown') ORDER BY applied_at, j.id"
    )


def insert_outcome(
    cur: duckdb.DuckDBPyConnection, job_id: str, outcome: str, notes: str | None, occurred_on: date, at: datetime
) -> None:
    cur.execute(
        "INSERT INTO outcomes (job_id, outcome, notes, occurred_on, created_at) VALUES (?, ?, ?, ?, ?)",
        [job_id, outcome, notes, occurred_on, at],
    )


def silent_since(store: Store, cutoff: date) -> list[str]:
    """Jobs sent or applied on or before `cutoff` with no outcome at all and no reply waiting to be confirmed."""
    rows = store.read(
        "SELECT j.id FROM jobs j LEFT JOIN outbox o ON o.job_id = j.id AND o.state = 'sent' "
        "LEFT JOIN applications p ON p.job_id = j.id WHERE j.status IN ('sent', 'applied') "
        "AND CAST(coalesce(o.sent_at, p.applied_at) AS DATE) <= ? "
        "AND NOT EXISTS (SELECT 1 FROM outcomes x WHERE x.job_id = j.id) "
        # a reply waiting for the seeker to confirm what it says is not silence
        "AND NOT EXISTS (SELECT 1 FROM reply_readings r WHERE r.job_id = j.id AND r.state = 'proposed' "
        "AND r.proposed_outcome IS NOT NULL) ORDER BY j.id",
        [cutoff],
    )
    return [str(r["id"]) for r in rows]


class ApplicationDetail(TypedDict):
    application: dict[str, Any] | None
    outbox: dict[str, Any] | None
    attempts: list[dict[str, Any]]
    outcomes: list[dict[str, Any]]
    recipient_override: str | None


def detail(store: Store, job_id: str) -> ApplicationDetail:
    """The job's application row, outbox row, every send attempt and outcome, and the typed recipient."""
    override = store.scalar("SELECT recipient FROM recipient_overrides WHERE job_id = ?", [job_id])
    return {
        "application": store.read_one("SELECT * FROM applications WHERE job_id = ?", [job_id]),
        "outbox": store.read_one("SELECT * FROM outbox WHERE job_id = ?", [job_id]),
        "attempts": store.read("SELECT * FROM send_attempts WHERE job_id = ? ORDER BY created_at", [job_id]),
        "outcomes": store.read("SELECT * FROM outcomes WHERE job_id = ? ORDER BY created_at", [job_id]),
        "recipient_override": None if override is None else str(override),
    }
