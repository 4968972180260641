"""Synthetic postings for the 200-job runs: a few match the demo seeker (documents), most fail a hard gate."""

from __future__ import annotations

from typing import Any

from app.domain.models import Job, Location

MATCH = (
    "Senior Data Engineer (contract) at {c}. Remote in Australia or Hobart. Build the data platform: "
    "pipelines and ingestion in Python and SQL with PySpark, Databricks, Azure Data Factory, dbt and Airflow. "
    "Terraform and Delta Lake a plus."
)
JUNIOR = "Junior data engineer graduate role at {c}. Python and SQL. Great first job."
ELSEWHERE = "Data Engineer at {c}, on site in Chicago. Python, SQL, Spark, Airflow."


def _company(i: int) -> str:
    """A distinct made-up name per index (digits alone would be normalised away by de-duplication)."""
    cons, vows = "bdfgklmnprstvz", "aeiou"
    word = ""
    for _ in range(3):
        i, c = divmod(i, len(cons))
        i, v = divmod(i, len(vows))
        word += cons[c] + vows[v]
    return word.capitalize() + " Data Co"


def make_jobs(n: int, every_match: int = 10) -> list[Job]:
    """`n` distinct postings; one in `every_match` is a good match for the demo seeker."""
    jobs = []
    for i in range(n):
        company = _company(i)
        same = {
            "company": company,
            "source": "runtime-test",
            "source_id": str(i),
            "url": f"https://jobs.example.org/runtime/{i}",
        }
        if i % every_match == 0:
            job = Job(
                title="Senior Data Engineer",
                remote="remote",
                employment_type="contract",
                locations=[Location(country="AU", city="Hobart", raw="Hobart, Australia")],
                description_text=MATCH.format(c=company),
                **same,
            )
        elif i % 2:
            job = Job(
                title="Junior Data Engineer",
                remote="onsite",
                employment_type="full_time",
                locations=[Location(country="AU", city="Hobart", raw="Hobart, Australia")],
                description_text=JUNIOR.format(c=company),
                **same,
            )
        else:
            job = Job(
                title="Data Engineer",
                remote="onsite",
                employment_type="full_time",
                locations=[Location(country="US", city="Chicago", raw="Chicago, IL, USA")],
                description_text=ELSEWHERE.format(c=company),
                **same,
            )
        jobs.append(job)
    return jobs


def expected_status(job: Job, config: Any) -> str:
    """What the pipeline must decide for `job`, computed with the same pure functions, no runtime involved."""
    from app.pipeline.match import match_job

    match = match_job(job, config.search)
    if not match.passed_gates:
        return "filtered"
    if match.score < config.search.min_score:
        return "rejected"
    agents = config.agents
    if agents.dry_run:
        return "dry_run_complete"
    return "awaiting_approval" if agents.approval_mode else "approved"
