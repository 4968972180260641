"""Shared normalisation: every source hands its fields to `build_job`, which fills the rest."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from app.domain.models import EmploymentType, Job, Location, Remote, Salary
from app.sources.html import description, fix_text
from app.sources.limits import bounded_raw, strip_controls
from app.sources.pay import salary_from_text
from app.sources.places import arrangement, is_anywhere, parse_locations

log = logging.getLogger(__name__)

_EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_EMAIL_RE = re.compile(_EMAIL)
_APPLY_SENTENCE_RE = re.compile(
    r"\b(apply|applications?|send\s+(?:your|a|us\s+your)\s+(?:cv|resume|résumé)|email\s+your\s+(?:cv|resume)|"
    r"send\s+(?:the\s+above|it|them|this|these|everything)\s+(?:to|by)|(?:cv|resume|résumé)s?\s+(?:to|at))",
    re.I,
)
# "How to apply" as a heading: the address on the lines under it is the apply address
_APPLY_HEADING_RE = re.compile(
    r"^\s*(?:how\s+to\s+apply|to\s+apply|applying|application\s+process)\b.{0,40}$", re.I | re.M
)
_CONTACT_RE = re.compile(
    r"\b(?i:contact|enquiries\s+to|questions\?\s*contact|reach\s+out\s+to|speak\s+to)\s*:?\s+"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\b"
)
_TYPE_WORDS: list[tuple[re.Pattern[str], EmploymentType]] = [
    (re.compile(r"\b(intern(ship)?|graduate\s+programme)\b", re.I), "internship"),
    (re.compile(r"\b(contract(or)?|freelance|fixed[- ]term|day\s+rate|\d+[- ]month\s+contract)\b", re.I), "contract"),
    (re.compile(r"\b(temporary|temp|casual|seasonal)\b", re.I), "temporary"),
    (re.compile(r"\b(part[- ]time)\b", re.I), "part_time"),
    (re.compile(r"\b(full[- ]time|permanent)\b", re.I), "full_time"),
]

#: an ATS's own employment-type value, letters only and lower-cased, to ours
_TYPE_NAMES: dict[str, EmploymentType] = {
    "fulltime": "full_time",
    "parttime": "part_time",
    "contract": "contract",
    "contractor": "contract",
    "temporary": "temporary",
    "intern": "internship",
    "internship": "internship",
    "permanent": "full_time",
    "freelance": "contract",
}


def employment_type(*texts: str | None) -> EmploymentType:
    """From the first text that names one (pass the structured field first, then the description)."""
    for text in texts:
        if not text:
            continue
        direct = _TYPE_NAMES.get(re.sub(r"[^a-z]", "", text.lower()))
        if direct:
            return direct
        for rx, kind in _TYPE_WORDS:
            if rx.search(text):
                return kind
    return "unknown"


def apply_email(text: str) -> str | None:
    """An email address the posting explicitly asks applications to go to; None otherwise."""
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])|\n", text):
        if _APPLY_SENTENCE_RE.search(sentence):
            m = _EMAIL_RE.search(sentence)
            if m:
                return m.group(0).rstrip(".").lower()
    heading = _APPLY_HEADING_RE.search(text)
    if heading:  # "How to Apply" followed (within a few lines) by an address
        m = _EMAIL_RE.search("\n".join(text[heading.end() :].splitlines()[:4]))
        if m:
            return m.group(0).rstrip(".").lower()
    return None


def contact_name(text: str) -> str | None:
    m = _CONTACT_RE.search(text)
    return m.group("name") if m else None


def parse_date(value: Any) -> date | None:
    """ISO strings, RFC 822 dates, epoch seconds or milliseconds; None when unreadable."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 10**11 else value
        return datetime.fromtimestamp(seconds, tz=UTC).date()
    text = str(value).strip()
    if text.isdigit():
        return parse_date(int(text))
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def clean(value: Any) -> str:
    """One line of text: control characters removed (issue #10), whitespace tidied and mojibake repaired
    ("MecÃ¡nico" -> "Mecánico")."""
    return fix_text(re.sub(r"\s+", " ", strip_controls(str(value))).strip()) if value is not None else ""


def build_job(
    *,
    source: str,
    title: str,
    company: str,
    source_id: Any = None,
    url: str | None = None,
    apply_url: str | None = None,
    locations: Sequence[Location | str | None] | None = None,
    remote: Remote = "unknown",
    employment: str | None = None,
    salary: Salary | None = None,
    posted: Any = None,
    html: str | None = None,
    requisition_id: Any = None,
    apply_to: str | None = None,
    raw: dict[str, Any] | None = None,
    extra_text: str = "",
    default_currency: str | None = None,
    country: str | None = None,
) -> Job:
    """One normalised Job. Fields the source did not give are derived from the description.

    `default_currency` is the board's documented currency for a bare "$" (Remotive: USD) when the
    posting's country does not say which dollar it is.
    """
    safe, text = description(html)
    safe, text = strip_controls(safe), strip_controls(text)
    locs: list[Location] = []
    for loc in locations or []:
        locs.extend([loc] if isinstance(loc, Location) else parse_locations(loc))
    loc_raw = " ".join(loc.raw for loc in locs)
    if remote == "unknown" and any(isinstance(loc, str) and is_anywhere(loc) for loc in locations or []):
        remote = "remote"  # "Worldwide" as the location: work from anywhere
    if remote == "unknown":
        remote = arrangement(loc_raw, text, extra_text)
    kind = employment_type(employment, extra_text, text) if employment else employment_type(text, extra_text)
    country = next((loc.country for loc in locs if loc.country), None) or country
    if salary is None:
        salary = salary_from_text(extra_text, country, default_currency) or salary_from_text(
            text, country, default_currency
        )
    email = (apply_to or "").strip().lower() or apply_email(text)
    return Job(
        title=clean(title),
        company=clean(company),
        locations=locs,
        remote=remote,
        employment_type=kind,
        salary=salary,
        posted_at=parse_date(posted),
        description_html=safe,
        description_text=text,
        url=url or None,
        apply_url=apply_url or url or None,
        apply_email=email or None,
        contact_name=contact_name(text),
        requisition_id=clean(requisition_id) or None,
        source=source,
        source_id=clean(source_id) or None,
        raw=bounded_raw(raw or {}),  # a posting's own nesting and size stay bounded (issue #10)
    )


def company_from_slug(slug: str, text: str = "") -> str:
    """A display name for a board slug, taking its casing from the text when it appears there."""
    squashed = re.sub(r"[^a-z0-9]", "", slug.lower())
    words: list[str] = re.findall(r"[A-Z][A-Za-z0-9&]+(?:\s[A-Z][A-Za-z0-9&]+)*", text[:2000])
    for word in words:
        if re.sub(r"[^a-z0-9]", "", word.lower()) == squashed:
            return word
    return " ".join(p.capitalize() for p in re.split(r"[-_]+", slug) if p)
