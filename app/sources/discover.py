"""Discovery entry points: run one configured source, or read a file, a URL or pasted text."""

from __future__ import annotations

import codecs
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
    return Http(
        client,
        user_agent=platforms.user_agent,
        timeout=cfg.timeout_seconds,
        requests_per_minute=cfg.requests_per_minute,
        max_retry_wait=cfg.max_retry_wait_seconds,
        retries=cfg.retries,
    )


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
        run = SourceRun(
            source=cfg.name, type=cfg.type, ok=False, error=f"{type(exc).__name__}: {exc}", pages=len(pages)
        )
    finally:
        if own:
            http_client.close()
    run.ms = int((time.perf_counter() - started) * 1000)
    log.info(
        "sources.run source=%s ok=%s jobs=%d pages=%d ms=%d error=%s",
        cfg.name,
        run.ok,
        len(run.jobs),
        run.pages,
        run.ms,
        run.error,
    )
    return run


def discover_all(platforms: PlatformsConfig, client: httpx.Client | None = None) -> list[SourceRun]:
    """Every enabled source in turn; one failing source does not stop the others."""
    return [discover_source(cfg, platforms, client) for cfg in platforms.sources if cfg.enabled]


def detect(data: bytes, hint: str | None = None) -> str:
    """The source kind a payload looks like: greenhouse, lever, ashby, remotive, remoteok, himalayas,
    workable, smartrecruiters, recruitee, hackernews, rss, page or text."""
    hinted = _kind_from_hint(hint) if hint else None
    if hinted:
        return hinted
    data = _without_bom(data)
    head = data.lstrip()[:2000].lower()
    if head.startswith((b"{", b"[")):
        return _detect_json(data)
    if head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head:
        return "rss"
    if b"<html" in head or b"<!doctype html" in head or b"<body" in head:
        return "page"
    return "text"


#: source kinds a hint (a file name or a word) may name outright
_NAMED_KINDS = (
    "greenhouse",
    "lever",
    "ashby",
    "remotive",
    "remoteok",
    "himalayas",
    "workable",
    "smartrecruiters",
    "recruitee",
    "hackernews",
    "workday",
)
#: (kind, file name endings, words) for hints that name a format rather than a board
_FORMAT_HINTS: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("alerts", (".eml",), ("alerts",)),
    ("rss", (".rss", ".atom", ".xml"), ("rss", "atom", "feed")),
    ("page", (".html", ".htm"), ("page",)),
    ("text", (".txt",), ("text",)),
]


def _kind_from_hint(hint: str) -> str | None:
    key = hint.lower()
    named = next((kind for kind in _NAMED_KINDS if kind in key), None)
    if named:
        return named
    return next((kind for kind, endings, words in _FORMAT_HINTS if key.endswith(endings) or key in words), None)


def _without_bom(data: bytes) -> bytes:
    """The payload without a leading byte-order mark (UTF-8, or UTF-16 re-encoded as UTF-8)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16").encode("utf-8")
    return data


def _detect_json(data: bytes) -> str:
    try:
        obj = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise PostingError(f"not valid JSON: {exc}") from exc
    rows = obj.get("jobs") if isinstance(obj, dict) else obj
    first = rows[0] if isinstance(rows, list) and rows and isinstance(rows[0], dict) else {}
    if isinstance(obj, dict) and "jobs" not in obj and ("title" in obj or "hostedUrl" in obj):
        first = obj  # one posting on its own, e.g. GET /v1/boards/{board}/jobs/{id}
    if (isinstance(obj, list) and first.get("legal") is not None) or ("position" in first and "epoch" in first):
        return "remoteok"
    kind = _kind_of_object(obj) if isinstance(obj, dict) else None
    kind = kind or next((kind for kind, key in _KEY_OF_FIRST if key in first), None)
    if kind is None:
        raise PostingError(
            "unrecognised JSON: expected a Greenhouse, Lever, Ashby, Remotive, RemoteOK, Himalayas, "
            "Workable, SmartRecruiters, Recruitee or Hacker News payload"
        )
    return kind


#: (kind, a key only that board's postings have), tried on the first posting of a list
_KEY_OF_FIRST = [
    ("greenhouse", "absolute_url"),
    ("lever", "hostedUrl"),
    ("ashby", "jobUrl"),
    ("remotive", "candidate_required_location"),
    ("himalayas", "companyName"),
    ("workable", "shortcode"),
]


def _kind_of_object(obj: dict[str, Any]) -> str | None:
    """The board whose answer (or single posting) has this object's shape, tried in this order."""
    shapes: list[tuple[str, bool]] = [
        ("workday", "jobPostings" in obj or "jobPostingInfo" in obj),
        ("recruitee", isinstance(obj.get("offer"), dict)),
        ("smartrecruiters", "jobAd" in obj and "name" in obj and "id" in obj),
        ("recruitee", "offers" in obj),
        ("smartrecruiters", "content" in obj and "totalFound" in obj),
        ("hackernews", "hits" in obj or "children" in obj),
        ("hackernews", "comment_text" in obj or obj.get("type") == "comment"),
        ("remoteok", "position" in obj and ("epoch" in obj or "slug" in obj)),
    ]
    return next((kind for kind, shaped in shapes if shaped), None)


def _single(kind: str, obj: Any) -> Any:
    """A payload holding one posting on its own, wrapped in the shape its board's list answer has."""
    if not isinstance(obj, dict):
        return obj
    if (
        kind in ("greenhouse", "ashby", "remotive", "himalayas", "workable")
        and "jobs" not in obj
        and ("title" in obj or "id" in obj)
    ):
        return {"jobs": [obj]}
    if kind == "lever" and "hostedUrl" in obj:
        return [obj]
    if kind == "smartrecruiters" and "content" not in obj and "id" in obj:
        return {"content": [obj]}
    if kind == "recruitee" and isinstance(obj.get("offer"), dict):
        return {"offers": [obj["offer"]]}
    if kind == "remoteok" and "position" in obj:
        return [obj]
    if kind == "hackernews" and "comment_text" in obj:
        return {"hits": [{**obj, "parent_id": obj.get("story_id")}]}
    if kind == "hackernews" and obj.get("type") == "comment" and "text" in obj:
        return {
            "hits": [
                {
                    "objectID": str(obj.get("id")),
                    "comment_text": obj.get("text"),
                    "created_at": obj.get("created_at"),
                    "parent_id": obj.get("parent_id"),
                    "story_id": obj.get("story_id") or obj.get("parent_id"),
                }
            ]
        }
    return obj


def parse_payload(data: bytes, kind: str, params: dict[str, Any] | None = None) -> list[Job]:
    """Jobs from a saved answer of a known kind (a whole board or one posting on its own)."""
    source = get_source(kind)
    payload: Any = _without_bom(data)
    if kind not in ("rss", "page", "text", "alerts"):
        try:
            payload = json.loads(payload)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise PostingError(f"not valid JSON for {kind}: {exc}") from exc
        payload = _single(kind, payload)
    return source.parse(payload, dict(params or {}))


def parse_any(data: bytes, hint: str | None = None) -> list[Job]:
    """Jobs from a saved payload (`jobsmith add FILE`); `hint` is a file name or a source kind."""
    kind = detect(data, hint)
    jobs = parse_payload(data, kind)
    if not jobs:
        raise PostingError(f"no postings found in this {kind} payload")
    return jobs


def fetch_page(
    url: str, platforms: PlatformsConfig | None = None, client: httpx.Client | None = None, timeout: float = 20.0
) -> list[Job]:
    """Jobs from one URL (`jobsmith add URL`): a job page, a feed or a board API answer."""
    platforms = platforms or PlatformsConfig()
    own = client is None
    http_client = client or guarded_client()  # every fetch checked (app/net/fetch.py)
    try:
        http = Http(http_client, user_agent=platforms.user_agent, timeout=timeout, requests_per_minute=0)
        resp = http.get_page(url)
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
    salary = job.salary.model_dump(exclude={"text", "ambiguous"}) if job.salary else None
    basis = {
        "title": job.title,
        "company": job.company,
        "locations": [loc.raw for loc in job.locations],
        "remote": job.remote,
        "type": job.employment_type,
        "salary": salary,
        "text": " ".join(job.description_text.split()),
        "apply": [job.apply_url, job.apply_email],
        "req": job.requisition_id,
    }
    return hashlib.sha256(json.dumps(basis, sort_keys=True, default=str).encode()).hexdigest()[:32]


__all__ = [
    "SourceError",
    "SourceRun",
    "detect",
    "discover_all",
    "discover_source",
    "fetch_page",
    "job_content_hash",
    "parse_any",
    "parse_pasted_text",
    "parse_payload",
]
