"""The optional JobSpy source: its records parse without the package; fetching without it fails cleanly."""

from __future__ import annotations

import importlib.util

from app.config.platforms import PlatformsConfig, SourceConfig
from app.sources import get_source
from app.sources.discover import discover_source


def test_jobspy_records_are_normalised() -> None:
    records = [{"id": "li-42", "site": "linkedin", "title": "Senior Data Engineer", "company": "Acme",
                "location": "Hobart, TAS, AU", "job_type": "contract", "date_posted": "2026-11-20",
                "interval": "daily", "min_amount": 900.0, "max_amount": float("nan"), "currency": "AUD",
                "is_remote": True, "emails": None, "description": "Python and SQL.",
                "job_url": "https://www.linkedin.com/jobs/view/42"}]
    (job,) = get_source("jobspy").parse(records)
    assert (job.title, job.company, job.remote, job.employment_type) == (
        "Senior Data Engineer", "Acme", "remote", "contract")
    assert (job.salary.min, job.salary.max, job.salary.currency, job.salary.period) == (900, None, "AUD", "day")
    assert job.source_id == "linkedin:li-42" and job.locations[0].country == "AU"


def test_jobspy_without_the_package_fails_with_how_to_install() -> None:
    assert importlib.util.find_spec("jobspy") is None  # kept out of the install and of CI
    run = discover_source(SourceConfig(name="li", type="jobspy", params={"search_term": "data"}), PlatformsConfig())
    assert not run.ok and "pip install python-jobspy" in run.error
