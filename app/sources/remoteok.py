"""RemoteOK: `GET /api` (a list whose first element is the legal notice; salaries in USD a year)."""

from __future__ import annotations

import logging
from typing import Any

from app.domain.models import Job
from app.errors import PostingError
from app.sources.base import base_url, parse_each
from app.sources.html import fix_text
from app.sources.normalise import build_job
from app.sources.pay import salary_struct
from app.sources.places import countries_named
from app.sources.registry import Fetcher

log = logging.getLogger(__name__)
DEFAULT = "https://remoteok.com"


class RemoteOK:
    name = "remoteok"

    def fetch(self, http: Fetcher, params: dict[str, Any]) -> list[Any]:
        query = {"tags": params["tags"]} if params.get("tags") else None
        return [http.get_json(f"{base_url(params, DEFAULT)}/api", query)]

    def parse(self, payload: Any, params: dict[str, Any] | None = None) -> list[Job]:
        if not isinstance(payload, list):
            raise PostingError(f"malformed remoteok payload: expected a list, got {type(payload).__name__}")
        rows = [r for r in payload if isinstance(r, dict) and r.get("position") and r.get("id")]
        return parse_each(rows, self._one, self.name)

    def _one(self, row: dict[str, Any]) -> Job:
        low, high = row.get("salary_min") or None, row.get("salary_max") or None
        salary = salary_struct(low, high, "USD", "year") if (low or high) else None
        where = row.get("location") or countries_named(fix_text(str(row.get("position") or "")))
        # RemoteOK lists on-site roles too: the arrangement comes from the posting, never assumed
        return build_job(
            source=self.name,
            source_id=row["id"],
            title=row["position"],
            company=row.get("company") or "Unknown",
            url=row.get("url"),
            apply_url=row.get("apply_url") or row.get("url"),
            locations=[where or None],
            salary=salary,
            default_currency="USD",
            posted=row.get("date") or row.get("epoch"),
            html=row.get("description") or "",
            raw=row,
        )


SOURCE = RemoteOK()
