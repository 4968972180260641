"""Deterministic fact extraction: numbers, dates, skills, certifications, titles, organisations, contacts.

The same extractors run on the CV (to build the inventory) and on every sentence an engine writes (to
check it), so a fact is recognised the same way on both sides of the gate.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.documents.lexicon import CERT_ACRONYMS, EXAM_CODE, SKILLS, TITLE_PHRASE
from app.documents.model import Fact, FactInventory, FactKind
from app.documents.text import DATE_RANGE, EMAIL, MONTH_YEAR, MONTHS, URL, YEAR, find_phones, fold, phone_digits

if TYPE_CHECKING:
    from app.documents.model import CvDocument, Paragraph

_CURRENCY = {
    "aud": "AUD",
    "a$": "AUD",
    "au$": "AUD",
    "usd": "USD",
    "us$": "USD",
    "gbp": "GBP",
    "£": "GBP",
    "eur": "EUR",
    "€": "EUR",
    "nzd": "NZD",
    "nz$": "NZD",
    "cad": "CAD",
    "$": "$",
}
_MULT = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mn": 1e6, "bn": 1e9, "billion": 1e9, "b": 1e9}
NUMBER = re.compile(
    r"(?P<cur>\b(?:AUD|USD|GBP|EUR|NZD|CAD)\s?|(?:A|AU|US|NZ)\$|[£$€])?"
    r"(?<![\w.-])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<mult>k|m|mn|bn|b|thousand|million|billion)\b)?"
    r"(?P<pct>\s?%|\s?per\s?cent\b|\s?percent\b)?"
    r"(?P<cur2>\s?(?:AUD|USD|GBP|EUR|NZD|CAD)\b)?",
    re.IGNORECASE,
)
# "one", "half" and "double" are left out: they are everyday words ("one of", "double-check").
_WORD_NUMBERS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "decade": 10,
    "decades": 20,
    "hundred": 100,
    "dozen": 12,
    "twice": 2,
    "tripled": 3,
    "doubled": 2,
    "halved": 0.5,
}
SKILL_TERMS = frozenset(SKILLS)
CERT_TERMS = frozenset(CERT_ACRONYMS)
_WORD_NUMBER = re.compile(r"\b(" + "|".join(_WORD_NUMBERS) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    value: float
    currency: str | None
    percent: bool
    raw: str
    alt: float | None = None  # "2.3m people": 2.3 million, unless "m" meant metres
    start: int = -1  # where it stands in the text it was read from
    end: int = -1

    def values(self) -> tuple[float, ...]:
        return (self.value,) if self.alt is None else (self.value, self.alt)

    @property
    def norm(self) -> str:
        unit = "%" if self.percent else (self.currency or "")
        return f"{self.value:g}{unit}"


def _contact_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in EMAIL.finditer(text)] + [m.span() for m in URL.finditer(text)]
    for phone in find_phones(text):
        i = text.find(phone)
        spans.append((i, i + len(phone)))
    return spans


@functools.lru_cache(maxsize=8192)
def quantities(text: str) -> tuple[Quantity, ...]:
    """Numbers in text with their currency, multiplier and percent sign; years and contact details excluded."""
    skip = _contact_spans(text)
    out: list[Quantity] = []
    for m in NUMBER.finditer(text):
        if any(a <= m.start("num") < b for a, b in skip):
            continue
        num = m.group("num")
        cur = (m.group("cur") or m.group("cur2") or "").strip().lower() or None
        mult = (m.group("mult") or "").lower()
        # A bare four-digit year is a date, checked as a date; "2,000" or "$2000" is a number.
        if YEAR.fullmatch(num) and not (cur or mult or m.group("pct")):
            continue
        # A lone "m" after a number is surely a multiplier only with a currency ("£12m"); "2.3m people" is
        # likely millions and "45 m" metres, so both readings are kept.
        alt = None
        base = float(num.replace(",", ""))
        if mult in ("m", "b") and not cur:
            alt, mult = base * _MULT[mult], ""
        value = base * _MULT.get(mult, 1)
        raw = m.group(0).strip()
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
        out.append(
            Quantity(
                value, _CURRENCY.get(cur) if cur else None, bool(m.group("pct")), raw, alt, start, start + len(raw)
            )
        )
    for m in _WORD_NUMBER.finditer(text):
        out.append(
            Quantity(float(_WORD_NUMBERS[m.group(1).lower()]), None, False, m.group(0), None, m.start(), m.end())
        )
    return tuple(out)


@functools.lru_cache(maxsize=8192)
def dates(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(years, month-years as YYYY-MM) mentioned in text."""
    years = frozenset(m.group("year") for m in YEAR.finditer(text))
    months = frozenset(
        {f"{m.group('year')}-{MONTHS[m.group('month').lower().rstrip('.')]:02d}" for m in MONTH_YEAR.finditer(text)}
    )
    return years, months


def phrase_in(phrase: str, folded_text: str) -> bool:
    """`phrase` (already folded) occurs in `folded_text` as whole words."""
    return re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", folded_text) is not None


@functools.lru_cache(maxsize=64)
def _terms_regex(terms: frozenset[str]) -> re.Pattern[str]:
    # One alternation, longest first, instead of one search per term: the lexicon has ~200 terms.
    alternation = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternation})(?![\w])")


@functools.lru_cache(maxsize=8192)
def terms_in(text: str, terms: frozenset[str]) -> frozenset[str]:
    """Folded terms of `terms` found in text as whole words (longest match wins where they overlap)."""
    if not terms:
        return frozenset()
    return frozenset(_terms_regex(terms).findall(fold(text)))


def skills_in(text: str, lexicon: frozenset[str] = SKILL_TERMS) -> frozenset[str]:
    return terms_in(text, lexicon)


def certifications_in(text: str) -> set[str]:
    found = set(terms_in(text, CERT_TERMS))
    found |= {m.group(0).lower() for m in EXAM_CODE.finditer(text)}
    return found


def titles_in(text: str) -> set[str]:
    return {re.sub(r"\s+", " ", fold(m.group(0))).rstrip("s") for m in TITLE_PHRASE.finditer(text)}


def contacts_in(text: str) -> tuple[set[str], set[str], set[str]]:
    """(emails, phone digit strings, urls) in text, normalised."""
    emails = {m.group(0).lower() for m in EMAIL.finditer(text)}
    urls = {normalise_url(m.group(0)) for m in URL.finditer(EMAIL.sub(" ", text))}
    phones = {phone_digits(p) for p in find_phones(text)}
    return emails, phones, urls


def normalise_url(url: str) -> str:
    return re.sub(r"^(https?://)?(www\.)?", "", url.lower()).rstrip("./")


class _Facts:
    """The inventory being collected; blank values are left out."""

    def __init__(self) -> None:
        self.facts: list[Fact] = []

    def add(self, kind: FactKind, value: str, norm: str, source: str) -> None:
        if value.strip():
            self.facts.append(Fact(kind=kind, value=value.strip(), norm=norm, source_id=source))


def build_inventory(cv: CvDocument) -> FactInventory:
    facts = _Facts()
    _entry_facts(cv, facts)
    cert_sections = {s.id for s in cv.sections_of("certifications")}
    for p in cv.paragraphs:
        if p.text.strip():
            _paragraph_facts(p, p.section_id in cert_sections, facts)
    for s in cv.skills:
        src = next((p.id for p in cv.paragraphs if s in p.text), "")
        facts.add("skill", s, fold(s), src)
    for c in cv.contacts:
        facts.add("contact", c.value, f"{c.kind}:{_contact_norm(c.kind, c.value)}", c.source_id)
    return FactInventory(facts=facts.facts)


def _entry_facts(cv: CvDocument, facts: _Facts) -> None:
    edu_sections = {s.id for s in cv.sections_of("education")}
    for e in cv.entries:
        facts.add("education" if e.section_id in edu_sections else "title", e.title, fold(e.title), e.id)
        facts.add("organisation", e.organisation, fold(e.organisation), e.id)


def _paragraph_facts(p: Paragraph, in_certifications: bool, facts: _Facts) -> None:
    text = p.text
    for q in quantities(text):
        facts.add("number", q.raw, q.norm, p.id)
    for m in DATE_RANGE.finditer(text):
        facts.add("date", m.group(0), fold(m.group(0)), p.id)
    years, months = dates(text)
    for when in [*sorted(years), *sorted(months)]:
        facts.add("date", when, when, p.id)
    for skill in sorted(skills_in(text)):
        facts.add("skill", skill, skill, p.id)
    for cert in sorted(certifications_in(text)):
        facts.add("certification", cert, cert, p.id)
    if in_certifications and p.kind in ("bullet", "text"):
        name = re.sub(r",?\s*\(?(19|20)\d{2}\)?\s*$", "", text.strip())
        facts.add("certification", name, fold(name), p.id)
    for title in sorted(titles_in(text)):
        facts.add("title", title, title, p.id)


def _contact_norm(kind: str, value: str) -> str:
    if kind == "phone":
        return phone_digits(value)
    return normalise_url(value) if kind == "url" else fold(value)
