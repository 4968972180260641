"""Greenhouse job boards: `GET /v1/boards/{token}/jobs?content=true` (content is entity-escaped HTML)."""

from __future__ import annotations

import logging
from typing import Any

from app.domain.models import Job
from app.sources.base import base_url, items, parse_each, require
from app.sources.normalise import build_job, company_from_slug
from app.sources.registry import Fetcher

log = logging.getLogger(__name__)
DEFAULT = "https://boards-api.greenhouse.io"


class Greenhouse:
    name = "greenhouse"

    def fetch(self, http: Fetcher, params: dict[str, Any]) -> list[Any]:
        token = require(params, "board", self.name)
        return [http.get_json(f"{base_url(params, DEFAULT)}/v1/boards/{token}/jobs", {"content": "true"})]

    def parse(self, payload: Any, params: dict[str, Any] | None = None) -> list[Job]:
        rows = items(payload, "jobs", self.name)
        params = dict(params or {})
        token = params.get("board") or next((_token_from_url(r.get("absolute_url") or "") for r in rows), "")
        if params.get("company"):
            params["company_override"] = params["company"]
        if not params.get("company") and token:
            text = " ".join(_text(str(r.get("content") or "")) for r in rows[:20])
            params["company"] = company_from_slug(token, text)
        return parse_each(rows, lambda row: self._one(row, params), self.name)

    def _one(self, row: dict[str, Any], params: dict[str, Any]) -> Job:
        url = row.get("absolute_url") or ""
        content = row.get("content") or ""
        # the payload's company_name beats a name guessed from the board slug or a custom domain
        company = params.get("company_override") or row.get("company_name") or params.get("company") or "Unknown"
        meta = {m.get("name", "").lower(): m.get("value") for m in row.get("metadata") or [] if isinstance(m, dict)}
        kind = meta.get("employment type") or meta.get("employment_type")
        locations = [(row.get("location") or {}).get("name")]
        return build_job(
            source=self.name,
            source_id=row["id"],
            title=row["title"],
            company=company,
            url=url,
            apply_url=url,
            locations=locations,
            employment=str(kind) if kind else None,
            posted=row.get("first_published") or row.get("updated_at"),
            html=content,
            requisition_id=row.get("requisition_id"),
            raw=row,
        )


def _token_from_url(url: str) -> str:
    parts = [p for p in url.split("/") if p]
    return parts[parts.index("jobs") - 1] if "jobs" in parts and parts.index("jobs") > 0 else ""


def _text(content: str) -> str:
    from app.sources.html import description

    return description(content)[1]


SOURCE = Greenhouse()
