"""Queries about the `settings` table: small JSON values the app keeps by key (modes, the IMAP position).

Not to be confused with `app.settings` (the environment): these are values the seeker or the app changed."""

from __future__ import annotations

import json
from typing import Any

import duckdb

from app.store.db import Store


def values(store: Store, keys: list[str]) -> dict[str, Any]:
    """The stored value of each key that has one, decoded from JSON (a key never set is absent)."""
    if not keys:
        return {}
    placeholders = ", ".join("?" * len(keys))
    rows = store.read(f"SELECT key, value FROM settings WHERE key IN ({placeholders})", keys)
    return {str(r["key"]): json.loads(r["value"]) for r in rows}


def value(store: Store, key: str) -> Any:
    """The stored value of `key` decoded from JSON, or None when it was never set."""
    raw = store.scalar("SELECT value FROM settings WHERE key = ?", [key])
    return json.loads(raw) if raw else None


def put(cur: duckdb.DuckDBPyConnection, key: str, new: Any) -> None:
    """Store `new` (as JSON) under `key`, inside the caller's transaction."""
    cur.execute(
        "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, now()) ON CONFLICT (key) "
        "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        [key, json.dumps(new)],
    )
