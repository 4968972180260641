"""One test per class of matching error found on postings nobody here wrote (issue 12).

Each scenario let a wrong job through (or named the wrong thing) before the fix.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.config.search import SearchConfig
from app.domain.models import Job, Location, Salary
from app.pipeline.match import match_job
from app.sources.normalise import build_job


def _seeker(**over: Any) -> SearchConfig:
    """A contract data engineer who works remote in Australia or in Hobart (where `HOME` says they live)."""
    data: dict[str, Any] = {
        "roles": ["Data Engineer", "Senior Data Engineer"],
        "skills": {"must_have": ["Python", "SQL"], "preferred": ["dbt", "Airflow"]},
        "locations": {"countries": ["AU"], "cities": ["Hobart"]},
        "job_types": ["contract"],
        "salary": {"minimum": 800, "currency": "AUD", "period": "day"},
        "min_score": 0.45,
    }
    data.update(over)
    return SearchConfig.model_validate(data)


HOME = {"home": {"city": "Hobart", "region": "Tasmania", "country": "AU"}}


def _job(
    text: str = "We need Python and SQL, with dbt and Airflow. Contract role.",
    title: str = "Data Engineer",
    where: str = "Remote - Australia",
    **kw: Any,
) -> Job:
    return build_job(
        source="test",
        title=title,
        company=kw.pop("company", "Southern Grid"),
        locations=[where],
        html="".join(f"<p>{line}</p>" for line in text.split("\n")),
        **kw,
    )


def _gates(job: Job, search: SearchConfig) -> dict[str, tuple[bool, str]]:
    return {g.name: (g.passed, g.reason) for g in match_job(job, search).gates}


def _flagged(job: Job, search: SearchConfig) -> bool:
    r = match_job(job, search)
    return r.passed_gates and r.score >= search.min_score


def test_the_baseline_posting_matches() -> None:
    assert _flagged(_job(), _seeker())


# 1. must-haves are a gate, with groups of alternatives, and excluded skills rule a job out


def test_a_job_missing_a_must_have_is_filtered_and_the_reason_names_it() -> None:
    job = _job("We need SQL, dbt and Airflow. Contract role.")
    passed, reason = _gates(job, _seeker())["must_have"]
    assert not passed and reason == "missing must-have: Python"
    assert not _flagged(job, _seeker())


def test_a_must_have_group_needs_one_of_its_alternatives() -> None:
    search = _seeker(skills={"must_have": ["Python", "SQL", {"any": ["Azure", "AWS", "GCP"]}]})
    assert _gates(_job("Python, SQL and AWS. Contract role."), search)["must_have"][0]
    passed, reason = _gates(_job("Python and SQL on our own servers. Contract role."), search)["must_have"]
    assert not passed and reason == "missing must-have: one of Azure, AWS, GCP"


def test_an_excluded_skill_rules_a_job_out() -> None:
    search = _seeker(skills={"must_have": ["Python", "SQL"], "excluded": ["PHP"]})
    passed, reason = _gates(_job("Python, SQL and our PHP monolith. Contract role."), search)["excluded_skills"]
    assert not passed and reason == "asks for excluded skill: PHP"


def test_must_haves_can_go_back_to_only_lowering_the_score() -> None:
    search = _seeker(skills={"must_have": ["Python", "SQL"], "must_have_required": False})
    assert "must_have" not in _gates(_job("SQL, dbt and Airflow. Contract role."), search)


# 2. a skill word used in another sense is not the skill


@pytest.mark.parametrize(
    "text",
    [
        "SQL, dbt and Airflow. Questions? Contact our talent partner, Monty Python-Jones. Contract role.",
        "SQL, dbt and Airflow at Python Analytics Group. Contract role.",
    ],
)
def test_a_skill_inside_a_person_or_organisation_name_is_not_the_skill(text: str) -> None:
    passed, reason = _gates(_job(text), _seeker())["must_have"]
    assert not passed and reason == "missing must-have: Python"


def test_a_skill_in_the_company_name_is_not_the_skill() -> None:
    job = _job("SQL, dbt and Airflow at Python Street Bakers. Contract role.", company="Python Street Bakers")
    assert not _gates(job, _seeker())["must_have"][0]


def test_a_one_letter_language_in_prose_is_not_the_language() -> None:
    search = _seeker(skills={"must_have": ["R"]})
    prose = _job("Applicants need a grade C or above; see section R of the form. Contract role.")
    assert not _gates(prose, search)["must_have"][0]
    code = _job("Statistical models in R and SQL. Contract role.")
    assert _gates(code, search)["must_have"][0]


def test_a_language_is_not_another_with_a_similar_name() -> None:
    search = _seeker(skills={"must_have": ["C"]})
    assert not _gates(_job("iOS apps in Objective-C and Swift. Contract role."), search)["must_have"][0]
    search = _seeker(skills={"must_have": ["Java"]})
    assert not _gates(_job("Front end in JavaScript and CSS. Contract role."), search)["must_have"][0]


def test_a_synonym_does_not_turn_a_general_skill_into_its_stricter_variant() -> None:
    search = _seeker(
        skills={
            "must_have": ["PySpark", "TypeScript"],
            "synonyms": {"pyspark": ["spark"], "typescript": ["javascript"]},
        }
    )
    passed, reason = _gates(_job("Spark jobs in Scala; a JavaScript front end. Contract role."), search)["must_have"]
    assert not passed and reason == "missing must-have: PySpark; TypeScript"


def test_a_stricter_variant_shows_its_general_skill() -> None:
    search = _seeker(skills={"must_have": ["JavaScript", "Spark"]})
    assert _gates(_job("TypeScript services and PySpark jobs. Contract role."), search)["must_have"][0]


# 3. remote work limited to a region the seeker is not in


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("This role is remote within NSW only.", "NSW"),
        ("You must be based in Melbourne.", "Melbourne"),
        ("New Zealand residents only.", "New Zealand"),
    ],
)
def test_remote_work_limited_to_another_region_is_filtered(sentence: str, place: str) -> None:
    job = _job(f"Python, SQL, dbt and Airflow. Contract role.\n{sentence}")
    passed, reason = _gates(job, _seeker(**HOME))["residence"]
    assert not passed and reason.startswith(f"only for people in {place} (")
    assert reason.endswith("you live in Hobart, AU-TAS, AU")


def test_remote_work_limited_to_the_seekers_own_region_passes() -> None:
    job = _job("Python, SQL, dbt and Airflow. Contract role.\nRemote within Tasmania only.")
    assert _gates(job, _seeker(**HOME))["residence"] == (True, "open to people in Tasmania, where you live")
    assert _flagged(job, _seeker(**HOME))


def test_a_bracketed_region_limit_in_the_location_field_is_a_limit() -> None:
    job = _job(where="Remote (Victoria only)")
    assert not _gates(job, _seeker(**HOME))["residence"][0]


# 4. employment types outside the short list


@pytest.mark.parametrize(
    "words",
    [
        "Casual, hourly contract",
        "Permanent part-time, employment contract for 3 days",
        "Fixed-term contract, 12 months",
        "Seasonal contract (summer peak)",
        "12 month secondment",
    ],
)
def test_employment_types_a_contract_seeker_does_not_take_are_filtered(words: str) -> None:
    job = _job(f"Python, SQL, dbt and Airflow.\nJob type: {words}")
    passed, reason = _gates(job, _seeker())["job_type"]
    assert not passed and "is not wanted (wanted: contract" in reason


def test_a_seeker_can_ask_for_casual_work() -> None:
    job = _job("Python, SQL, dbt and Airflow.\nJob type: Casual")
    assert _gates(job, _seeker(job_types=["casual"]))["job_type"][0]


# 5. title fit compares role families and seniority


@pytest.mark.parametrize("title", ["Data Engineer Manager", "Senior Network Engineer", "Head of Data Engineering"])
def test_a_superset_or_different_role_is_not_the_wanted_role(title: str) -> None:
    result = match_job(_job(title=title), _seeker())
    fit = next(c for c in result.criteria if c.name == "title")
    assert fit.score == 0.0 and "a different role" in fit.reason
    assert not result.passed_gates and any(g.name == "role" and not g.passed for g in result.gates)


def test_the_reason_names_the_wanted_role_actually_matched() -> None:
    search = _seeker(roles=["Senior Data Engineer", "Data Engineer"])
    fit = next(c for c in match_job(_job(title="Data Engineer"), search).criteria if c.name == "title")
    assert fit.matched == ["Data Engineer"] and fit.score == 1.0


# 6. a salary in another currency is compared through the dated rate table


def test_a_foreign_salary_below_the_floor_is_filtered_and_the_reason_shows_both_amounts() -> None:
    job = _job(salary=Salary(min=300, max=350, currency="USD", period="day", text="USD 300-350 a day"))
    passed, reason = _gates(job, _seeker())["salary"]
    assert not passed
    assert reason.startswith("AUD 459–536 a day (from USD 300-350 a day at 1 USD = 1.53 AUD, rates of 2025-06-30)")


def test_a_foreign_salary_above_the_floor_passes_and_rates_can_be_overridden() -> None:
    job = _job(salary=Salary(min=600, currency="GBP", period="day", text="£600 a day"))
    assert _gates(job, _seeker())["salary"][0]
    dear = _seeker(exchange_rates={"as_of": "2026-11-30", "per_usd": {"GBP": 1.5}})
    passed, reason = _gates(job, dear)["salary"]
    assert not passed and "at 1 GBP = 1.02 AUD, rates of 2026-11-30" in reason


def test_locations_written_in_board_formats_resolve() -> None:
    search = _seeker()
    for where in ("Hobart TAS 7000", "Hobart, Tasmania, Australia", "Hobart (TAS)"):
        job = Job(
            title="Data Engineer",
            company="A",
            remote="onsite",
            locations=[Location(raw=where)],
            description_text="Python and SQL. Contract.",
        )
        assert _gates(job, search)["location"][0], where
    job = Job(
        title="Data Engineer",
        company="A",
        remote="onsite",
        locations=[Location(raw="Sydney NSW 2000")],
        description_text="Python and SQL. Contract.",
    )
    assert not _gates(job, search)["location"][0]
