"""Small helpers shared by the source modules."""

from __future__ import annotations

from typing import Any

from app.domain.models import Job
from app.errors import PostingError


def base_url(params: dict[str, Any], default: str) -> str:
    """The API root, overridable with `base_url` in params (tests point it at a local server)."""
    return str(params.get("base_url") or default).rstrip("/")


def require(params: dict[str, Any], key: str, source: str) -> str:
    value = params.get(key)
    if not value:
        raise PostingError(f"{source}: the `{key}` parameter is required")
    return str(value)


def items(payload: Any, key: str | None, source: str) -> list[dict[str, Any]]:
    """The list of job objects in a payload, or PostingError saying what shape was expected."""
    data = payload.get(key) if key is not None and isinstance(payload, dict) else payload
    if not isinstance(data, list) or not all(isinstance(x, dict) for x in data):
        want = f"an object with a `{key}` list" if key else "a list of objects"
        raise PostingError(f"malformed {source} payload: expected {want}, got {type(payload).__name__}")
    return data


def parse_each(rows: list[dict[str, Any]], one: Any, source: str) -> list[Job]:
    """Parse every row; a row missing its title is malformed."""
    jobs = []
    for row in rows:
        try:
            job = one(row)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise PostingError(f"malformed {source} posting: {type(exc).__name__}: {exc}") from exc
        if job is not None:
            jobs.append(job)
    return jobs
