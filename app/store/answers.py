"""Queries about application-form answers and the seeker's saved answers to personal questions."""

from __future__ import annotations

import json
from typing import Any

import duckdb

from app.errors import NotFound
from app.store.applications import rows_of, utcnow

PROFILE_KEY = "answer_profile"


def get_profile(cur: duckdb.DuckDBPyConnection) -> dict[str, str]:
    row = cur.execute("SELECT value FROM settings WHERE key = ?", [PROFILE_KEY]).fetchone()
    return dict(json.loads(row[0])) if row else {}


def put_profile(cur: duckdb.DuckDBPyConnection, profile: dict[str, str]) -> None:
    cur.execute(
        "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
        "value = excluded.value, updated_at = excluded.updated_at",
        [PROFILE_KEY, json.dumps(profile), utcnow()],
    )


def replace_answers(cur: duckdb.DuckDBPyConnection, job_id: str, answers: list[dict[str, Any]]) -> None:
    cur.execute("DELETE FROM form_answers WHERE job_id = ?", [job_id])
    now = utcnow()
    for i, a in enumerate(answers):
        detail = {"sources": a["sources"], "removed": a["removed"], "note": a["note"]}
        cur.execute(
            "INSERT INTO form_answers (job_id, idx, question, answer, state, topic, max_chars, detail, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [job_id, i, a["question"], a["answer"], a["state"], a["topic"], a["limit"], json.dumps(detail), now],
        )


def list_answers(cur: duckdb.DuckDBPyConnection, job_id: str) -> list[dict[str, Any]]:
    rows = rows_of(
        cur,
        "SELECT idx, question, answer, state, topic, max_chars, detail, updated_at FROM form_answers "
        "WHERE job_id = ? ORDER BY idx",
        [job_id],
    )
    for r in rows:
        r.update(json.loads(r.pop("detail")))
    return rows


def edit_answer(cur: duckdb.DuckDBPyConnection, job_id: str, idx: int, text: str) -> None:
    if not cur.execute("SELECT 1 FROM form_answers WHERE job_id = ? AND idx = ?", [job_id, idx]).fetchone():
        raise NotFound(f"job {job_id} has no answer number {idx}")
    cur.execute(
        "UPDATE form_answers SET answer = ?, state = 'edited', updated_at = ? WHERE job_id = ? AND idx = ?",
        [text, utcnow(), job_id, idx],
    )
