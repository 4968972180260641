"""Salary from a posting's own words ("$1,000 – $1,200 AUD per day", "£70,000 - £78,000").

Only what the text states is taken: no number is invented. A bare "$" becomes a currency only when
the posting's country says which dollar it is.
"""

from __future__ import annotations

import re

from app.domain.models import Period, Salary

_SYMBOLS = {
    "a$": "AUD",
    "au$": "AUD",
    "aud$": "AUD",
    "nz$": "NZD",
    "us$": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "£": "GBP",
    "€": "EUR",
    "₹": "INR",
    "¥": "JPY",
}
_CODES = {"AUD", "USD", "GBP", "EUR", "NZD", "CAD", "SGD", "INR", "CHF", "JPY", "SEK", "NOK", "DKK"}
_DOLLAR_BY_COUNTRY = {"AU": "AUD", "US": "USD", "NZ": "NZD", "CA": "CAD", "SG": "SGD"}
_CUR = r"(?:A\$|AU\$|AUD\$|NZ\$|US\$|C\$|CA\$|\$|£|€|₹|¥|\b(?:AUD|USD|GBP|EUR|NZD|CAD|SGD|INR|CHF)\b)"
_ANY_CUR_RE = re.compile(_CUR, re.I)  # no currency anywhere: no salary (every reading needs one)
# "31,2k" (a decimal comma before k/m) first; then "75.000" and "75.000,00" (European thousands dots, an
# optional decimal comma); then "120,000.50", "120 000" and "110'000" (Swiss); then "95.4"
_NUM = (
    r"\d{1,3},\d{1,2}(?=\s?[kKmM]\b)"
    r"|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?![\d.,])"
    r"|\d{1,3}(?:[,\s'’]\d{3})+(?:\.\d+)?"
    r"|\d+(?:\.\d+)?"
)
_EUROPEAN_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")
_AMOUNT = rf"(?P<C>{_CUR})?\s*(?P<N>{_NUM})\s*(?P<K>[kKmM]\b)?"
# a currency written after the amount: "90.000 EUR", "75.000,00 €"
_AFTER = r"(?:AUD|USD|GBP|EUR|NZD|CAD|SGD|CHF)\b|€|£"


def _amount(c: str, n: str, k: str) -> str:
    return _AMOUNT.replace("<C>", f"<{c}>").replace("<N>", f"<{n}>").replace("<K>", f"<{k}>")


_RANGE_RE = re.compile(
    _amount("c1", "n1", "k1")
    + rf"(?:\s*(?P<c1b>{_AFTER}))?"
    + r"(?:\s*/\s*(?P<p1>yr|year|hr|hour|mo|month|day|wk|week)\b)?"  # "A$150K/yr - A$180K/yr"
    + r"(?:\s*(?:-|–|—|to)\s*"
    + _amount("c2", "n2", "k2")
    + r")?"
    + rf"(?:\s*(?P<c3>{_AFTER}))?",
    re.I,
)
_LEAD = r"^\s*(?:\+\s*\w+\s*)?(?:/\s*|per\s+|an?\s+|p\.?\s*)"
_PERIODS: list[tuple[re.Pattern[str], Period]] = [
    (re.compile(_LEAD + r"(?:hour|hr|h\b)|^\s*hourly", re.I), "hour"),
    (re.compile(_LEAD + r"(?:day|d\b)|^\s*daily", re.I), "day"),
    (re.compile(_LEAD + r"(?:week|wk)|^\s*weekly", re.I), "week"),
    (re.compile(_LEAD + r"(?:month|mo\b)|^\s*monthly", re.I), "month"),
    (re.compile(_LEAD + r"(?:year|yr|annum|a\b)|^\s*(?:annual|yearly)", re.I), "year"),
]
_PAY_WORD_RE = re.compile(r"\b(salary|rate|pay|paying|compensation|remuneration|package|base|ote)\b", re.I)
_CONTEXT_RE = re.compile(r"salary|rate|pay|compensation|remuneration|package|\$|£|€|AUD|USD|GBP|EUR", re.I)


_UP_TO_RE = re.compile(r"\b(?:up\s+to|max(?:imum)?|as\s+much\s+as|not\s+more\s+than)\s*:?\s*$", re.I)
_FROM_RE = re.compile(r"\b(?:from|starting\s+(?:at|from)|min(?:imum)?|at\s+least|in\s+excess\s+of)\s*:?\s*$", re.I)


def _number(num: str, suffix: str | None) -> float:
    if re.fullmatch(r"\d{1,3},\d{1,2}", num) and suffix:
        num = num.replace(",", ".")  # "31,2k": a decimal comma
    elif _EUROPEAN_RE.fullmatch(num):
        num = num.replace(".", "").replace(",", ".")  # "75.000,00": thousands dots, a decimal comma
    value = float(re.sub(r"[,\s'’]", "", num))
    if suffix and suffix.lower() == "k":
        value *= 1_000
    elif suffix and suffix.lower() == "m":
        value *= 1_000_000
    return value


def _currency(token: str | None, country: str | None, default: str | None = None) -> str | None:
    if not token:
        return None
    key = token.strip().lower()
    if key.upper() in _CODES:
        return key.upper()
    if key in _SYMBOLS:
        return _SYMBOLS[key]
    if key == "$":
        return _DOLLAR_BY_COUNTRY.get(country or "") or (default if default else None)
    return None


_PERIOD_WORDS: tuple[tuple[str, Period], ...] = (
    ("hour", "hour"),
    ("day", "day"),
    ("dai", "day"),
    ("week", "week"),
    ("month", "month"),
    ("year", "year"),
    ("annual", "year"),
)


def period_word(text: str | None) -> Period | None:
    """A period from an ATS's interval word: "1 DAY", "per-year-salary", "HOUR", "yearly"."""
    key = (text or "").lower()
    return next((period for word, period in _PERIOD_WORDS if word in key), None)


def salary_from_text(
    text: str | None, country: str | None = None, default_currency: str | None = None, *, field: bool = False
) -> Salary | None:
    """The first stated pay amount or range in `text`, or None when the text states none.

    A bare "$" takes the posting's country's dollar, else `default_currency` (the board's documented
    currency, e.g. Remotive's USD). "up to $X" is a maximum, "from $X" a minimum. `field=True` says the
    whole text is a salary field, so a lone amount needs no pay word. A period or currency that had to
    be inferred marks the salary `ambiguous`.
    """
    if not text or not _ANY_CUR_RE.search(text):
        return None
    for m in _RANGE_RE.finditer(text):
        salary = _salary_at(text, m, country, default_currency, field)
        if salary is not None:
            return salary
    return None


def _bounds(m: re.Match[str]) -> tuple[float, float | None] | None:
    """The amounts of a match that names a currency, or None when it is no pay range."""
    if not (m.group("c1") or m.group("c2") or m.group("c1b") or m.group("c3")):
        return None
    high = _number(m.group("n2"), m.group("k2")) if m.group("n2") else None
    low = _number(m.group("n1"), m.group("k1"))
    if high is not None and not m.group("k1") and m.group("k2") and low * 1_000 <= high:
        low *= 1_000  # "$150 - 170k": the suffix covers both bounds
    if low < 10 or (high is not None and high < low):
        return None
    return low, high


def _period_at(text: str, m: re.Match[str]) -> Period | None:
    after = text[m.end() : m.end() + 40]
    return next((p for rx, p in _PERIODS if rx.search(after)), None) or period_word(
        {"yr": "year", "hr": "hour", "mo": "month", "wk": "week"}.get(m.group("p1") or "", m.group("p1"))
    )


def _bound_word(before: str, high: float | None) -> str | None:
    """ "up to $X" is a maximum, "from $X" a minimum (a range has both bounds already)."""
    if high is not None:
        return None
    if _UP_TO_RE.search(before):
        return "max"
    return "min" if _FROM_RE.search(before) else None


def _salary_at(
    text: str, m: re.Match[str], country: str | None, default_currency: str | None, field: bool
) -> Salary | None:
    bounds = _bounds(m)
    if bounds is None:
        return None
    low, high = bounds
    period = _period_at(text, m)
    before = text[max(0, m.start() - 40) : m.start()]
    bound = _bound_word(before, high)
    if period is None and high is None and bound is None and not field and not _PAY_WORD_RE.search(before):
        return None  # a lone amount with no pay word or period ("budget £10m") is not a salary
    code = m.group("c1b") or m.group("c3")
    currency = _currency(code or m.group("c1") or m.group("c2"), country, default_currency)
    ambiguous = currency is None
    if period is None:
        if max(low, high or 0) >= 10_000:
            period = "year"  # a five-figure amount with no period stated is an annual salary
        ambiguous = True
    line = _sentence(text, m.start(), m.end())
    lo, hi = (None, low) if bound == "max" else (low, high)
    return Salary(min=lo, max=hi, currency=currency, period=period, text=line[:200], ambiguous=ambiguous)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding text[start:end], for display."""
    dot = text.rfind(". ", 0, start)
    left = max(text.rfind("\n", 0, start) + 1, dot + 2 if dot != -1 else 0)
    stops = [i for i in (text.find("\n", end), text.find(". ", end)) if i != -1]
    right = min(stops) + 1 if stops else len(text)
    return text[left:right].strip()


def salary_struct(
    low: object, high: object, currency: object, period: Period | None, text: str | None = None
) -> Salary | None:
    """A Salary from structured fields; None when neither bound is a number."""

    def num(v: object) -> float | None:
        if not isinstance(v, int | float | str) or v == "":
            return None
        try:
            return float(v)
        except ValueError:
            return None

    lo, hi = num(low), num(high)
    if lo is None and hi is None:
        return None
    cur = str(currency).upper() if currency else None
    return Salary(min=lo, max=hi, currency=cur, period=period, text=text or None)


def has_pay_words(text: str) -> bool:
    return bool(_CONTEXT_RE.search(text))
