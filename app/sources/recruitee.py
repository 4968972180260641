"""Recruitee careers sites: `GET https://{company}.recruitee.com/api/offers/`."""

from __future__ import annotations

import logging
from typing import Any

from app.domain.models import Job, Location, Remote
from app.sources.base import base_url, items, parse_each, require
from app.sources.normalise import build_job
from app.sources.pay import period_word, salary_struct
from app.sources.places import country_code
from app.sources.registry import Fetcher

log = logging.getLogger(__name__)
_TYPES = {
    "fulltime": "full_time",
    "fulltime_permanent": "full_time",
    "fulltime_fixed_term": "contract",
    "parttime": "part_time",
    "parttime_permanent": "part_time",
    "parttime_fixed_term": "contract",
    "contract": "contract",
    "freelance": "contract",
    "internship": "internship",
    "temporary": "temporary",
}


class Recruitee:
    name = "recruitee"

    def fetch(self, http: Fetcher, params: dict[str, Any]) -> list[Any]:
        company = require(params, "company_slug", self.name)
        return [http.get_json(f"{base_url(params, f'https://{company}.recruitee.com')}/api/offers/")]

    def parse(self, payload: Any, params: dict[str, Any] | None = None) -> list[Job]:
        params = params or {}
        rows = [r for r in items(payload, "offers", self.name) if r.get("status", "published") == "published"]
        return parse_each(rows, lambda row: self._one(row, params), self.name)

    def _one(self, row: dict[str, Any], params: dict[str, Any]) -> Job:
        city = row.get("city") or None
        raw = row.get("location") or ", ".join(str(x) for x in (city, row.get("country")) if x)
        location = Location(
            city=city,
            region=row.get("state_name") or row.get("state_code") or None,
            country=country_code(row.get("country_code") or row.get("country")),
            raw=raw,
        )
        remote: Remote = (
            "remote"
            if row.get("remote")
            else "hybrid"
            if row.get("hybrid")
            else "onsite"
            if row.get("on_site")
            else "unknown"
        )
        pay = row.get("salary") or {}
        salary = salary_struct(pay.get("min"), pay.get("max"), pay.get("currency"), period_word(pay.get("period")))
        kind = row.get("employment_type_code")
        html = (row.get("description") or "") + (row.get("requirements") or "")
        posted = str(row.get("published_at") or row.get("created_at") or "").replace(" UTC", "+00:00")
        return build_job(
            source=self.name,
            source_id=row["id"],
            title=row["title"],
            company=params.get("company") or row.get("company_name") or params.get("company_slug") or "Unknown",
            url=row.get("careers_url"),
            apply_url=row.get("careers_apply_url") or row.get("careers_url"),
            locations=[location],
            remote=remote,
            employment=_TYPES.get(str(kind), str(kind)) if kind else None,
            salary=salary,
            posted=posted.replace(" ", "T", 1),
            html=html,
            raw=row,
        )


SOURCE = Recruitee()
