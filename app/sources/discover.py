"""Discovery entry points: run one configured source, or read a file, a URL or pasted text."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from typing import Any

import httpx
from pydantic import BaseModel, Field

from app.config.platforms import PlatformsConfig, SourceConfig
from app.domain.models import Job
from app.errors import JobsmithError, PostingError, SourceError
from app.net.fetch import guarded_client
from app.sources.http import Http
from app.sources.pasted import parse_text
from app.sources.registry import get_source

log = logging.getLogger(__name__)


class SourceRun(BaseModel):
    """The outcome of one source's discovery run. A failed source says why and never raises."""

    source: str = Field(description="the configured source name")
    type: str = Field("", description="the source kind, e.g. greenhouse")
    ok: bool
    error: str | None = None
    jobs: list[Job] = Field(default_factory=list)
    pages: int = 0
    ms: int = 0


def _http(cfg: SourceConfig, platforms: PlatformsConfig, client: httpx.Client) -> Http:
    return Http(client, user_agent=platforms.user_agent, timeout=cfg.timeout_seconds,
                requests_per_minute=cfg.requests_per_minute, max_retry_wait=cfg.max_retry_wait_seconds,
                retries=cfg.retries)


def discover_source(cfg: SourceConfig, platforms: PlatformsConfig, client: httpx.Client | None = None) -> SourceRun:
    """Fetch and parse one source. HTTP errors, timeouts, 429s and bad payloads mark it failed."""
    started = time.perf_counter()
    own = client is None
    http_client = client or guarded_client()  # every fetch checked (app/net/fetch.py)
    pages: list[Any] = []
    try:
        source = get_source(cfg.type)
        http = _http(cfg, platforms, http_client)
        pages = source.fetch(http, cfg.params)
        jobs: list[Job] = []
        seen: set[str] = set()
        for page in pages:
            for job in source.parse(page, cfg.params):
                if job.id not in seen:
                    seen.add(job.id)
                    jobs.append(job)
        run = SourceRun(source=cfg.name, type=cfg.type, ok=True, jobs=jobs, pages=len(pages))
    except JobsmithError as exc:
        run = SourceRun(source=cfg.name, type=cfg.type, ok=False, error=exc.message, pages=len(pages))
    except Exception as exc:  # a source must never take discovery down with it
        log.exception("sources.unexpected source=%s", cfg.name)
        run = SourceRun(source=cfg.name, type=cfg.type, ok=False, error=f"{type(exc).__name__}: {exc}",
                        pages=len(pages))
    finally:
        if own:
            http_client.close()
    run.ms = int((time.perf_counter() - started) * 1000)
    log.info("sources.run source=%s ok=%s jobs=%d pages=%d ms=%d error=%s",
             cfg.name, run.ok, len(run.jobs), run.pages, run.ms, run.error)
    return run


def discover_all(platforms: PlatformsConfig, client: httpx.Client | None = None) -> list[SourceRun]:
    """Every enabled source in turn; one failing source does not stop the others."""
    return [discover_source(cfg, platforms, client) for cfg in platforms.sources if cfg.enabled]


def detect(data: bytes, hint: str | None = None) -> str:
    """The source kind a payload looks like: greenhouse, lever, ashby, remotive, remoteok, himalayas,
    workable, smartrecruiters, recruitee, hackernews, rss, page or text."""
    if hint:
        key = hint.lower()
        for kind in ("greenhouse", "lever", "ashby", "remotive", "remoteok", "himalayas", "workable",
                     "smartrecruiters", "recruitee", "hackernews"):
            if kind in key:
                return kind
        if key.endswith((".rss", ".atom", ".xml")) or key in ("rss", "atom", "feed"):
            return "rss"
        if key.endswith((".html", ".htm")) or key == "page":
            return "page"
        if key.endswith(".txt") or key == "text":
            return "text"
    head = data.lstrip()[:2000].lower()
    if head.startswith((b"{", b"[")):
        return _detect_json(data)
    if head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head:
        return "rss"
    if b"<html" in head or b"<!doctype html" in head or b"<body" in head:
        return "page"
    return "text"


def _detect_json(data: bytes) -> str:
    try:
        obj = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise PostingError(f"not valid JSON: {exc}") from exc
    rows = obj.get("jobs") if isinstance(obj, dict) else obj
    first = rows[0] if isinstance(rows, list) and rows and isinstance(rows[0], dict) else {}
    if isinstance(obj, dict) and "jobs" not in obj and "title" in obj:
        first = obj  # one posting on its own, e.g. GET /v1/boards/{board}/jobs/{id}
    if (isinstance(obj, list) and first.get("legal") is not None) or ("position" in first and "epoch" in first):
        return "remoteok"
    if isinstance(obj, dict):
        if "offers" in obj:
            return "recruitee"
        if "content" in obj and "totalFound" in obj:
            return "smartrecruiters"
        if "hits" in obj or "children" in obj:
            return "hackernews"
    checks = [("greenhouse", "absolute_url"), ("lever", "hostedUrl"), ("ashby", "jobUrl"),
              ("remotive", "candidate_required_location"), ("himalayas", "companyName"),
              ("workable", "shortcode")]
    for kind, key in checks:
        if key in first:
            return kind
    raise PostingError("unrecognised JSON: expected a Greenhouse, Lever, Ashby, Remotive, RemoteOK, Himalayas, "
                       "Workable, SmartRecruiters, Recruitee or Hacker News payload")


_ONE = {"greenhouse": lambda o: {"jobs": [o]}, "ashby": lambda o: {"jobs": [o]}, "lever": lambda o: [o],
        "remotive": lambda o: {"jobs": [o]}, "himalayas": lambda o: {"jobs": [o]}, "workable": lambda o: {"jobs": [o]}}


def parse_any(data: bytes, hint: str | None = None) -> list[Job]:
    """Jobs from a saved payload (`jobsmith add FILE`); `hint` is a file name or a source kind."""
    kind = detect(data, hint)
    source = get_source(kind)
    payload: Any = data
    if kind not in ("rss", "page", "text"):
        try:
            payload = json.loads(data)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise PostingError(f"not valid JSON for {kind}: {exc}") from exc
    if isinstance(payload, dict) and "jobs" not in payload and "title" in payload and kind in _ONE:
        payload = _ONE[kind](payload)
    jobs = source.parse(payload, {})
    if not jobs:
        raise PostingError(f"no postings found in this {kind} payload")
    return jobs


def fetch_page(url: str, platforms: PlatformsConfig | None = None, client: httpx.Client | None = None,
               timeout: float = 20.0) -> list[Job]:
    """Jobs from one URL (`jobsmith add URL`): a job page, a feed or a board API answer."""
    platforms = platforms or PlatformsConfig()
    own = client is None
    http_client = client or guarded_client()  # every fetch checked (app/net/fetch.py)
    try:
        http = Http(http_client, user_agent=platforms.user_agent, timeout=timeout, requests_per_minute=0)
        resp = http.get(url)
    finally:
        if own:
            http_client.close()
    ctype = resp.headers.get("content-type", "").lower()
    kind = "rss" if ("xml" in ctype or "rss" in ctype) else None
    data = resp.content
    detected = kind or detect(data, None)
    if detected == "text":
        detected = "page"
    if detected == "page":
        return get_source("page").parse({"url": str(resp.url), "html": resp.text}, {"url": str(resp.url)})
    return parse_any(data, detected)


def parse_pasted_text(text: str) -> Job:
    """A Job from pasted text: title on the first line, "Company:"-style hints; PostingError if unusable."""
    return parse_text(text)


def job_content_hash(job: Job) -> str:
    """A hash of what a person would see change in a posting, so unchanged postings can be skipped."""
    salary = job.salary.model_dump(exclude={"text"}) if job.salary else None
    basis = {
        "title": job.title, "company": job.company, "locations": [loc.raw for loc in job.locations],
        "remote": job.remote, "type": job.employment_type, "salary": salary,
        "text": " ".join(job.description_text.split()), "apply": [job.apply_url, job.apply_email],
        "req": job.requisition_id,
    }
    return hashlib.sha256(json.dumps(basis, sort_keys=True, default=str).encode()).hexdigest()[:32]


__all__ = ["SourceError", "SourceRun", "detect", "discover_all", "discover_source", "fetch_page",
           "job_content_hash", "parse_any", "parse_pasted_text"]
