"""Metrics over applications (funnel by source, response rate, time to response) and the CSV export."""

from __future__ import annotations

import csv
import io
import statistics
from datetime import date, datetime
from typing import Any

from app.domain import status as domain_status
from app.domain.status import values
from app.store import Store

# stage -> statuses whose appearance in a job's history means the job got that far (app/domain/status.py)
FUNNEL = {stage: list(values(group)) for stage, group in domain_status.FUNNEL.items()}
CSV_COLUMNS = [
    "job_id",
    "source",
    "company",
    "title",
    "status",
    "channel",
    "recipient",
    "applied_at",
    "message_id",
    "outcome",
    "outcome_on",
    "notes",
    "days_to_response",
    "url",
]


def _as_date(value: Any) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def funnel(store: Store) -> list[dict[str, Any]]:
    stages = ", ".join(
        f"count(*) FILTER (WHERE list_has_any(r.s, {statuses!r})) AS {name}" for name, statuses in FUNNEL.items()
    )
    return store.read(
        "WITH r AS (SELECT job_id, list(DISTINCT to_status) AS s FROM status_history GROUP BY job_id) "
        f"SELECT j.source, count(*) AS discovered, {stages} FROM jobs j LEFT JOIN r ON r.job_id = j.id "
        "GROUP BY j.source ORDER BY j.source"
    )


def _applied_rows(store: Store) -> list[dict[str, Any]]:
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


def _days(row: dict[str, Any]) -> int | None:
    start, first = _as_date(row["applied_at"]), row["first_response"]
    return (first - start).days if start and first else None


def metrics(store: Store) -> dict[str, Any]:
    rows = _applied_rows(store)
    days = [d for d in (_days(r) for r in rows) if d is not None]
    applied = len(rows)
    responded = sum(1 for r in rows if r["first_response"] is not None)
    by_status = {
        r["status"]: int(r["n"])
        for r in store.read("SELECT status, count(*) AS n FROM jobs GROUP BY status ORDER BY status")
    }
    return {
        "funnel": funnel(store),
        "applied": applied,
        "responded": responded,
        "response_rate": round(responded / applied, 4) if applied else None,
        "time_to_response_days": {
            "median": statistics.median(days) if days else None,
            "mean": round(statistics.fmean(days), 2) if days else None,
            "count": len(days),
        },
        "by_status": by_status,
        "unknown_sends": by_status.get("unknown", 0),
    }


def _cell(value: Any) -> str:
    """A CSV cell that a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_csv(store: Store) -> str:
    """One row per application (email or link), with its latest outcome and the days to the first response."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in _applied_rows(store):
        row["days_to_response"] = _days(row)
        writer.writerow([_cell(row.get(c)) for c in CSV_COLUMNS])
    return out.getvalue()
