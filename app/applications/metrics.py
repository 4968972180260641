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
from app.store import applications as aq
from app.store.jobs import counts_by_status

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
    return aq.funnel_by_source(store, FUNNEL)


def _days(row: dict[str, Any]) -> int | None:
    start, first = _as_date(row["applied_at"]), row["first_response"]
    return (first - start).days if start and first else None


def metrics(store: Store) -> dict[str, Any]:
    rows = aq.applied(store)
    days = [d for d in (_days(r) for r in rows) if d is not None]
    applied = len(rows)
    responded = sum(1 for r in rows if r["first_response"] is not None)
    by_status = counts_by_status(store)
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
    for row in aq.applied(store):
        row["days_to_response"] = _days(row)
        writer.writerow([_cell(row.get(c)) for c in CSV_COLUMNS])
    return out.getvalue()
