"""Outcome days are UTC days, like the send and apply times they are compared with."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.applications.metrics import metrics
from app.applications.tracking import mark_applied, record_outcome
from app.store import Store
from tests.mail.helpers import add_job

# Together these two cover every instant: at any UTC time, at least one of them is on another calendar day.
FAR_EAST, FAR_WEST = "Etc/GMT-14", "Etc/GMT+12"  # UTC+14 and UTC-12 (POSIX names have the sign inverted)


@pytest.fixture
def machine_timezone(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Set the process's real local timezone (TZ + tzset); restored afterwards."""

    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield use
    monkeypatch.undo()
    time.tzset()


def _applied_at(store: Store, job_id: str, when: datetime) -> None:
    store.write(lambda cur: cur.execute("UPDATE applications SET applied_at = ? WHERE job_id = ?", [when, job_id]))


@pytest.mark.parametrize("zone", [FAR_EAST, FAR_WEST])
def test_an_outcome_without_a_date_gets_the_utc_day_in_any_local_timezone(
    store: Store, tmp_path: Path, machine_timezone, zone: str
) -> None:  # type: ignore[no-untyped-def]
    machine_timezone(zone)
    job_id = add_job(store, tmp_path, apply_email=None, apply_url="https://apply.example/1")
    mark_applied(store, job_id)

    before = datetime.now(UTC).date()
    record_outcome(store, job_id, "responded")
    after = datetime.now(UTC).date()

    assert store.scalar("SELECT occurred_on FROM outcomes WHERE job_id = ?", [job_id]) in {before, after}


@pytest.mark.parametrize(
    ("answered_at", "days"),
    [
        (datetime(2026, 12, 1, 23, 58), 0),  # the same UTC evening
        (datetime(2026, 12, 2, 0, 10), 1),  # twenty minutes later, but the next UTC day
    ],
)
def test_days_to_response_counts_utc_days_across_midnight(
    store: Store, tmp_path: Path, machine_timezone, answered_at: datetime, days: int
) -> None:  # type: ignore[no-untyped-def]
    machine_timezone(FAR_EAST)  # local time is already the afternoon of 2 or 3 December
    job_id = add_job(store, tmp_path, apply_email=None, apply_url="https://apply.example/1")
    mark_applied(store, job_id)
    _applied_at(store, job_id, datetime(2026, 12, 1, 23, 50))  # stored naive UTC

    record_outcome(store, job_id, "responded", clock=lambda: answered_at)

    assert store.scalar("SELECT occurred_on FROM outcomes") == answered_at.date()
    assert metrics(store)["time_to_response_days"]["median"] == days
