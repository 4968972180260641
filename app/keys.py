"""Every Redis key and queue name in one place (rq's registry.py pattern).

A top-level module, like app/errors.py, so that every layer may use it: app/llm (its cache, spend ledger and
pacing) as well as app/runtime and app/workers, without an import cycle between packages.
"""

from __future__ import annotations

import hashlib
import re

PREFIX = "jobsmith"
QUEUE_PIPELINE = "pipeline"
QUEUE_DISCOVERY = "discovery"
QUEUES = (QUEUE_PIPELINE, QUEUE_DISCOVERY)

EVENT_STREAM = f"{PREFIX}:events"
RECORDER_GROUP = "recorder"


def blob_key(sha256: str) -> str:
    return f"{PREFIX}:blob:{sha256}"


# -- the LLM layer: cached answers, spend, pacing -----------------------------------------------

LLM_PREFIX = f"{PREFIX}:llm"


def llm_answer(digest: str) -> str:
    """A cached answer, by the sha256 of (provider, model, prompt, schema)."""
    return f"{LLM_PREFIX}:answer:{digest}"


def llm_spend_job(job_id: str) -> str:
    """Spent plus reserved USD of one job."""
    return f"{LLM_PREFIX}:spend:job:{job_id}"


def llm_spend_day(day: str) -> str:
    """Spent plus reserved USD of one UTC day (YYYY-MM-DD)."""
    return f"{LLM_PREFIX}:spend:day:{day}"


LLM_PACE_PREFIX = f"{LLM_PREFIX}:pace"  # the rate limiter's storage prefix


# -- distributed runtime (Redis + RQ) ----------------------------------------------------------

RECORDER_CONSUMER = "app"  # one app process owns the database, so one stable consumer name
REAPER_LOCK = f"{PREFIX}:reaper:lock"
REFUSED_KEY = f"{PREFIX}:workers:refused"  # jobs a worker refused to run (not a registered task), newest first


def rq_job_id(queue: str, key: str) -> str:
    """The RQ job id for an executor key: the same (job, run) always maps to the same RQ job."""
    safe = re.sub(r"[^A-Za-z0-9_-]", "-", key)[:80]
    return f"{PREFIX}-{queue}-{safe}-{hashlib.sha256(key.encode()).hexdigest()[:8]}"


def lease_key(rq_job_id: str) -> str:
    """Refreshed by the process running the job; when it expires the job is presumed abandoned."""
    return f"{PREFIX}:lease:{rq_job_id}"


def inflight_key(queue: str) -> str:
    """Sorted set of RQ job ids enqueued and not yet settled (score: enqueue time)."""
    return f"{PREFIX}:inflight:{queue}"
