"""Workable company boards: `GET /api/v1/widget/accounts/{account}?details=true` on apply.workable.com."""

from __future__ import annotations

import logging
from typing import Any

from app.domain.models import Job, Location
from app.sources.base import base_url, items, parse_each, require
from app.sources.normalise import build_job
from app.sources.places import country_code
from app.sources.registry import Fetcher

log = logging.getLogger(__name__)
DEFAULT = "https://apply.workable.com"


class Workable:
    name = "workable"

    def fetch(self, http: Fetcher, params: dict[str, Any]) -> list[Any]:
        account = require(params, "account", self.name)
        url = f"{base_url(params, DEFAULT)}/api/v1/widget/accounts/{account}"
        return [http.get_json(url, {"details": "true"})]

    def parse(self, payload: Any, params: dict[str, Any] | None = None) -> list[Job]:
        params = params or {}
        company = params.get("company") or (payload.get("name") if isinstance(payload, dict) else None)
        rows = items(payload, "jobs", self.name)
        return parse_each(rows, lambda row: self._one(row, company or params.get("account") or "Unknown"), self.name)

    def _one(self, row: dict[str, Any], company: str) -> Job:
        locations: list[Location | str | None] = []
        for loc in row.get("locations") or []:
            if isinstance(loc, dict) and not loc.get("hidden"):
                raw = ", ".join(str(x) for x in (loc.get("city"), loc.get("region"), loc.get("country")) if x)
                locations.append(
                    Location(
                        city=loc.get("city") or None,
                        region=loc.get("region") or None,
                        country=country_code(loc.get("countryCode") or loc.get("country")),
                        raw=raw,
                    )
                )
        if not locations:
            raw = ", ".join(str(x) for x in (row.get("city"), row.get("state"), row.get("country")) if x)
            locations.append(raw or None)
        return build_job(
            source=self.name,
            source_id=row.get("shortcode") or row["url"],
            title=row["title"],
            company=company,
            url=row.get("url") or row.get("shortlink"),
            apply_url=row.get("application_url") or row.get("url"),
            locations=locations,
            remote="remote" if row.get("telecommuting") else "unknown",
            employment=row.get("employment_type"),
            posted=row.get("published_on") or row.get("created_at"),
            html=row.get("description") or "",
            requisition_id=row.get("code"),
            raw=row,
        )


SOURCE = Workable()
