"""Lever postings: `GET /v0/postings/{site}?mode=json` (global host, or api.eu.lever.co with region: eu)."""

from __future__ import annotations

import logging
from typing import Any

from app.domain.models import Job, Location
from app.sources.base import base_url, items, parse_each, require
from app.sources.normalise import build_job, company_from_slug
from app.sources.pay import period_word, salary_struct
from app.sources.places import arrangement_word, country_code, parse_locations
from app.sources.registry import Fetcher

log = logging.getLogger(__name__)
HOSTS = {"global": "https://api.lever.co", "eu": "https://api.eu.lever.co"}
PAGE = 100


class Lever:
    name = "lever"

    def fetch(self, http: Fetcher, params: dict[str, Any]) -> list[Any]:
        site = require(params, "site", self.name)
        root = api_root(params)
        limit = int(params.get("page_size", PAGE))
        pages, skip = [], 0
        for _ in range(int(params.get("max_pages", 20))):
            page = http.get_json(f"{root}/v0/postings/{site}", {"mode": "json", "skip": skip, "limit": limit})
            pages.append(page)
            if not isinstance(page, list) or len(page) < limit:
                break
            skip += limit
        return pages

    def parse(self, payload: Any, params: dict[str, Any] | None = None) -> list[Job]:
        rows = items(payload, None, self.name)
        params = dict(params or {})
        url = next((str(r.get("hostedUrl")) for r in rows if r.get("hostedUrl")), "")
        site = params.get("site") or (url.rstrip("/").split("/")[-2] if url.count("/") >= 4 else "")
        if not params.get("company") and site:
            text = " ".join(f"{r.get('descriptionPlain') or ''} {r.get('additionalPlain') or ''}" for r in rows[:20])
            params["company"] = company_from_slug(site, text)
        return parse_each(rows, lambda row: self._one(row, params), self.name)

    def _one(self, row: dict[str, Any], params: dict[str, Any]) -> Job:
        cats = row.get("categories") or {}
        url = row.get("hostedUrl") or ""
        company = params.get("company") or "Unknown"
        html = (
            (row.get("description") or "")
            + "".join(
                f"<h3>{lst.get('text', '')}</h3><ul>{lst.get('content', '')}</ul>"
                for lst in row.get("lists") or []
                if isinstance(lst, dict)
            )
            + (row.get("additional") or "")
        )
        names = cats.get("allLocations") or [cats.get("location")]
        country = country_code(row.get("country"))
        locations: list[Location] = []
        for i, name in enumerate(names):
            found = parse_locations(name)
            for loc in found:
                # Lever's `country` is the primary location's: never pinned on a secondary one or an area
                if i == 0 and loc.country is None and loc.city and country:
                    loc.country = country
            locations.extend(found)
        rng = row.get("salaryRange") or {}
        salary = salary_struct(
            rng.get("min"),
            rng.get("max"),
            rng.get("currency"),
            period_word(rng.get("interval")),
            row.get("salaryDescriptionPlain"),
        )
        return build_job(
            source=self.name,
            source_id=row["id"],
            title=row["text"],
            company=company,
            url=url,
            apply_url=row.get("applyUrl") or url,
            locations=locations,
            remote=arrangement_word(row.get("workplaceType")),
            employment=cats.get("commitment"),
            salary=salary,
            posted=row.get("createdAt"),
            html=html,
            raw=row,
            country=country,
            requisition_id=(row.get("requisitionCodes") or [None])[0] if row.get("requisitionCodes") else None,
        )


def api_root(params: dict[str, Any]) -> str:
    """`base_url` if given, else the global host or, with `region: eu`, api.eu.lever.co."""
    return base_url(params, HOSTS.get(str(params.get("region", "global")).lower(), HOSTS["global"]))


SOURCE = Lever()
