"""Location strings to `Location` (city, region, ISO alpha-2 country) and work arrangement."""

from __future__ import annotations

import functools
import re

from babel import Locale

from app.domain.models import Location, Remote

_COUNTRY_ALIASES = {
    "usa": "US", "us": "US", "u.s.": "US", "u.s.a.": "US", "united states of america": "US", "america": "US",
    "uk": "GB", "u.k.": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
    "great britain": "GB", "britain": "GB", "aus": "AU", "oz": "AU", "nz": "NZ", "aotearoa": "NZ",
    "uae": "AE", "holland": "NL", "the netherlands": "NL", "south korea": "KR", "korea": "KR",
    "czech republic": "CZ", "russia": "RU", "vietnam": "VN",
}
_REGIONS: dict[str, tuple[str, str]] = {
    # Australia
    "nsw": ("NSW", "AU"), "new south wales": ("NSW", "AU"), "vic": ("VIC", "AU"), "victoria": ("VIC", "AU"),
    "qld": ("QLD", "AU"), "queensland": ("QLD", "AU"), "tas": ("TAS", "AU"), "tasmania": ("TAS", "AU"),
    "wa": ("WA", "AU"), "western australia": ("WA", "AU"), "sa": ("SA", "AU"),
    "south australia": ("SA", "AU"), "nt": ("NT", "AU"), "northern territory": ("NT", "AU"),
    "act": ("ACT", "AU"), "australian capital territory": ("ACT", "AU"),
    # Canada
    "on": ("ON", "CA"), "ontario": ("ON", "CA"), "bc": ("BC", "CA"), "british columbia": ("BC", "CA"),
    "qc": ("QC", "CA"), "quebec": ("QC", "CA"), "ab": ("AB", "CA"), "alberta": ("AB", "CA"),
    # United States (the common ones in postings)
    "ca": ("CA", "US"), "california": ("CA", "US"), "ny": ("NY", "US"), "new york state": ("NY", "US"),
    "tx": ("TX", "US"), "texas": ("TX", "US"), "wa state": ("WA", "US"), "washington state": ("WA", "US"),
    "ma": ("MA", "US"), "massachusetts": ("MA", "US"), "il": ("IL", "US"), "illinois": ("IL", "US"),
    "co": ("CO", "US"), "colorado": ("CO", "US"), "fl": ("FL", "US"), "florida": ("FL", "US"),
    "ga": ("GA", "US"), "or": ("OR", "US"), "oregon": ("OR", "US"), "nj": ("NJ", "US"),
    "pa": ("PA", "US"), "va": ("VA", "US"), "dc": ("DC", "US"), "nc": ("NC", "US"), "ut": ("UT", "US"),
}
_CITIES: dict[str, tuple[str | None, str]] = {
    "sydney": ("NSW", "AU"), "melbourne": ("VIC", "AU"), "brisbane": ("QLD", "AU"), "perth": ("WA", "AU"),
    "adelaide": ("SA", "AU"), "hobart": ("TAS", "AU"), "launceston": ("TAS", "AU"), "canberra": ("ACT", "AU"),
    "darwin": ("NT", "AU"), "gold coast": ("QLD", "AU"), "newcastle": ("NSW", "AU"), "geelong": ("VIC", "AU"),
    "auckland": (None, "NZ"), "wellington": (None, "NZ"), "christchurch": (None, "NZ"),
    "london": ("England", "GB"), "manchester": ("England", "GB"), "birmingham": ("England", "GB"),
    "leeds": ("England", "GB"), "bristol": ("England", "GB"), "edinburgh": ("Scotland", "GB"),
    "glasgow": ("Scotland", "GB"), "cardiff": ("Wales", "GB"), "belfast": ("Northern Ireland", "GB"),
    "cambridge": ("England", "GB"), "oxford": ("England", "GB"), "dublin": (None, "IE"),
    "new york": ("NY", "US"), "new york city": ("NY", "US"), "nyc": ("NY", "US"),
    "san francisco": ("CA", "US"), "los angeles": ("CA", "US"), "seattle": ("WA", "US"),
    "austin": ("TX", "US"), "boston": ("MA", "US"), "chicago": ("IL", "US"), "denver": ("CO", "US"),
    "toronto": ("ON", "CA"), "vancouver": ("BC", "CA"), "montreal": ("QC", "CA"),
    "berlin": (None, "DE"), "munich": (None, "DE"), "amsterdam": (None, "NL"), "paris": (None, "FR"),
    "singapore": (None, "SG"), "bangalore": (None, "IN"), "bengaluru": (None, "IN"),
}
_WORLDWIDE = {"worldwide", "anywhere", "global", "remote", "earth", "international"}
_MARKERS = re.compile(
    r"\b(fully\s+remote|remote[- ]first|remote|hybrid|on[- ]?site|in[- ]office|only|based|office|"
    r"work\s+from\s+home|wfh)\b", re.I)
_SPLIT = re.compile(r"\s*(?:,|/|\||;|\s[-–—]\s|\(|\)|\bor\b|\band\b)\s*", re.I)


@functools.cache
def _country_names() -> dict[str, str]:
    names = {name.lower(): code for code, name in Locale("en").territories.items()
             if len(code) == 2 and code.isalpha()}
    names.update(_COUNTRY_ALIASES)
    return names


def country_code(text: str | None) -> str | None:
    """ISO alpha-2 for a country name, code or common alias; None when not a country."""
    if not text:
        return None
    key = text.strip().strip(".").lower()
    if len(key) == 2 and key.isalpha() and key.upper() in Locale("en").territories:
        return "GB" if key == "uk" else key.upper()
    return _country_names().get(key)


def parse_location(raw: str | None) -> Location | None:
    """Best-effort split of a free-text location ("Sydney, NSW (Hybrid)", "Remote - Australia")."""
    if not raw or not raw.strip():
        return None
    text = raw.strip()
    parts = [p.strip(" .") for p in _SPLIT.split(_MARKERS.sub(" ", text)) if p and p.strip(" .")]
    city = region = country = guess = None
    for part in parts:
        key = part.lower()
        if key in _WORLDWIDE:
            continue
        code = None if (len(key) == 2 and key in _REGIONS and city) else country_code(part)
        if code and not country:
            country = code
        elif key in _REGIONS and not region:
            region, reg_country = _REGIONS[key]
            country = country or reg_country
        elif key in _CITIES and not city:
            city = part.title() if part.islower() else part
            city_region, city_country = _CITIES[key]
            region = region or city_region
            country = country or city_country
        elif guess is None and not code and len(part) <= 40:
            guess = part  # an unknown place name: the city, unless a known city comes later
    city = city or guess
    if city and country and region is None and city.lower() in _CITIES:
        region = _CITIES[city.lower()][0]
    return Location(city=city, region=region, country=country, raw=text)


_MANY = re.compile(r"\s*(?:;|\||\s/\s|\bor\b|\band\b|&)\s*", re.I)


def parse_locations(raw: str | None) -> list[Location]:
    """One Location per place a text names: "Remote - US or Canada" gives US and CA."""
    if not raw or not raw.strip():
        return []
    whole = parse_location(raw)
    parts = [p for p in _MANY.split(raw) if p and p.strip()]
    if len(parts) < 2:
        return [whole] if whole else []
    many = [loc for loc in (parse_location(p) for p in parts) if loc and (loc.country or loc.city)]
    if len({(loc.city, loc.country) for loc in many}) > 1 and all(loc.country for loc in many):
        return many
    return [whole] if whole else []


_REMOTE_RE = re.compile(r"\b(fully\s+remote|remote(?:ly)?|work\s+from\s+(?:home|anywhere)|wfh)\b", re.I)
_HYBRID_RE = re.compile(
    r"\b(hybrid|\d\s+days?\s+(?:a|per)\s+week\s+(?:in|at)\s+(?:the|our)\b|"
    r"\d\s+days?\s+(?:a|per)\s+week\s+from\s+home|flexible\s+working\s+from\s+home)", re.I)
_ONSITE_RE = re.compile(r"\b(on[- ]?site|in[- ]office|office[- ]based|five\s+days\s+a\s+week\s+in)\b", re.I)


def arrangement(*texts: str | None) -> Remote:
    """remote, hybrid or onsite from the first text that says so (pass the most specific first)."""
    for text in texts:
        if not text:
            continue
        if _HYBRID_RE.search(text):
            return "hybrid"
        if _ONSITE_RE.search(text):
            return "onsite"
        if _REMOTE_RE.search(text):
            return "remote"
    return "unknown"


def arrangement_word(value: str | None) -> Remote:
    """Map an ATS's own workplace value (Remote, Hybrid, OnSite, on-site...) to ours."""
    key = re.sub(r"[^a-z]", "", (value or "").lower())
    return {"remote": "remote", "hybrid": "hybrid", "onsite": "onsite", "inoffice": "onsite",
            "office": "onsite"}.get(key, "unknown")  # type: ignore[return-value]
