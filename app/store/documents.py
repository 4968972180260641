"""Queries about the `documents` table: the files of a job's current run (CV, cover letter, PDFs, job_info).

Each write takes the cursor of the caller's transaction."""

from __future__ import annotations

from typing import TypedDict

import duckdb

from app.store.db import Store


class DocumentRow(TypedDict):
    kind: str
    name: str
    path: str
    sha256: str
    size: int


def replace_all(cur: duckdb.DuckDBPyConnection, job_id: str, docs: list[DocumentRow]) -> None:
    """The job's documents become exactly `docs` (a finished run's export folder)."""
    cur.execute("DELETE FROM documents WHERE job_id = ?", [job_id])
    for d in docs:
        cur.execute(
            "INSERT INTO documents (job_id, kind, name, path, sha256, size) VALUES (?,?,?,?,?,?)",
            [job_id, d["kind"], d["name"], d["path"], d["sha256"], d["size"]],
        )


def set_content(cur: duckdb.DuckDBPyConnection, job_id: str, kind: str, sha256: str, size: int) -> None:
    """The file of `kind` was rewritten in place: its digest, size and time change, its name and path do not."""
    cur.execute(
        "UPDATE documents SET sha256 = ?, size = ?, created_at = now() WHERE job_id = ? AND kind = ?",
        [sha256, size, job_id, kind],
    )


def drop(cur: duckdb.DuckDBPyConnection, job_id: str, kind: str) -> None:
    cur.execute("DELETE FROM documents WHERE job_id = ? AND kind = ?", [job_id, kind])


def path_of(store: Store, job_id: str, kind: str) -> str | None:
    """The path of the job's document of `kind`, or None when it has none."""
    value = store.scalar("SELECT path FROM documents WHERE job_id = ? AND kind = ?", [job_id, kind])
    return None if value is None else str(value)
