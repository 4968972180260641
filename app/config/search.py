"""config/search.yaml: what the seeker wants."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from app.domain.models import EmploymentType, Period


class Strict(BaseModel):
    """Unknown keys are refused, so a typo is an error and not a silently ignored setting."""

    model_config = ConfigDict(extra="forbid")


class SalaryFloor(Strict):
    minimum: float | None = Field(None, description="lowest acceptable pay, in `currency` per `period`")
    currency: str = Field("AUD", description="ISO 4217 code the seeker thinks in, e.g. AUD, GBP, USD")
    period: Period = Field("year", description="hour, day, week, month or year")
    allow_missing: bool = Field(True, description="keep postings that state no salary (flagged, not guessed)")


class LocationPolicy(Strict):
    countries: list[str] = Field(default_factory=list, description="ISO country codes the seeker can work in")
    cities: list[str] = Field(default_factory=list, description="cities where on-site or hybrid work is fine")
    remote: list[Literal["remote", "hybrid", "onsite"]] = Field(
        default_factory=lambda: ["remote", "hybrid", "onsite"], description="acceptable work arrangements"
    )
    allow_unknown: bool = Field(True, description="keep postings whose location or arrangement is unclear")


class Skills(Strict):
    must_have: list[str] = Field(default_factory=list, description="a job missing all of these scores low")
    preferred: list[str] = Field(default_factory=list, description="skills that raise the score")
    nice_to_have: list[str] = Field(default_factory=list, description="skills that raise the score a little")
    synonyms: dict[str, list[str]] = Field(
        default_factory=dict, description="other names of a skill, e.g. {postgresql: [postgres, psql]}"
    )


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
    job_types: list[EmploymentType] = Field(
        default_factory=list, description="acceptable employment types; empty accepts all"
    )
    salary: SalaryFloor = Field(default_factory=SalaryFloor, description="the pay floor")
    seniority: list[str] = Field(
        default_factory=list, description="acceptable seniority words, e.g. senior, lead; empty accepts all"
    )
    working_days_per_year: int = Field(230, description="for converting day rates and salaries")
    hours_per_day: float = Field(8.0, description="for converting hourly rates")
    min_score: float = Field(0.45, ge=0, le=1, description="jobs scoring below this are rejected")
