"""convert_salary: periods by working days and hours, currencies only with configured rates."""

from __future__ import annotations

import pytest

from app.domain.models import Salary
from app.pipeline.salary import convert_salary


def test_year_to_day_uses_working_days() -> None:
    s = Salary(min=200000, max=230000, currency="AUD", period="year")
    assert convert_salary(s, "AUD", "day") == (869.57, 1000.0)
    assert convert_salary(s, "AUD", "day", working_days_per_year=200) == (1000.0, 1150.0)


def test_day_to_year_and_hour() -> None:
    s = Salary(min=1000, max=None, currency="AUD", period="day")
    assert convert_salary(s, "AUD", "year") == (230000.0, None)
    assert convert_salary(s, "AUD", "hour", hours_per_day=8) == (125.0, None)
    assert convert_salary(s, "AUD", "hour", hours_per_day=7.6) == (131.58, None)


def test_month_and_week() -> None:
    assert convert_salary(Salary(min=10000, currency="GBP", period="month"), "GBP", "year") == (120000.0, None)
    assert convert_salary(Salary(min=5000, currency="GBP", period="week"), "GBP", "day") == (1000.0, None)


def test_currency_only_with_a_configured_rate() -> None:
    s = Salary(min=100, max=200, currency="gbp", period="day")
    assert convert_salary(s, "AUD", "day") is None
    assert convert_salary(s, "AUD", "day", fx={"USD": 1.5}) is None
    assert convert_salary(s, "AUD", "day", fx={"GBP": 2.0}) == (200.0, 400.0)


@pytest.mark.parametrize(
    "salary",
    [
        None,
        Salary(min=100, currency=None, period="day"),
        Salary(min=100, currency="AUD", period=None),
        Salary(currency="AUD", period="day"),
    ],
)
def test_unknowable_conversions_are_none(salary: Salary | None) -> None:
    assert convert_salary(salary, "AUD", "day") is None
