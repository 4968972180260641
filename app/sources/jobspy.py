"""LinkedIn, Indeed and others through the optional JobSpy library (`pip install python-jobspy`).

Not installed with jobsmith and never used in CI: scraping those sites may break their terms and
breaks whenever they change. `parse` reads JobSpy's records (its DataFrame as `to_dict("records")`).
"""

from __future__ import annotations

import importlib
import logging
import math
from typing import Any

from app.domain.models import Job
from app.errors import SourceError
from app.sources.base import items, parse_each
from app.sources.normalise import build_job
from app.sources.pay import period_word, salary_struct
from app.sources.registry import Fetcher

log = logging.getLogger(__name__)
_PASS = ("site_name", "search_term", "location", "results_wanted", "hours_old", "country_indeed", "is_remote",
         "job_type", "distance", "linkedin_fetch_description")


class JobSpy:
    name = "jobspy"

    def fetch(self, http: Fetcher, params: dict[str, Any]) -> list[Any]:
        try:
            jobspy = importlib.import_module("jobspy")
        except ImportError as exc:
            raise SourceError("the jobspy source needs the optional package: pip install python-jobspy") from exc
        frame = jobspy.scrape_jobs(**{k: params[k] for k in _PASS if k in params})
        return [frame.to_dict("records")]

    def parse(self, payload: Any, params: dict[str, Any] | None = None) -> list[Job]:
        return parse_each(items(payload, None, self.name), self._one, self.name)

    def _one(self, row: dict[str, Any]) -> Job:
        row = {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()}
        salary = salary_struct(row.get("min_amount"), row.get("max_amount"), row.get("currency"),
                               period_word(row.get("interval")))
        emails = row.get("emails")
        email = emails[0] if isinstance(emails, list) and emails else emails if isinstance(emails, str) else None
        site = str(row.get("site") or "jobspy")
        return build_job(
            source=self.name, source_id=f"{site}:{row.get('id') or row.get('job_url')}", title=row["title"],
            company=row.get("company") or "Unknown", url=row.get("job_url"),
            apply_url=row.get("job_url_direct") or row.get("job_url"), locations=[row.get("location")],
            remote="remote" if row.get("is_remote") is True else "unknown", employment=row.get("job_type"),
            salary=salary, posted=str(row["date_posted"]) if row.get("date_posted") else None,
            html=row.get("description") or "", raw={k: str(v) for k, v in row.items()},
            apply_to=str(email) if email and "apply" in str(row.get("description") or "").lower() else None,
        )


SOURCE = JobSpy()
