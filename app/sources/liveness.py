"""Is a posting still open? Re-checked before its documents are made for approval and again before
sending, where the source allows it.

Evidence, strongest first:
1. a closing date in the posting itself has passed (JSON-LD `validThrough`, Himalayas `expiryDate`,
   Recruitee `close_at`, Greenhouse `application_deadline`);
2. the board's API no longer lists it (Greenhouse, Lever, SmartRecruiters, Workday answer 404 for the
   posting; Ashby, Recruitee and Workable boards no longer include its id);
3. its page answers 404 or 410, says the role is closed or filled, or carries a passed `validThrough`.

An answer that cannot be had (timeout, 5xx, robots.txt) is `unreachable`: reported, never taken
for closed; the seeker decides.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx

from app.domain.models import Job
from app.errors import SourceError
from app.sources.http import Http

log = logging.getLogger(__name__)

State = Literal["open", "closed", "unreachable", "unknown"]

_CLOSED_TEXT = re.compile(
    r"no\s+longer\s+(?:accepting\s+applications|available|open|active|being\s+accepted)|"
    r"(?:this|the)\s+(?:job|position|role|posting|vacancy)\s+(?:has\s+been\s+|has\s+|is\s+now\s+|is\s+|was\s+)?"
    r"(?:closed|filled|expired|removed)|position\s+has\s+been\s+filled|applications?\s+(?:are\s+|is\s+)?closed|"
    r"job\s+(?:not\s+found|expired)|posting\s+(?:not\s+found|has\s+expired)",
    re.I,
)
_VALID_THROUGH = re.compile(r'"validThrough"\s*:\s*"([^"]+)"')


@dataclass(frozen=True)
class Liveness:
    state: State
    evidence: str

    @property
    def closed(self) -> bool:
        return self.state == "closed"


def check(job: Job, http: Http, today: date | None = None) -> Liveness:
    """Whether `job` is still open, with the evidence. Never raises for a network failure."""
    today = today or datetime.now(UTC).date()
    deadline = closing_date(job)
    if deadline is not None and deadline < today:
        return Liveness("closed", f"the posting's closing date {deadline.isoformat()} has passed")
    try:
        verdict = _ats(job, http)
        if verdict is None and (job.url or job.apply_url):
            verdict = _page(str(job.url or job.apply_url), http, today)
    except SourceError as exc:
        status = (exc.detail or {}).get("status") if isinstance(exc.detail, dict) else None
        if status in (404, 410):
            return Liveness("closed", f"the posting answers HTTP {status}: {exc.message}")
        return Liveness("unreachable", f"could not re-check the posting: {exc.message}")
    return verdict or Liveness("unknown", "this source offers no way to re-check the posting")


def closing_date(job: Job) -> date | None:
    """The posting's own closing date, where its source states one."""
    raw = job.raw or {}
    for key in ("validThrough", "expiryDate", "close_at", "application_deadline"):
        value = raw.get(key)
        if value:
            from app.sources.normalise import parse_date

            return parse_date(value)
    return None


def _ats(job: Job, http: Http) -> Liveness | None:
    """Ask the board's API whether it still lists the posting; None when the source has no such API."""
    raw, sid = job.raw or {}, job.source_id
    if job.source == "greenhouse" and sid and raw.get("absolute_url"):
        board = _greenhouse_board(str(raw["absolute_url"]))
        if board:
            http.get_json(f"https://boards-api.greenhouse.io/v1/boards/{board}/jobs/{sid}")
            return Liveness("open", "Greenhouse still lists the posting")
    if job.source == "lever" and sid and raw.get("hostedUrl"):
        parts = urlsplit(str(raw["hostedUrl"]))
        site = parts.path.strip("/").split("/")[0]
        host = "api.eu.lever.co" if ".eu." in parts.netloc else "api.lever.co"
        http.get_json(f"https://{host}/v0/postings/{site}/{sid}")
        return Liveness("open", "Lever still lists the posting")
    if job.source == "smartrecruiters" and sid and raw.get("ref"):
        http.get_json(str(raw["ref"]))
        return Liveness("open", "SmartRecruiters still lists the posting")
    if job.source == "workday" and sid and job.url and "/job/" in job.url:
        from app.sources.workday import CareerSite

        prefix = job.url[: job.url.index("/job/")]
        parts = urlsplit(prefix)
        base = None if "myworkdayjobs" in parts.netloc else f"{parts.scheme}://{parts.netloc}"
        career_site = CareerSite(prefix, base)
        info = http.get_json(f"{career_site.api}{sid}").get("jobPostingInfo") or {}
        if info.get("posted") is False or info.get("canApply") is False:
            return Liveness("closed", "Workday says the posting is no longer posted or open to applications")
        return Liveness("open", "Workday still lists the posting")
    return None


def _page(url: str, http: Http, today: date) -> Liveness:
    resp = http.get_page(url)  # robots.txt honoured
    text = resp.text[:400_000]
    for m in _VALID_THROUGH.finditer(text):
        try:
            until = datetime.fromisoformat(m.group(1).replace("Z", "+00:00")).date()
        except ValueError:
            continue
        if until < today:
            return Liveness("closed", f"the page's validThrough {until.isoformat()} has passed")
    visible = re.sub(r"<script.*?</script>|<style.*?</style>|<[^>]+>", " ", text, flags=re.S | re.I)
    said = _CLOSED_TEXT.search(visible)
    if said:
        return Liveness("closed", f"the page says {' '.join(said.group(0).split())!r}")
    return Liveness("open", f"the page answers HTTP {resp.status_code} and reads as open")


def _greenhouse_board(url: str) -> str:
    parts = [p for p in urlsplit(url).path.split("/") if p]
    return parts[parts.index("jobs") - 1] if "jobs" in parts and parts.index("jobs") > 0 else ""


def recheck(
    job: Job, *, user_agent: str | None = None, timeout: float = 15.0, client: httpx.Client | None = None
) -> Liveness:
    """`check` with its own polite client (used by the worker before documents and the outbox before
    sending)."""
    from app.config.platforms import PlatformsConfig

    ua = user_agent or PlatformsConfig().user_agent
    own = client is None
    http_client = client or httpx.Client()
    try:
        # one request a second per host at most, shared with discovery (app.sources.http)
        return check(job, Http(http_client, user_agent=ua, timeout=timeout, requests_per_minute=60, retries=0))
    except Exception as exc:  # a bug here must not block the seeker: report it as unreachable
        log.exception("sources.liveness_failed job_id=%s", job.id)
        return Liveness("unreachable", f"re-check failed: {type(exc).__name__}: {exc}")
    finally:
        if own:
            http_client.close()


def as_dict(verdict: Liveness) -> dict[str, Any]:
    return {"state": verdict.state, "evidence": verdict.evidence}


__all__ = ["Liveness", "as_dict", "check", "closing_date", "recheck"]
