"""config/search.yaml: what the seeker wants."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.domain.models import Period


class Strict(BaseModel):
    """Unknown keys are refused, so a typo is an error and not a silently ignored setting."""

    model_config = ConfigDict(extra="forbid")


class SalaryFloor(Strict):
    minimum: float | None = Field(None, description="lowest acceptable pay, in `currency` per `period`")
    currency: str = Field("AUD", description="ISO 4217 code the seeker thinks in, e.g. AUD, GBP, USD")
    period: Period = Field("year", description="hour, day, week, month or year")
    allow_missing: bool = Field(True, description="keep postings that state no salary (flagged, not guessed)")


Arrangement = Literal["remote", "hybrid", "onsite"]


def _every_arrangement() -> list[Arrangement]:
    return ["remote", "hybrid", "onsite"]


class LocationPolicy(Strict):
    countries: list[str] = Field(default_factory=list, description="ISO country codes the seeker can work in")
    cities: list[str] = Field(default_factory=list, description="cities where on-site or hybrid work is fine")
    remote: list[Arrangement] = Field(default_factory=_every_arrangement, description="acceptable work arrangements")
    allow_unknown: bool = Field(True, description="keep postings whose location or arrangement is unclear")


#: employment types the matcher recognises in postings (docs/discovery.md lists the words behind each)
JobKind = Literal[
    "full_time",
    "part_time",
    "contract",
    "temporary",
    "casual",
    "fixed_term",
    "seasonal",
    "secondment",
    "internship",
    "apprenticeship",
    "volunteer",
]


class Skills(Strict):
    must_have: list[str] = Field(
        default_factory=list,
        description="skills a job must ask for (each one, unless must_have_required is false); a group of "
        "alternatives is written {any: [Azure, AWS, GCP]} and moves to must_have_any",
    )
    must_have_any: list[list[str]] = Field(
        default_factory=list, description="groups of alternatives: a job must ask for at least one of each group"
    )
    must_have_required: bool = Field(
        True, description="true: a job missing a must-have is filtered; false: missing ones only lower the score"
    )
    excluded: list[str] = Field(default_factory=list, description="skills that rule a job out when it asks for them")
    preferred: list[str] = Field(default_factory=list, description="skills that raise the score")
    nice_to_have: list[str] = Field(default_factory=list, description="skills that raise the score a little")
    synonyms: dict[str, list[str]] = Field(
        default_factory=dict, description="other names of a skill, e.g. {postgresql: [postgres, psql]}"
    )

    @model_validator(mode="before")
    @classmethod
    def _groups(cls, data: Any) -> Any:
        """`must_have: [Python, {any: [Azure, AWS]}]`: the groups move to `must_have_any`."""
        if not isinstance(data, dict) or not isinstance(data.get("must_have"), list):
            return data
        plain, groups = [], list(data.get("must_have_any") or [])
        for item in data["must_have"]:
            if isinstance(item, dict):
                if set(item) != {"any"} or not isinstance(item["any"], list):
                    raise ValueError("a must_have group is written {any: [skill, skill, ...]}")
                groups.append([str(x) for x in item["any"]])
            else:
                plain.append(item)
        return {**data, "must_have": plain, "must_have_any": groups}

    def all_must(self) -> list[str]:
        """Every must-have name, groups flattened (for prompts and watch lists)."""
        return [*self.must_have, *(s for g in self.must_have_any for s in g)]


class Home(Strict):
    city: str | None = Field(None, description="the town or city the seeker lives in, e.g. Hobart")
    region: str | None = Field(None, description="state, province or region, e.g. Tasmania, TAS, Ontario")
    country: str | None = Field(None, description="country name or ISO code, e.g. AU")


#: approximate mid-market rates, units of each currency per 1 USD, on the date below (override in search.yaml)
DEFAULT_RATES_DATE = date(2025, 6, 30)
DEFAULT_RATES_PER_USD = {
    "USD": 1.0,
    "AUD": 1.53,
    "CAD": 1.37,
    "EUR": 0.85,
    "GBP": 0.73,
    "NZD": 1.65,
    "CHF": 0.80,
    "SGD": 1.28,
    "INR": 85.8,
    "JPY": 144.5,
    "SEK": 9.55,
    "NOK": 10.1,
    "DKK": 6.37,
    "HKD": 7.85,
    "ZAR": 17.8,
}


class ExchangeRates(Strict):
    as_of: date = Field(DEFAULT_RATES_DATE, description="the day the rates were taken; shown in salary reasons")
    per_usd: dict[str, float] = Field(
        default_factory=lambda: dict(DEFAULT_RATES_PER_USD),
        description="units of each ISO 4217 currency per 1 USD; your entries are added to the shipped ones",
    )

    @model_validator(mode="before")
    @classmethod
    def _merge(cls, data: Any) -> Any:
        """A seeker's rates add to (and override) the shipped ones instead of replacing the table."""
        if isinstance(data, dict) and isinstance(data.get("per_usd"), dict):
            return {**data, "per_usd": {**DEFAULT_RATES_PER_USD, **{k.upper(): v for k, v in data["per_usd"].items()}}}
        return data

    def rate(self, src: str, dst: str) -> float | None:
        """Value of 1 `src` in `dst`, or None when either is not in the table."""
        a, b = self.per_usd.get(src.upper()), self.per_usd.get(dst.upper())
        return b / a if a and b else None


class SearchConfig(Strict):
    seeker_name: str = Field("", description="the seeker's name, as on the CV")
    locale: Literal["en-AU", "en-GB", "en-US"] = Field("en-AU", description="spelling and date format")
    roles: list[str] = Field(default_factory=list, description="job titles the seeker wants")
    keywords: list[str] = Field(default_factory=list, description="words that make a posting more relevant")
    skills: Skills = Field(default_factory=Skills, description="skills, by importance")
    exclusions: list[str] = Field(
        default_factory=list, description="words that rule a posting out (in title or company), e.g. graduate"
    )
    excluded_companies: list[str] = Field(default_factory=list, description="companies never to apply to")
    locations: LocationPolicy = Field(default_factory=LocationPolicy, description="where and how")
    job_types: list[JobKind] = Field(
        default_factory=list, description="acceptable employment types (see docs/discovery.md); empty accepts all"
    )
    home: Home = Field(
        default_factory=Home, description="where the seeker lives: remote work restricted to another region is filtered"
    )
    exchange_rates: ExchangeRates = Field(
        default_factory=ExchangeRates, description="offline, dated exchange rates for the salary floor"
    )
    role_required: bool = Field(
        True, description="true: a title that is a different role from every wanted one is filtered"
    )
    salary: SalaryFloor = Field(default_factory=SalaryFloor, description="the pay floor")
    seniority: list[str] = Field(
        default_factory=list, description="acceptable seniority words, e.g. senior, lead; empty accepts all"
    )
    working_days_per_year: int = Field(230, description="for converting day rates and salaries")
    hours_per_day: float = Field(8.0, description="for converting hourly rates")
    min_score: float = Field(0.45, ge=0, le=1, description="jobs scoring below this are rejected")
