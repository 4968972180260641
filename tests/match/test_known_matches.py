"""The fixtures README's known truths for Alex Morgan, with the reasons behind each verdict."""

from __future__ import annotations

from app.config.search import SearchConfig
from app.domain.models import Job
from app.pipeline.match import match_job

GOOD = {
    ("TasmanWave", "Senior Data Engineer"),
    ("KoalaWorks", "Data Platform Engineer"),
    ("Harbourline", "Senior Data Engineer (Contract, 6 months)"),
    ("Derwent Water Authority", "Lead Data Engineer"),
}
#: each known non-match and a gate that must rule it out
NOT = {
    ("TasmanWave", "Graduate Data Engineer"): "exclusions",
    ("KoalaWorks", "Analytics Engineer"): "salary",
    ("TasmanWave", "Staff Machine Learning Engineer"): "location",
    ("Parcelpoint", "Backend Engineer (Go)"): "location",
    ("Harbourline", "Senior Programme Manager"): "location",
    ("Civic Health Trust", "Programme Manager, Digital Transformation"): "location",
}


def _is_match(job: Job, search: SearchConfig) -> bool:
    result = match_job(job, search)
    return result.passed_gates and result.score >= search.min_score


def test_matches_for_alex_are_exactly_the_known_ones(alex: SearchConfig, fixture_jobs: list[Job]) -> None:
    matched = {(j.company, j.title) for j in fixture_jobs if _is_match(j, alex)}
    assert matched == GOOD
    assert {(j.company, j.title) for j in fixture_jobs} == GOOD | set(NOT)


def test_all_three_tasmanwave_copies_match(alex: SearchConfig, fixture_jobs: list[Job]) -> None:
    copies = [j for j in fixture_jobs if (j.company, j.title) == ("TasmanWave", "Senior Data Engineer")]
    assert sorted(j.source for j in copies) == ["greenhouse", "remotive", "rss"]
    assert all(_is_match(j, alex) for j in copies)


def test_each_match_carries_its_reasons(alex: SearchConfig, fixture_jobs: list[Job]) -> None:
    for job in fixture_jobs:
        if (job.company, job.title) not in GOOD:
            continue
        result = match_job(job, alex)
        assert all(g.passed and g.reason for g in result.gates)
        by_name = {c.name: c for c in result.criteria}
        assert by_name["must_have"].matched == ["Python", "SQL"] and by_name["must_have"].score == 1.0
        assert by_name["title"].score >= 0.9 and by_name["title"].reason
        assert len(by_name["preferred"].matched) >= 4
        assert result.summary.startswith("Passes every gate; score")
        salary = next(g for g in result.gates if g.name == "salary")
        assert "meets the floor of AUD 800 a day" in salary.reason or "no salary" in salary.reason


def test_koalaworks_annual_salary_is_converted_to_a_day_rate(alex: SearchConfig, fixture_jobs: list[Job]) -> None:
    job = next(j for j in fixture_jobs if j.title == "Data Platform Engineer")
    gate = next(g for g in match_job(job, alex).gates if g.name == "salary")
    assert gate.passed
    assert gate.reason.startswith("AUD 870–1,000 a day (from AUD 200,000")


def test_each_non_match_names_the_gate_that_ruled_it_out(alex: SearchConfig, fixture_jobs: list[Job]) -> None:
    for job in fixture_jobs:
        gate_name = NOT.get((job.company, job.title))
        if gate_name is None:
            continue
        result = match_job(job, alex)
        failed = {g.name: g.reason for g in result.gates if not g.passed}
        assert not result.passed_gates, job.title
        assert gate_name in failed, (job.title, failed)
        assert result.summary.startswith("Filtered: ")


def test_non_match_reasons_read_well(alex: SearchConfig, fixture_jobs: list[Job]) -> None:
    def failed(title: str) -> dict[str, str]:
        job = next(j for j in fixture_jobs if j.title == title)
        return {g.name: g.reason for g in match_job(job, alex).gates if not g.passed}

    assert failed("Backend Engineer (Go)")["location"] == "remote only from US; you can work from AU"
    assert failed("Staff Machine Learning Engineer")["location"].startswith("hybrid in Sydney")
    assert "below the floor of AUD 800 a day" in failed("Analytics Engineer")["salary"]
    assert failed("Analytics Engineer")["job_type"].startswith("full-time is not wanted")
    assert failed("Graduate Data Engineer")["exclusions"] == "excluded word in title or company: graduate"
