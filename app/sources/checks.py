"""What an add (file, payload, URL or text) must satisfy before anything is stored (issue #10)."""

from __future__ import annotations

from typing import Any

from app.domain.models import Job
from app.errors import InputError, UnsupportedMediaType
from app.sources.limits import json_depth, looks_binary


def check_payload(data: bytes, settings: Any) -> None:
    """Refuse binary bytes (415) and JSON nested deeper than MAX_JSON_DEPTH (422), before any parser runs."""

    if looks_binary(data):
        raise UnsupportedMediaType("a binary file: expected a posting as JSON, RSS/Atom, HTML or text")
    if data.lstrip()[:1] in (b"{", b"[") and json_depth(data, settings.MAX_JSON_DEPTH) > settings.MAX_JSON_DEPTH:
        raise InputError(f"JSON nested deeper than {settings.MAX_JSON_DEPTH} levels")


def check_postings(jobs: list[Job], settings: Any) -> None:
    """At most MAX_POSTINGS_PER_ADD postings, each with a title and a company."""
    limit = settings.MAX_POSTINGS_PER_ADD
    if len(jobs) > limit:
        raise InputError(
            f"{len(jobs)} postings in one add: at most {limit} (MAX_POSTINGS_PER_ADD); split the file",
            detail={"postings": len(jobs), "limit": limit},
        )
    for n, job in enumerate(jobs, 1):
        where = f"posting {n} of {len(jobs)}" if len(jobs) > 1 else "the posting"
        if not job.title.strip():
            raise InputError(f"{where} has no title: a posting needs a job title")
        if not job.company.strip():
            raise InputError(f"{where} ({job.title[:80]}) has no company: a posting needs the employer's name")
