"""Redis key names of the LLM layer, in one place."""

from __future__ import annotations

PREFIX = "jobsmith:llm"


def answer(digest: str) -> str:
    """A cached answer, by the sha256 of (provider, model, prompt, schema)."""
    return f"{PREFIX}:answer:{digest}"


def spend_job(job_id: str) -> str:
    """Spent plus reserved USD of one job."""
    return f"{PREFIX}:spend:job:{job_id}"


def spend_day(day: str) -> str:
    """Spent plus reserved USD of one UTC day (YYYY-MM-DD)."""
    return f"{PREFIX}:spend:day:{day}"


LIMITER_PREFIX = f"{PREFIX}:pace"
