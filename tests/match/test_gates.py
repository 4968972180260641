"""Each hard gate on its own, with the reason it gives."""

from __future__ import annotations

from app.config.search import LocationPolicy, SalaryFloor, SearchConfig
from app.domain.models import Job, Location, Salary
from app.pipeline.match import compiled_for, match_job


def _gate(job: Job, search: SearchConfig, name: str, fx: dict[str, float] | None = None) -> tuple[bool, str]:
    gate = next(g for g in match_job(job, search, fx=fx).gates if g.name == name)
    return gate.passed, gate.reason


def _job(**kw: object) -> Job:
    return Job(**{"title": "Data Engineer", "company": "Acme", **kw})  # type: ignore[arg-type]


AU_OR_HOBART = SearchConfig(locations=LocationPolicy(countries=["AU"], cities=["Hobart"]))


def test_remote_in_an_allowed_country_passes() -> None:
    job = _job(remote="remote", locations=[Location(country="AU", raw="Australia")])
    assert _gate(job, AU_OR_HOBART, "location") == (True, "remote from AU")


def test_remote_anywhere_passes() -> None:
    assert _gate(_job(remote="remote", locations=[Location(raw="Worldwide")]), AU_OR_HOBART, "location")[0]


def test_onsite_outside_the_wanted_cities_fails() -> None:
    job = _job(remote="onsite", locations=[Location(city="Melbourne", country="AU", raw="Melbourne, VIC")])
    ok, reason = _gate(job, AU_OR_HOBART, "location")
    assert not ok and reason == "onsite in Melbourne, VIC; on-site or hybrid work only in Hobart"


def test_hybrid_in_a_wanted_city_passes() -> None:
    job = _job(remote="hybrid", locations=[Location(city="Hobart", country="AU", raw="Hobart, TAS")])
    assert _gate(job, AU_OR_HOBART, "location") == (True, "hybrid in Hobart, TAS")


def test_unknown_location_follows_allow_unknown() -> None:
    strict = AU_OR_HOBART.model_copy(update={"locations": LocationPolicy(countries=["AU"], allow_unknown=False)})
    assert _gate(_job(), AU_OR_HOBART, "location")[0]
    assert not _gate(_job(), strict, "location")[0]
    assert not _gate(_job(), strict, "remote_policy")[0]


def test_remote_policy_refuses_unwanted_arrangements() -> None:
    search = SearchConfig(locations=LocationPolicy(remote=["remote"]))
    assert _gate(_job(remote="onsite"), search, "remote_policy") == (False, "onsite is not acceptable (wanted: remote)")
    assert _gate(_job(remote="remote"), search, "remote_policy")[0]


def test_job_type_gate() -> None:
    search = SearchConfig(job_types=["contract"])
    assert not _gate(_job(employment_type="full_time"), search, "job_type")[0]
    assert _gate(_job(employment_type="contract"), search, "job_type")[0]
    assert _gate(_job(), search, "job_type") == (True, "employment type not stated")


FLOOR = SearchConfig(salary=SalaryFloor(minimum=800, currency="AUD", period="day"))


def test_salary_floor_converts_annual_pay_with_working_days() -> None:
    job = _job(salary=Salary(min=150000, max=180000, currency="AUD", period="year"))
    ok, reason = _gate(job, FLOOR, "salary")
    assert not ok and reason.startswith("AUD 652–783 a day")
    fewer_days = FLOOR.model_copy(update={"working_days_per_year": 220})
    assert _gate(job, fewer_days, "salary")[0]  # 180,000 / 220 = 818 a day


def test_salary_floor_converts_hourly_pay_with_hours_per_day() -> None:
    job = _job(salary=Salary(min=95, max=105, currency="AUD", period="hour"))
    assert _gate(job, FLOOR, "salary")[0]  # 105 x 8 = 840
    assert not _gate(job, FLOOR.model_copy(update={"hours_per_day": 7.5}), "salary")[0]  # 787.5


def test_missing_salary_is_flagged_not_guessed() -> None:
    ok, reason = _gate(_job(), FLOOR, "salary")
    assert ok and reason == "no salary stated (not guessed); floor AUD 800 a day"
    strict = FLOOR.model_copy(update={"salary": SalaryFloor(minimum=800, period="day", allow_missing=False)})
    assert not _gate(_job(), strict, "salary")[0]


def test_foreign_currency_uses_the_dated_rate_table_and_an_unknown_one_cannot_be_compared() -> None:
    job = _job(salary=Salary(min=400, max=450, currency="GBP", period="day"))
    ok, reason = _gate(job, FLOOR, "salary")
    assert ok and reason.startswith("AUD 838–943 a day (from GBP 400–450 a day at 1 GBP = 2.096 AUD, rates of ")
    odd = _job(salary=Salary(min=400, max=450, currency="XYZ", period="day"))
    ok, reason = _gate(odd, FLOOR, "salary")
    assert ok and "cannot be compared" in reason
    assert _gate(job, FLOOR, "salary", fx={"GBP": 1.9})[0]  # 450 GBP = 855 AUD
    assert not _gate(job, FLOOR, "salary", fx={"GBP": 1.5})[0]  # 675 AUD


def test_exclusions_use_word_boundaries_in_title_and_company() -> None:
    search = SearchConfig(exclusions=["intern"])
    assert not _gate(_job(title="Data Engineering Intern"), search, "exclusions")[0]
    assert _gate(_job(title="Internal Tools Engineer"), search, "exclusions")[0]
    assert _gate(_job(description_text="Mentor our intern cohort."), search, "exclusions")[0]


def test_excluded_companies_ignore_legal_suffixes() -> None:
    search = SearchConfig(excluded_companies=["Globex Corporation"])
    assert not _gate(_job(company="Globex Pty Ltd"), search, "excluded_company")[0]
    assert _gate(_job(company="Initech"), search, "excluded_company")[0]


def test_seniority_gate() -> None:
    search = SearchConfig(seniority=["senior", "lead"])
    assert _gate(_job(title="Sr. Data Engineer"), search, "seniority")[0]
    assert not _gate(_job(title="Junior Data Engineer"), search, "seniority")[0]
    assert _gate(_job(title="Data Engineer"), search, "seniority") == (True, "no seniority stated in the title")


def test_matchers_are_compiled_once_per_config() -> None:
    search = SearchConfig(roles=["Data Engineer"])
    assert compiled_for(search) is compiled_for(search.model_copy(deep=True))
    assert compiled_for(search) is not compiled_for(search.model_copy(update={"roles": ["Analyst"]}))


def test_score_is_bounded_and_explained_per_criterion() -> None:
    search = SearchConfig(roles=["Data Engineer"], keywords=["pipelines"])
    result = match_job(_job(description_text="Pipelines all day."), search)
    assert 0 <= result.score <= 1
    assert [c.name for c in result.criteria] == ["title", "keywords"]
    assert all(c.reason for c in result.criteria)


def test_title_criterion_names_the_role_as_the_seeker_wrote_it() -> None:
    result = match_job(_job(title="Senior Data Engineer (Contract)"), SearchConfig(roles=["Data Engineer"]))
    title = next(c for c in result.criteria if c.name == "title")
    assert title.matched == ["Data Engineer"] and title.score == 1.0
