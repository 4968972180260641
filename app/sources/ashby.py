"""Ashby job boards: `GET /posting-api/job-board/{name}?includeCompensation=true`."""

from __future__ import annotations

import logging
from typing import Any

from app.domain.models import Job, Salary
from app.sources.base import base_url, items, parse_each, require
from app.sources.normalise import build_job, company_from_slug
from app.sources.pay import period_word, salary_struct
from app.sources.places import arrangement_word
from app.sources.registry import Fetcher

log = logging.getLogger(__name__)
DEFAULT = "https://api.ashbyhq.com"


class Ashby:
    name = "ashby"

    def fetch(self, http: Fetcher, params: dict[str, Any]) -> list[Any]:
        board = require(params, "board", self.name)
        url = f"{base_url(params, DEFAULT)}/posting-api/job-board/{board}"
        return [http.get_json(url, {"includeCompensation": "true"})]

    def parse(self, payload: Any, params: dict[str, Any] | None = None) -> list[Job]:
        params = dict(params or {})
        rows = [r for r in items(payload, "jobs", self.name) if r.get("isListed", True)]
        url = next((str(r.get("jobUrl")) for r in rows if r.get("jobUrl")), "")
        board = params.get("board") or (url.rstrip("/").split("/")[-2] if url.count("/") >= 4 else "")
        if not params.get("company") and board:
            text = " ".join(str(r.get("descriptionPlain") or "") for r in rows[:20])
            params["company"] = company_from_slug(board, text)
        return parse_each(rows, lambda row: self._one(row, params), self.name)

    def _one(self, row: dict[str, Any], params: dict[str, Any]) -> Job:
        url = row.get("jobUrl") or ""
        company = params.get("company") or "Unknown"
        locations = [row.get("location")] + [
            s.get("location") for s in row.get("secondaryLocations") or [] if isinstance(s, dict)
        ]
        remote = arrangement_word(row.get("workplaceType"))
        if remote == "unknown" and row.get("isRemote"):
            remote = "remote"
        return build_job(
            source=self.name,
            source_id=row["id"],
            title=row["title"],
            company=company,
            url=url,
            apply_url=row.get("applyUrl") or url,
            locations=locations,
            remote=remote,
            employment=row.get("employmentType"),
            salary=_salary(row.get("compensation")),
            posted=row.get("publishedAt"),
            html=row.get("descriptionHtml") or row.get("descriptionPlain"),
            raw=row,
        )


def _salary(comp: Any) -> Salary | None:
    if not isinstance(comp, dict):
        return None
    for part in comp.get("summaryComponents") or []:
        if isinstance(part, dict) and part.get("compensationType") == "Salary":
            return salary_struct(
                part.get("minValue"),
                part.get("maxValue"),
                part.get("currencyCode"),
                period_word(part.get("interval")),
                comp.get("compensationTierSummary"),
            )
    return None


SOURCE = Ashby()
