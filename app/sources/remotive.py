"""Remotive: `GET /api/remote-jobs` (every job is remote; the required location narrows where)."""

from __future__ import annotations

import logging
from typing import Any

from app.domain.models import Job
from app.sources.base import base_url, items, parse_each
from app.sources.normalise import build_job
from app.sources.pay import salary_from_text
from app.sources.places import parse_locations
from app.sources.registry import Fetcher

log = logging.getLogger(__name__)
DEFAULT = "https://remotive.com"


class Remotive:
    name = "remotive"

    def fetch(self, http: Fetcher, params: dict[str, Any]) -> list[Any]:
        query = {k: params[k] for k in ("search", "category", "company_name", "limit") if params.get(k)}
        return [http.get_json(f"{base_url(params, DEFAULT)}/api/remote-jobs", query)]

    def parse(self, payload: Any, params: dict[str, Any] | None = None) -> list[Job]:
        return parse_each(items(payload, "jobs", self.name), self._one, self.name)

    def _one(self, row: dict[str, Any]) -> Job:
        where = row.get("candidate_required_location")
        places = parse_locations(where)
        countries = {loc.country for loc in places if loc.country}
        country = next(iter(countries)) if len(countries) == 1 else None
        return build_job(
            source=self.name,
            source_id=row["id"],
            title=row["title"],
            company=row["company_name"],
            url=row.get("url"),
            locations=list(places),
            remote="remote",
            employment=row.get("job_type"),
            salary=salary_from_text(row.get("salary"), country, "USD", field=True),
            posted=row.get("publication_date"),
            html=row.get("description"),
            raw=row,
            default_currency="USD",
        )


SOURCE = Remotive()
