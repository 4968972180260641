"""Pure salary arithmetic: convert a pay range between currencies and periods."""

from __future__ import annotations

from app.domain.models import Period, Salary


def periods_per_year(period: Period, working_days_per_year: int = 230, hours_per_day: float = 8.0) -> float:
    """How many of `period` a full-time year holds, by the seeker's working days and hours."""
    return {
        "hour": working_days_per_year * hours_per_day,
        "day": float(working_days_per_year),
        "week": working_days_per_year / 5.0,
        "month": 12.0,
        "year": 1.0,
    }[period]


def convert_salary(
    salary: Salary | None,
    to_currency: str,
    to_period: Period,
    working_days_per_year: int = 230,
    hours_per_day: float = 8.0,
    fx: dict[str, float] | None = None,
) -> tuple[float | None, float | None] | None:
    """(min, max) of `salary` in `to_currency` per `to_period`, or None when it cannot be known.

    `fx` maps a currency code to its value in `to_currency` (e.g. {"GBP": 1.93} to convert to AUD);
    without a configured rate only the same currency converts. A missing salary, currency or period
    gives None: nothing is guessed.
    """
    if salary is None or salary.period is None or not salary.currency or (salary.min is None and salary.max is None):
        return None
    src, dst = salary.currency.upper(), to_currency.upper()
    if src == dst:
        rate = 1.0
    else:
        rates = {k.upper(): v for k, v in (fx or {}).items()}
        if src not in rates or rates[src] <= 0:
            return None
        rate = rates[src]
    factor = (
        periods_per_year(salary.period, working_days_per_year, hours_per_day)
        / periods_per_year(to_period, working_days_per_year, hours_per_day)
    ) * rate

    def conv(v: float | None) -> float | None:
        return round(v * factor, 2) if v is not None else None

    return conv(salary.min), conv(salary.max)


#: below these a stated amount is not a real rate for the period: most often "75.000" (a European thousands
#: separator) read as 75
_IMPLAUSIBLY_LOW = {"year": 1000.0, "month": 100.0, "week": 20.0, "day": 5.0, "hour": 0.5}


def looks_misread(salary: Salary | None) -> bool:
    """Whether the parsed amounts cannot be real pay for their period (so they are not compared)."""
    if salary is None or salary.period is None:
        return False
    top = max((v for v in (salary.min, salary.max) if v is not None), default=None)
    return top is not None and top < _IMPLAUSIBLY_LOW[salary.period]
