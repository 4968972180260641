"""Any RSS or Atom job feed (`feedparser`). Item titles like "Title - Company - Location" are split."""

from __future__ import annotations

import logging
import re
from typing import Any

import feedparser

from app.domain.models import Job
from app.errors import PostingError
from app.sources.base import require
from app.sources.normalise import build_job
from app.sources.places import parse_location
from app.sources.registry import Fetcher

log = logging.getLogger(__name__)
_SEP = re.compile(r"\s+[-–—|]\s+|\s+at\s+")


class Feed:
    name = "rss"

    def fetch(self, http: Fetcher, params: dict[str, Any]) -> list[Any]:
        return [http.get_bytes(require(params, "url", self.name))]

    def parse(self, payload: Any, params: dict[str, Any] | None = None) -> list[Job]:
        params = params or {}
        data = payload.encode() if isinstance(payload, str) else payload
        if not isinstance(data, bytes):
            raise PostingError(f"malformed rss payload: expected bytes, got {type(payload).__name__}")
        feed = feedparser.parse(data)
        if not feed.entries and (feed.bozo or not feed.get("feed")):
            raise PostingError(f"malformed rss payload: not an RSS or Atom feed ({feed.get('bozo_exception')})")
        jobs = []
        for entry in feed.entries:
            job = self._one(entry, params, feed.get("feed", {}).get("title", ""))
            if job is not None:
                jobs.append(job)
        return jobs

    def _one(self, entry: Any, params: dict[str, Any], feed_title: str) -> Job | None:
        title = (entry.get("title") or "").strip()
        if not title:
            log.info("sources.rss_skipped link=%s reason=item without a title", entry.get("link"))
            return None
        if _is_wwr(entry):
            return self._wwr(entry, params, title)
        company = params.get("company") or entry.get("author") or ""
        location = None
        parts = [p.strip() for p in _SEP.split(title) if p.strip()]
        if len(parts) >= 3 and not params.get("company"):
            title, company, location = parts[0], parts[1], " - ".join(parts[2:])
        elif len(parts) == 2:
            where = parse_location(parts[1])
            if where and where.country and company:
                title, location = parts
            elif not params.get("company"):
                title, company = parts
        html = ""
        if entry.get("content"):
            html = entry["content"][0].get("value", "")
        html = html or entry.get("summary") or entry.get("description") or ""
        posted = _posted(entry)
        raw = {k: dict.get(entry, k) for k in ("title", "link", "id", "published", "updated", "summary", "author")}
        return build_job(
            source=self.name,
            source_id=entry.get("id") or entry.get("link"),
            title=title,
            company=company or feed_title or "Unknown",
            url=entry.get("link"),
            locations=[location] if location else [],
            posted=posted,
            html=html,
            raw=raw,
            extra_text=entry.get("title") or "",
        )

    def _wwr(self, entry: Any, params: dict[str, Any], title: str) -> Job:
        """We Work Remotely: "Company: Title" items with `<region>` and `<type>`; remote by definition."""
        company, sep, role = title.partition(": ")
        if not sep:
            company, role = "", title
        html = (entry.get("content") or [{}])[0].get("value", "") or entry.get("summary") or ""
        region = str(entry.get("region") or "")
        raw = {k: entry.get(k) for k in ("title", "link", "id", "published", "summary", "region", "type")}
        return build_job(
            source=self.name,
            source_id=entry.get("id") or entry.get("link"),
            title=role,
            company=params.get("company") or company or "Unknown",
            url=entry.get("link"),
            locations=[region] if region else [],
            remote="remote",
            employment=entry.get("type"),
            posted=_posted(entry),
            html=html,
            raw=raw,
            default_currency="USD",  # a US board: a bare "$" in its postings is the US dollar
        )


def _is_wwr(entry: Any) -> bool:
    return "weworkremotely.com" in str(entry.get("link") or "") or entry.get("region") is not None


SOURCE = Feed()


def _posted(entry: Any) -> Any:
    """The item's date: `published`, else `updated`. Read as plain dict keys: feedparser's own `get("updated")`
    maps to `published` with a DeprecationWarning when the item has no `updated`."""
    return dict.get(entry, "published") or dict.get(entry, "updated")
