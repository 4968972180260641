"""Hacker News "Ask HN: Who is hiring?" through the Algolia API (top-level comments of the thread).

A comment's first line is usually "Company | Role | Location | REMOTE | Salary | URL".
"""

from __future__ import annotations

import logging
import re
from typing import Any

from app.domain.models import Job
from app.errors import PostingError
from app.sources import gazetteer
from app.sources.base import base_url, parse_each
from app.sources.html import description
from app.sources.normalise import build_job
from app.sources.places import parse_locations
from app.sources.registry import Fetcher

log = logging.getLogger(__name__)
DEFAULT = "https://hn.algolia.com"
_ROLE_RE = re.compile(
    r"engineer|developer|scientist|manager|designer|analyst|architect|lead|sre|devops|"
    r"programmer|researcher|director|head of|consultant|administrator|specialist",
    re.I,
)
_URL_RE = re.compile(r"https?://\S+")


class HackerNews:
    name = "hackernews"

    def fetch(self, http: Fetcher, params: dict[str, Any]) -> list[Any]:
        root = f"{base_url(params, DEFAULT)}/api/v1"
        story = params.get("story_id")
        if not story:
            found = http.get_json(
                f"{root}/search_by_date", {"tags": "story,author_whoishiring", "query": "who is hiring"}
            )
            hits = [h for h in found.get("hits", []) if "hiring" in str(h.get("title", "")).lower()]
            if not hits:
                raise PostingError("hackernews: no 'Who is hiring?' thread found")
            story = hits[0]["objectID"]
        pages: list[Any] = []
        for page_no in range(int(params.get("max_pages", 5))):
            page = http.get_json(
                f"{root}/search",
                {"tags": f"comment,story_{story}", "hitsPerPage": int(params.get("page_size", 200)), "page": page_no},
            )
            pages.append(page)
            if not isinstance(page, dict) or page_no + 1 >= int(page.get("nbPages") or 0):
                break
        return pages

    def parse(self, payload: Any, params: dict[str, Any] | None = None) -> list[Job]:
        if isinstance(payload, dict) and isinstance(payload.get("children"), list):
            payload = {
                "hits": [  # the items API: a story with its comments as children
                    {
                        "objectID": str(c.get("id")),
                        "comment_text": c.get("text"),
                        "created_at": c.get("created_at"),
                        "parent_id": payload.get("id"),
                        "story_id": payload.get("id"),
                    }
                    for c in payload["children"]
                    if isinstance(c, dict)
                ]
            }
        if not isinstance(payload, dict) or not isinstance(payload.get("hits"), list):
            raise PostingError("malformed hackernews payload: expected an object with a `hits` list")
        rows = [
            h
            for h in payload["hits"]
            if isinstance(h, dict) and h.get("comment_text") and str(h.get("parent_id")) == str(h.get("story_id"))
        ]
        return [job for job in parse_each(rows, self._one, self.name) if job is not None]

    def _one(self, row: dict[str, Any]) -> Job | None:
        html = row["comment_text"]
        text = description(html)[1]
        first = text.splitlines()[0] if text else ""
        parts = [p.strip() for p in first.split("|") if p.strip()]
        if len(parts) < 2:
            # not in the thread's "Company | Role | Place" format: often a question, sometimes a
            # posting written as prose. Said, not dropped silently.
            log.info(
                "sources.hackernews_skipped id=%s reason=no '|' header first_line=%r", row.get("objectID"), first[:80]
            )
            return None
        company = re.sub(r"\s*\(.*?\)\s*$", "", parts[0])
        role = next((p for p in parts[1:] if _ROLE_RE.search(p)), parts[1])
        location = next((p for p in parts[1:] if p != role and _names_place(p)), None)
        url = f"https://news.ycombinator.com/item?id={row['objectID']}"
        link = next((m.group(0).rstrip(").,") for m in _URL_RE.finditer(first)), None)
        return build_job(
            source=self.name,
            source_id=row["objectID"],
            title=role,
            company=company,
            url=url,
            apply_url=link or url,
            locations=[location] if location else [],
            posted=row.get("created_at"),
            html=html,
            extra_text=first,
            raw=row,
        )


def _names_place(part: str) -> bool:
    """True for a header part that names a country, a known city, an area or a time zone (not
    "Full-time", a salary or a link)."""
    if _URL_RE.search(part) or (re.search(r"\d", part.replace("UTC", "").replace("GMT", "")) and "$" in part):
        return False
    return any(loc.country or loc.region or (loc.city and gazetteer.city(loc.city)) for loc in parse_locations(part))


SOURCE = HackerNews()
