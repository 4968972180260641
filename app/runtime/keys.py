"""Every Redis key and queue name in one place (rq's registry.py pattern)."""

from __future__ import annotations

PREFIX = "jobsmith"
QUEUE_PIPELINE = "pipeline"
QUEUE_DISCOVERY = "discovery"
QUEUES = (QUEUE_PIPELINE, QUEUE_DISCOVERY)

EVENT_STREAM = f"{PREFIX}:events"
RECORDER_GROUP = "recorder"


def blob_key(sha256: str) -> str:
    return f"{PREFIX}:blob:{sha256}"


def llm_cache_key(digest: str) -> str:
    return f"{PREFIX}:llm:cache:{digest}"
