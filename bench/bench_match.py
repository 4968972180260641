"""Matching throughput: match_job over synthetic postings with the demo seeker's criteria.

Prints jobs per second as its last line (target >= 2,000 jobs/s).

    .venv/bin/python bench/bench_match.py [--jobs 20000] [--seed 3]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
import timeit
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.config.search import SearchConfig  # noqa: E402
from app.domain.models import Job, Location, Salary  # noqa: E402
from app.pipeline.match import match_job  # noqa: E402

WORDS = [
    "we",
    "build",
    "reliable",
    "data",
    "platforms",
    "for",
    "customers",
    "across",
    "the",
    "region",
    "and",
    "value",
    "ownership",
    "curiosity",
    "kindness",
    "craft",
    "our",
    "team",
    "ships",
    "small",
    "changes",
    "often",
    "with",
    "tests",
    "reviews",
    "good",
    "docs",
]
SKILLS = [
    "Python",
    "SQL",
    "PySpark",
    "Databricks",
    "Azure",
    "Azure Data Factory",
    "Synapse",
    "dbt",
    "Airflow",
    "Terraform",
    "Delta Lake",
    "AWS Glue",
    "Snowflake",
    "Docker",
    "Kubernetes",
    "Go",
    "Google Cloud",
    "React",
    "JavaScript",
    "Java",
    "C#",
    "R",
    "Kafka",
    "Postgres",
    "GitHub Actions",
    "CI/CD",
    "Bash",
]
TITLES = [
    "Senior Data Engineer",
    "Data Platform Engineer",
    "Lead Data Engineer",
    "Backend Engineer (Go)",
    "Graduate Data Engineer",
    "Analytics Engineer",
    "Staff Machine Learning Engineer",
    "Programme Manager",
]
PLACES = [
    ("Hobart", "TAS", "AU"),
    ("Sydney", "NSW", "AU"),
    (None, None, "AU"),
    ("London", None, "GB"),
    (None, None, "US"),
    ("Melbourne", "VIC", "AU"),
]


def synth(n: int, rng: random.Random) -> list[Job]:
    jobs = []
    for i in range(n):
        body = " ".join(rng.choice(WORDS) for _ in range(300))
        skills = ", ".join(rng.sample(SKILLS, 8))
        text = f"{body}\nYou will use {skills}.\n{body[:600]}"
        city, region, country = rng.choice(PLACES)
        salary = rng.choice(
            [
                None,
                Salary(min=900, max=1100, currency="AUD", period="day"),
                Salary(min=150000, max=190000, currency="AUD", period="year"),
                Salary(min=80000, max=95000, currency="GBP", period="year"),
            ]
        )
        jobs.append(
            Job(
                title=rng.choice(TITLES),
                company=f"Company {i % 500}",
                source_id=str(i),
                source="bench",
                locations=[Location(city=city, region=region, country=country, raw=city or country)],
                remote=rng.choice(["remote", "hybrid", "onsite", "unknown"]),
                employment_type=rng.choice(["contract", "full_time", "unknown"]),
                salary=salary,
                description_text=text,
            )
        )
    return jobs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    load = os.getloadavg()[0]
    search = SearchConfig.model_validate(yaml.safe_load((ROOT / "app/demo/config/search.yaml").read_text()))
    jobs = synth(args.jobs, random.Random(args.seed))
    avg_chars = sum(len(j.description_text) for j in jobs) / len(jobs)
    match_job(jobs[0], search)  # compile the matchers once, as the app does on its first job
    t0, c0 = time.perf_counter(), time.process_time()
    passed = 0
    for job in jobs:  # as a worker does: match, hand the result on, keep nothing
        passed += match_job(job, search).passed_gates
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"jobs: {len(jobs):,}  average description: {avg_chars:,.0f} characters  passed gates: {passed:,}")
    ref = min(timeit.repeat("sum(range(1000))", number=2000, repeat=5)) / 2000 * 1e6
    print(
        f"load average before the run: {load:.1f} on {os.cpu_count()} cores; machine speed: sum(range(1000)) "
        f"takes {ref:.0f} us (about 10-15 us on an idle modern core)"
    )
    print(f"time: {wall:.2f} s wall, {cpu:.2f} s CPU ({len(jobs) / cpu:,.0f} jobs/s of CPU)")
    print(f"throughput: {len(jobs) / wall:,.0f} jobs/s (target >= 2,000)")


if __name__ == "__main__":
    main()
