"""Workday career sites: the public JSON behind `https://<tenant>.wd<N>.myworkdayjobs.com/<site>`.

Configured by the career-site URL the seeker copies from the browser, e.g.
`https://acme.wd5.myworkdayjobs.com/en-US/External`. The search is
`POST /wday/cxs/<tenant>/<site>/jobs` with `{"limit", "offset", "searchText", "appliedFacets"}` (paged
by offset, at most 20 a page), and each posting's detail is `GET /wday/cxs/<tenant>/<site><externalPath>`.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from app.domain.models import Job, Location
from app.errors import PostingError, SourceError
from app.sources.base import parse_each
from app.sources.normalise import build_job, company_from_slug
from app.sources.places import arrangement_word, country_code, parse_location, parse_locations
from app.sources.registry import Fetcher

log = logging.getLogger(__name__)
PAGE = 20  # Workday refuses larger pages
_LOCALE = re.compile(r"^[a-z]{2}(-[A-Z]{2})?$")
_MANY = re.compile(r"^\d+\s+locations?$", re.I)
_POSTED = re.compile(r"posted\s+(today|yesterday|(\d+)\+?\s+days?\s+ago)", re.I)


class CareerSite:
    """Where a career-site URL points: host, tenant, site and the cxs API root."""

    def __init__(self, url: str, base: str | None = None) -> None:
        parts = urlsplit(url.strip())
        if not parts.netloc or ("myworkdayjobs" not in parts.netloc and not base):
            raise SourceError(
                f"workday: {url!r} is not a career-site URL like https://acme.wd5.myworkdayjobs.com/en-US/External"
            )
        segments = [s for s in parts.path.split("/") if s and not _LOCALE.match(s)]
        if not segments:
            raise SourceError(f"workday: {url!r} names no career site (the part after the host, e.g. /External)")
        self.host = parts.netloc
        self.tenant = parts.netloc.split(".")[0]
        self.site = segments[0]
        origin = (base or f"{parts.scheme or 'https'}://{parts.netloc}").rstrip("/")
        self.api = f"{origin}/wday/cxs/{self.tenant}/{self.site}"
        self.public = f"https://{parts.netloc}/{self.site}"


class Workday:
    name = "workday"

    def fetch(self, http: Fetcher, params: dict[str, Any]) -> list[Any]:
        if not params.get("url"):
            raise SourceError("workday: the `url` parameter (the career-site URL) is required")
        site = CareerSite(str(params["url"]), params.get("base_url"))
        limit = min(int(params.get("page_size", PAGE)), PAGE)
        budget = int(params.get("max_details", 100)) if params.get("details", True) else 0
        pages: list[Any] = []
        offset = 0
        for _ in range(int(params.get("max_pages", 10))):
            body = {"appliedFacets": {}, "limit": limit, "offset": offset, "searchText": params.get("search", "")}
            page = http.post_json(f"{site.api}/jobs", body)
            if not isinstance(page, dict) or not isinstance(page.get("jobPostings"), list):
                raise PostingError("malformed workday payload: expected an object with a `jobPostings` list")
            rows = page["jobPostings"]
            for row in rows:  # the list has no description: read each posting's detail, within budget
                if budget > 0 and isinstance(row, dict) and row.get("externalPath"):
                    budget -= 1
                    row["detail"] = http.get_json(f"{site.api}{row['externalPath']}").get("jobPostingInfo")
            pages.append(page)
            offset += len(rows)
            # Workday sends `total` on the first page only (0 on later ones)
            total = int(pages[0].get("total") or 0)
            if not rows or len(rows) < limit or offset >= total:
                break
        return pages

    def parse(self, payload: Any, params: dict[str, Any] | None = None) -> list[Job]:
        params = dict(params or {})
        site = CareerSite(str(params["url"]), params.get("base_url")) if params.get("url") else None
        if isinstance(payload, dict) and isinstance(payload.get("jobPostingInfo"), dict):
            info = payload["jobPostingInfo"]
            rows = [{"title": info.get("title"), "externalPath": _path_of(info.get("externalUrl")), "detail": info}]
        elif isinstance(payload, dict) and isinstance(payload.get("jobPostings"), list):
            rows = [r for r in payload["jobPostings"] if isinstance(r, dict)]
        else:
            raise PostingError("malformed workday payload: expected `jobPostings` (search) or `jobPostingInfo`")
        if not params.get("company"):
            tenant = site.tenant if site else _tenant_of(rows)
            params["company"] = company_from_slug(tenant) if tenant else "Unknown"
        return parse_each(rows, lambda row: self._one(row, params, site), self.name)

    def _one(self, row: dict[str, Any], params: dict[str, Any], site: CareerSite | None) -> Job:
        detail = row.get("detail")
        info: dict[str, Any] = detail if isinstance(detail, dict) else {}
        path = row.get("externalPath") or _path_of(info.get("externalUrl"))
        if not row.get("title") or not path:
            raise KeyError("title or externalPath")
        url = info.get("externalUrl") or (f"{site.public}{path}" if site else None)
        locations = _locations(row, info, path)
        where = " ".join([str(row.get("locationsText") or ""), path.split("/")[2] if path.count("/") >= 2 else ""])
        remote = arrangement_word(info.get("remoteType"))
        if remote == "unknown" and re.search(r"\bremote\b", where.replace("-", " "), re.I):
            remote = "remote"
        return build_job(
            source=self.name,
            source_id=path,
            title=row["title"],
            company=params["company"],
            url=url,
            apply_url=url,
            locations=locations,
            remote=remote,
            employment=info.get("timeType"),
            posted=info.get("startDate") or posted_on(row.get("postedOn") or info.get("postedOn")),
            html=info.get("jobDescription") or "",
            requisition_id=info.get("jobReqId") or (row.get("bulletFields") or [None])[0],
            raw={k: v for k, v in row.items() if k != "detail"} | ({"detail": info} if info else {}),
        )


def posted_on(text: Any, today: date | None = None) -> date | None:
    """'Posted Today', 'Posted Yesterday', 'Posted 4 Days Ago'; None for 'Posted 30+ Days Ago' (no date)."""
    m = _POSTED.search(str(text or ""))
    if not m or "+" in m.group(0):
        return None
    today = today or datetime.now(UTC).date()
    word = m.group(1).lower()
    days = 0 if word == "today" else 1 if word == "yesterday" else int(m.group(2))
    return today - timedelta(days=days)


def _locations(row: dict[str, Any], info: dict[str, Any], path: str) -> list[Location | str | None]:
    """The detail's requisition location and additional locations, else the list's text, else the path."""
    if info:
        req = info.get("jobRequisitionLocation") or {}
        country = country_code(
            ((req.get("country") or {}).get("alpha2Code")) or (info.get("country") or {}).get("descriptor")
        )
        out: list[Location | str | None] = []
        for text in [info.get("location"), *(info.get("additionalLocations") or [])]:
            for loc in parse_locations(_ordered(text)):
                if loc.country is None and country and not out:
                    loc.country = country
                out.append(loc)
        if out:
            return out
    text = str(row.get("locationsText") or "")
    if text and not _MANY.match(text.strip()):
        return [text]
    seg = path.split("/")[2] if path.count("/") >= 2 else ""
    from_path = _from_path(seg)
    return [from_path] if from_path else []


def _ordered(text: Any) -> str:
    """Workday writes "Israel, Yokneam" (country first) as often as "Yokneam, Israel"."""
    value = str(text or "")
    parts = [p.strip() for p in value.split(",")]
    if len(parts) == 2 and country_code(parts[0]) and not country_code(parts[1]):
        return f"{parts[1]}, {parts[0]}"
    return value


def _from_path(segment: str) -> Location | None:
    """A place from a posting path's first segment ("Vietnam-Hanoi", "Poland-Remote", "US-CA-Santa-Clara")."""
    words = [w for w in segment.split("-") if w and w.lower() != "remote"]
    for size in range(min(5, len(words)), 0, -1):
        for start in range(0, len(words) - size + 1):
            code = country_code(" ".join(words[start : start + size]))
            if code:
                rest = words[:start] + words[start + size :]
                city = " ".join(rest) or None
                loc = parse_location(f"{city}, {code}") if city else None
                if loc is not None and loc.country == code:
                    return Location(city=loc.city, region=loc.region, country=code, raw=segment)
                return Location(city=city, country=code, raw=segment)
    return None


def _path_of(url: Any) -> str:
    path = urlsplit(str(url or "")).path
    return path[path.find("/job/") :] if "/job/" in path else ""


def _tenant_of(rows: list[dict[str, Any]]) -> str:
    for row in rows:
        url = (row.get("detail") or {}).get("externalUrl") if isinstance(row.get("detail"), dict) else None
        if url:
            return urlsplit(str(url)).netloc.split(".")[0]
    return ""


SOURCE = Workday()
