"""Himalayas: `GET /jobs/api?limit=&offset=` (remote jobs; paged by offset, or by `nextCursor`)."""

from __future__ import annotations

import logging
from typing import Any

from app.domain.models import Job
from app.sources.base import base_url, items, parse_each
from app.sources.normalise import build_job, company_from_slug
from app.sources.pay import period_word, salary_struct
from app.sources.registry import Fetcher

log = logging.getLogger(__name__)
DEFAULT = "https://himalayas.app"
PAGE = 20


class Himalayas:
    name = "himalayas"

    def fetch(self, http: Fetcher, params: dict[str, Any]) -> list[Any]:
        url = f"{base_url(params, DEFAULT)}/jobs/api"
        limit = int(params.get("page_size", PAGE))
        pages: list[Any] = []
        query: dict[str, Any] = {"limit": limit, "offset": 0}
        for _ in range(int(params.get("max_pages", 5))):
            page = http.get_json(url, query)
            pages.append(page)
            rows = page.get("jobs") if isinstance(page, dict) else None
            if not rows:
                break
            if page.get("nextCursor"):
                query = {"limit": limit, "cursor": page["nextCursor"]}
                continue
            offset = int(query.get("offset", 0)) + len(rows)
            if offset >= int(page.get("totalCount") or 0):
                break
            query = {"limit": limit, "offset": offset}
        return pages

    def parse(self, payload: Any, params: dict[str, Any] | None = None) -> list[Job]:
        return parse_each(items(payload, "jobs", self.name), self._one, self.name)

    def _one(self, row: dict[str, Any]) -> Job:
        period = period_word(row.get("salaryPeriod")) or (
            "year" if row.get("minSalary") or row.get("maxSalary") else None
        )
        salary = salary_struct(row.get("minSalary"), row.get("maxSalary"), row.get("currency"), period)
        places = [
            p if isinstance(p, str) else p.get("name") if isinstance(p, dict) else None
            for p in row.get("locationRestrictions") or []
        ]
        return build_job(
            source=self.name,
            source_id=row.get("guid") or row.get("applicationLink"),
            title=row["title"],
            company=_company(row),
            url=row.get("guid") or row.get("applicationLink"),
            apply_url=row.get("applicationLink"),
            locations=places,
            remote="remote",
            employment=row.get("employmentType"),
            salary=salary,
            posted=row.get("pubDate"),
            html=row.get("description") or row.get("excerpt") or "",
            raw=row,
        )


def _company(row: dict[str, Any]) -> str:
    name = str(row.get("companyName") or "")
    if name and name == name.lower() and not any(ch.isdigit() for ch in name):
        return company_from_slug(name, f"{row.get('excerpt') or ''} {row.get('description') or ''}")
    return name or "Unknown"


SOURCE = Himalayas()
