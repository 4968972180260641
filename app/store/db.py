"""The one owner of the DuckDB file: opens it, migrates it, and serialises every write."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import duckdb

from app.errors import DatabaseDamaged, DatabaseLocked, JobsmithError

log = logging.getLogger(__name__)
T = TypeVar("T")


class Store:
    """Owns the connection. Writers pass a function; it runs alone, inside one transaction.

    DuckDB allows one read-write process per file, so every other process reaches data through the
    HTTP API. Within the process, reads use per-thread cursors and writes hold one lock.
    """

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._con: duckdb.DuckDBPyConnection | None = None
        self._write_lock = threading.RLock()
        self._local = threading.local()

    def open(self) -> Store:
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._con = duckdb.connect(str(self.path))
        except duckdb.Error as exc:
            said = str(exc).lower()
            if isinstance(exc, duckdb.IOException) and "lock" in said:
                raise DatabaseLocked(
                    f"{self.path} is open in another process (only one jobsmith app may own it; "
                    "use the running app's API, e.g. `jobsmith status` talks to it)",
                ) from exc
            if "corrupt" in said:
                # A process killed while DuckDB wrote a checkpoint has once (in the crash test) left a block whose
                # checksum no longer matches: say so plainly and touch nothing, rather than fail with DuckDB's trace.
                raise DatabaseDamaged(
                    f"{self.path} is damaged ({exc}); jobsmith left it as it is. Restore a copy of it, or move it "
                    "aside to start with an empty database.",
                ) from exc
            raise
        self.migrate()
        return self

    def close(self) -> None:
        with self._write_lock:
            if self._con is not None:
                self._con.close()
                self._con = None

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise JobsmithError("the store is not open")
        return self._con

    def _cursor(self) -> duckdb.DuckDBPyConnection:
        cur = getattr(self._local, "cur", None)
        if cur is None or getattr(self._local, "owner", None) is not self._con:
            cur = self.con.cursor()
            self._local.cur, self._local.owner = cur, self._con
        return cur

    def write(self, fn: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        """Run `fn(cursor)` as one transaction, alone. Everything it did is undone if it raises."""
        with self._write_lock:
            cur = self._cursor()
            cur.begin()
            try:
                result = fn(cur)
            except BaseException:
                cur.rollback()
                raise
            cur.commit()
            return result

    def read(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        cur = self._cursor()
        rel = cur.execute(sql, list(params))
        cols = [d[0] for d in rel.description or []]
        return [dict(zip(cols, row, strict=True)) for row in rel.fetchall()]

    def read_one(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> dict[str, Any] | None:
        rows = self.read(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> Any:
        row = self._cursor().execute(sql, list(params)).fetchone()
        return row[0] if row else None

    def ping(self) -> None:
        """Raise when the database cannot answer (health)."""
        self._cursor().execute("SELECT 1").fetchone()

    # -- migrations -------------------------------------------------------------------------

    def migrate(self) -> list[str]:
        """Apply every migration file not yet applied, in order, each in its own transaction."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version VARCHAR PRIMARY KEY, applied_at TIMESTAMP NOT NULL DEFAULT now())"
        )
        done = {r[0] for r in self.con.execute("SELECT version FROM schema_migrations").fetchall()}
        applied = []
        for name, sql in migration_files():
            if name in done:
                continue

            def apply(cur: duckdb.DuckDBPyConnection, name: str = name, sql: str = sql) -> None:
                cur.execute(sql)
                cur.execute("INSERT INTO schema_migrations (version) VALUES (?)", [name])

            self.write(apply)
            log.info("store.migrated version=%s", name)
            applied.append(name)
        return applied


def migration_files() -> list[tuple[str, str]]:
    folder = resources.files("app.store") / "migrations"
    files = sorted((p for p in folder.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name)
    return [(p.name.removesuffix(".sql"), p.read_text(encoding="utf-8")) for p in files]
