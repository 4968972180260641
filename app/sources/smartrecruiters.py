"""SmartRecruiters: `GET /v1/companies/{company}/postings?offset=&limit=` (paged by offset)."""

from __future__ import annotations

import logging
from typing import Any

from app.domain.models import Job, Location, Remote
from app.sources.base import base_url, items, parse_each, require
from app.sources.normalise import build_job
from app.sources.places import country_code
from app.sources.registry import Fetcher

log = logging.getLogger(__name__)
DEFAULT = "https://api.smartrecruiters.com"
PAGE = 100


class SmartRecruiters:
    name = "smartrecruiters"

    def fetch(self, http: Fetcher, params: dict[str, Any]) -> list[Any]:
        company = require(params, "company_id", self.name)
        root = f"{base_url(params, DEFAULT)}/v1/companies/{company}/postings"
        limit = int(params.get("page_size", PAGE))
        pages: list[Any] = []
        offset = 0
        for _ in range(int(params.get("max_pages", 20))):
            page = http.get_json(root, {"offset": offset, "limit": limit})
            pages.append(page)
            rows = page.get("content") if isinstance(page, dict) else None
            total = page.get("totalFound", 0) if isinstance(page, dict) else 0
            if not rows or offset + len(rows) >= int(total or 0):
                break
            offset += len(rows)
        if params.get("details", True):
            pages = [self._with_details(http, root, page, params) for page in pages]
        return pages

    def _with_details(self, http: Fetcher, root: str, page: Any, params: dict[str, Any]) -> Any:
        """The list has no description: fetch each posting (up to `max_details`) for its job ad."""
        if not isinstance(page, dict) or not isinstance(page.get("content"), list):
            return page
        budget = int(params.get("max_details", 100))
        rows = []
        for row in page["content"]:
            if isinstance(row, dict) and row.get("id") and budget > 0:
                budget -= 1
                detail = http.get_json(f"{root}/{row['id']}")
                row = {**row, **detail} if isinstance(detail, dict) else row
            rows.append(row)
        return {**page, "content": rows}

    def parse(self, payload: Any, params: dict[str, Any] | None = None) -> list[Job]:
        params = params or {}
        return parse_each(items(payload, "content", self.name), lambda row: self._one(row, params), self.name)

    def _one(self, row: dict[str, Any], params: dict[str, Any]) -> Job:
        loc = row.get("location") or {}
        city, region = loc.get("city") or None, loc.get("region") or None
        raw = loc.get("fullLocation") or ", ".join(str(x) for x in (city, region, loc.get("country")) if x)
        location = Location(city=city, region=region, country=country_code(loc.get("country")), raw=raw)
        remote: Remote = (
            "remote"
            if loc.get("remote")
            else "hybrid"
            if loc.get("hybrid")
            else "onsite"
            if loc.get("remote") is False and loc.get("hybrid") is False
            else "unknown"
        )
        company = params.get("company") or (row.get("company") or {}).get("name") or "Unknown"
        ident = (row.get("company") or {}).get("identifier") or params.get("company_id", "")
        url = row.get("postingUrl") or f"https://jobs.smartrecruiters.com/{ident}/{row['id']}"
        sections = (row.get("jobAd") or {}).get("sections") or {}
        html = "".join(
            f"<h3>{s.get('title', '')}</h3>{s.get('text', '')}"
            for s in sections.values()
            if isinstance(s, dict) and s.get("text")
        )
        return build_job(
            source=self.name,
            source_id=row["id"],
            title=row["name"],
            company=company,
            url=url,
            apply_url=row.get("applyUrl") or url,
            locations=[location],
            remote=remote,
            employment=(row.get("typeOfEmployment") or {}).get("label"),
            posted=row.get("releasedDate"),
            html=html,
            requisition_id=row.get("refNumber"),
            raw=row,
        )


SOURCE = SmartRecruiters()
