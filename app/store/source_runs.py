"""Queries about discovery runs (`source_runs`): each source's latest run."""

from __future__ import annotations

from typing import Any

from app.store.db import Store


def last_runs(store: Store) -> dict[str, dict[str, Any]]:
    """Each source's newest run (source -> its row), for the sources page and the schedule."""
    rows = store.read(
        "SELECT * EXCLUDE (rn) FROM (SELECT *, "
        "row_number() OVER (PARTITION BY source ORDER BY created_at DESC) "
        "AS rn FROM source_runs) WHERE rn = 1"
    )
    return {str(r["source"]): r for r in rows}
