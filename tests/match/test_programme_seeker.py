"""The fixtures README's truth for Priya Natarajan: the UK programme roles match, nothing else."""

from __future__ import annotations

from app.config.search import LocationPolicy, SalaryFloor, SearchConfig, Skills
from app.domain.models import Job
from app.pipeline.match import match_job

PRIYA = SearchConfig(
    seeker_name="Priya Natarajan",
    locale="en-GB",
    roles=["Programme Manager", "Senior Programme Manager", "Portfolio Manager"],
    keywords=["transformation", "stakeholder", "delivery"],
    skills=Skills(
        must_have=["Programme management"],
        preferred=["PRINCE2", "MSP", "Agile", "Waterfall"],
        synonyms={"programme management": ["programme manager", "programmes", "programme"]},
    ),
    locations=LocationPolicy(countries=["GB"], cities=["London", "Manchester"], remote=["remote", "hybrid", "onsite"]),
    job_types=["full_time", "contract"],
    salary=SalaryFloor(minimum=65000, currency="GBP", period="year"),
    seniority=["mid", "senior", "lead", "head"],
)


def test_uk_programme_roles_match_priya(fixture_jobs: list[Job]) -> None:
    matched = {
        (j.company, j.title)
        for j in fixture_jobs
        if (r := match_job(j, PRIYA)).passed_gates and r.score >= PRIYA.min_score
    }
    assert matched == {
        ("Harbourline", "Senior Programme Manager"),
        ("Civic Health Trust", "Programme Manager, Digital Transformation"),
    }
