"""Confirmed CV outlines, one per CV file content hash: re-used until the seeker's CV file changes."""

from __future__ import annotations

from typing import Any

import duckdb

from app.store.db import Store


def get(store: Store, sha256: str) -> dict[str, Any] | None:
    return store.read_one("SELECT sha256, file_name, outline, confirmed_at FROM cv_outlines WHERE sha256 = ?", [sha256])


def put(cur: duckdb.DuckDBPyConnection, sha256: str, file_name: str, outline_json: str) -> None:
    cur.execute(
        "INSERT INTO cv_outlines (sha256, file_name, outline, confirmed_at) VALUES (?, ?, ?, now()) "
        "ON CONFLICT (sha256) DO UPDATE SET file_name = excluded.file_name, outline = excluded.outline, "
        "confirmed_at = now()",
        [sha256, file_name, outline_json],
    )


def waiting_for_confirmation(store: Store, marker: str) -> list[str]:
    """Jobs parked in `pending` because the CV's reading was not confirmed (their error names `marker`)."""
    rows = store.read(
        "SELECT id FROM jobs WHERE status = 'pending' AND error LIKE ? ORDER BY updated_at", [f"%{marker}%"]
    )
    return [r["id"] for r in rows]
