"""Queries for the UI: pipeline by stage, application board, funnel, LLM cost, and the seeker's letter edits."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from app.domain.status import BOARD, values
from app.store.db import Store

BOARD_STAGES = values(BOARD)


def pipeline(store: Store) -> list[dict[str, Any]]:
    """Jobs per status with how long they have been there (median and oldest, in minutes)."""
    return store.read(
        "SELECT status, count(*) AS jobs, "
        "round(median(date_diff('second', updated_at, now())) / 60.0, 1) AS median_minutes, "
        "round(max(date_diff('second', updated_at, now())) / 60.0, 1) AS oldest_minutes "
        "FROM jobs GROUP BY status ORDER BY jobs DESC"
    )


def board(store: Store, limit: int = 300) -> list[dict[str, Any]]:
    """Applications from approval on, with the newest outcome note and the last status reason."""
    stages = ", ".join(f"'{s}'" for s in BOARD_STAGES)
    return store.read(
        "SELECT j.id, j.status, j.title, j.company, j.updated_at, j.status_reason, "
        "(SELECT o.notes FROM outcomes o WHERE o.job_id = j.id ORDER BY o.created_at DESC LIMIT 1) AS notes "
        f"FROM jobs j WHERE j.status IN ({stages}) ORDER BY j.updated_at DESC LIMIT ?",
        [limit],
    )


def funnel(store: Store) -> list[dict[str, Any]]:
    """Per source and ISO week of discovery: found, matched (documents made), approved, sent or applied."""
    return store.read(
        "SELECT j.source, strftime(date_trunc('week', j.created_at), '%Y-%m-%d') AS week, count(*) AS found, "
        "count(*) FILTER (WHERE EXISTS (SELECT 1 FROM status_history h WHERE h.job_id = j.id "
        "  AND h.to_status = 'documents_ready')) AS matched, "
        "count(*) FILTER (WHERE EXISTS (SELECT 1 FROM status_history h WHERE h.job_id = j.id "
        "  AND h.to_status = 'approved')) AS approved, "
        "count(*) FILTER (WHERE EXISTS (SELECT 1 FROM status_history h WHERE h.job_id = j.id "
        "  AND h.to_status IN ('sent', 'applied'))) AS applied "
        "FROM jobs j GROUP BY 1, 2 ORDER BY 2, 1"
    )


def cost_by_day(store: Store, days: int = 30) -> list[dict[str, Any]]:
    return store.read(
        "SELECT strftime(CAST(created_at AS DATE), '%Y-%m-%d') AS day, round(sum(cost), 6) AS cost, "
        "count(*) AS calls FROM llm_usage WHERE created_at >= now() - to_days(CAST(? AS INTEGER)) "
        "GROUP BY 1 ORDER BY 1",
        [days],
    )


def cost_totals(store: Store, today: date | None = None) -> dict[str, float]:
    today = today or date.today()
    row = (
        store.read_one(
            "SELECT coalesce(sum(cost) FILTER (WHERE CAST(created_at AS DATE) = ?), 0) AS today, "
            "coalesce(sum(cost) FILTER (WHERE date_trunc('month', created_at) = "
            "date_trunc('month', CAST(? AS DATE))), 0)"
            " AS month, coalesce(sum(cost), 0) AS all_time FROM llm_usage",
            [today, today],
        )
        or {}
    )
    return {k: float(row.get(k) or 0.0) for k in ("today", "month", "all_time")}


def job_version(store: Store, job_id: str) -> dict[str, Any] | None:
    """The job's status and last change, for refusing an action taken on a stale page."""
    return store.read_one("SELECT id, status, updated_at FROM jobs WHERE id = ?", [job_id])


def email_target(store: Store, job_id: str) -> dict[str, Any] | None:
    return store.read_one(
        "SELECT j.id, j.status, j.title, j.company, j.location, j.source, j.apply_email, j.apply_url, j.url, "
        "json_extract_string(j.job, '$.requisition_id') AS reference, r.recipient "
        "FROM jobs j LEFT JOIN recipient_overrides r ON r.job_id = j.id WHERE j.id = ?",
        [job_id],
    )


def documents(store: Store, job_id: str) -> dict[str, dict[str, Any]]:
    return {
        r["kind"]: r
        for r in store.read(
            "SELECT kind, name, path, sha256, size, created_at FROM documents WHERE job_id = ?", [job_id]
        )
    }


def put_document(cur: Any, job_id: str, kind: str, name: str, path: str, sha256: str, size: int) -> None:
    """Insert or replace one document row (inside the caller's transaction)."""
    cur.execute("DELETE FROM documents WHERE job_id = ? AND kind = ?", [job_id, kind])
    cur.execute(
        "INSERT INTO documents (job_id, kind, name, path, sha256, size) VALUES (?, ?, ?, ?, ?, ?)",
        [job_id, kind, name, path, sha256, size],
    )


def change_cursor(store: Store) -> str:
    """Changes whenever a job, its history or a document changes: the UI refreshes only then."""
    row = (
        store.read_one(
            "SELECT (SELECT count(*) FROM jobs) AS n, (SELECT max(updated_at) FROM jobs) AS j, "
            "(SELECT max(changed_at) FROM status_history) AS h, (SELECT max(created_at) FROM documents) AS d"
        )
        or {}
    )
    return "|".join(str(row.get(k)) for k in ("n", "j", "h", "d"))


def _edit_key(job_id: str) -> str:
    return f"letter_edit:{job_id}"


def save_letter_edit(cur: Any, job_id: str, text: str) -> None:
    """Keep the seeker's letter body, so a retry that writes a new letter cannot lose it silently."""
    cur.execute(
        "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, now()) ON CONFLICT (key) "
        "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        [_edit_key(job_id), json.dumps(text)],
    )


def letter_edit(store: Store, job_id: str) -> str | None:
    raw = store.scalar("SELECT value FROM settings WHERE key = ?", [_edit_key(job_id)])
    return json.loads(raw) if raw is not None else None


def drop_letter_edit(cur: Any, job_id: str) -> None:
    cur.execute("DELETE FROM settings WHERE key = ?", [_edit_key(job_id)])
