"""DuckDB schema, migrations and queries. Only the app process imports this (ARCHITECTURE.md rule 1)."""

from app.store.db import Store

__all__ = ["Store"]
