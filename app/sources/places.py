"""Location strings to `Location` (city, region, ISO alpha-2 country) and work arrangement."""

from __future__ import annotations

import functools
import re

from babel import Locale

from app.domain.models import Location, Remote
from app.sources import gazetteer

_COUNTRY_ALIASES = {
    "usa": "US",
    "us": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "united states of america": "US",
    "america": "US",
    "uk": "GB",
    "u.k.": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "great britain": "GB",
    "britain": "GB",
    "aus": "AU",
    "oz": "AU",
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
    "turkey": "TR",
    "hong kong": "HK",
    "ivory coast": "CI",
    "macedonia": "MK",
    "burma": "MM",
    "swaziland": "SZ",
    "cape verde": "CV",
}
_REGIONS: dict[str, tuple[str, str]] = {
    # Australia
    "nsw": ("NSW", "AU"),
    "new south wales": ("NSW", "AU"),
    "vic": ("VIC", "AU"),
    "victoria": ("VIC", "AU"),
    "qld": ("QLD", "AU"),
    "queensland": ("QLD", "AU"),
    "tas": ("TAS", "AU"),
    "tasmania": ("TAS", "AU"),
    "wa": ("WA", "AU"),
    "western australia": ("WA", "AU"),
    "sa": ("SA", "AU"),
    "south australia": ("SA", "AU"),
    "nt": ("NT", "AU"),
    "northern territory": ("NT", "AU"),
    "act": ("ACT", "AU"),
    "australian capital territory": ("ACT", "AU"),
    # Canada
    "on": ("ON", "CA"),
    "ontario": ("ON", "CA"),
    "bc": ("BC", "CA"),
    "british columbia": ("BC", "CA"),
    "qc": ("QC", "CA"),
    "quebec": ("QC", "CA"),
    "ab": ("AB", "CA"),
    "alberta": ("AB", "CA"),
    # United States (the common ones in postings)
    "ca": ("CA", "US"),
    "california": ("CA", "US"),
    "ny": ("NY", "US"),
    "new york state": ("NY", "US"),
    "tx": ("TX", "US"),
    "texas": ("TX", "US"),
    "wa state": ("WA", "US"),
    "washington state": ("WA", "US"),
    "ma": ("MA", "US"),
    "massachusetts": ("MA", "US"),
    "il": ("IL", "US"),
    "illinois": ("IL", "US"),
    "co": ("CO", "US"),
    "colorado": ("CO", "US"),
    "fl": ("FL", "US"),
    "florida": ("FL", "US"),
    "ga": ("GA", "US"),
    "or": ("OR", "US"),
    "oregon": ("OR", "US"),
    "nj": ("NJ", "US"),
    "pa": ("PA", "US"),
    "va": ("VA", "US"),
    "dc": ("DC", "US"),
    "nc": ("NC", "US"),
    "ut": ("UT", "US"),
}
_WORLDWIDE = {"worldwide", "anywhere", "global", "remote", "earth", "international"}
_ANYWHERE_RE = re.compile(
    r"(?:(?:fully\s+)?remote\s+)?(?:anywhere|worldwide|global(?:ly)?|earth)"
    r"(?:\s+in\s+the\s+world)?(?:\s+remote)?(?:\s+only)?"
)
_LEADING = re.compile(r"^(?:(?:based|located)\s+)?(?:in|at|near)\s+", re.I)


def _state_suffix(part: str) -> list[str]:
    """ "Hobart TAS", "Melbourne VIC", "Austin TX 78703": the place and its state code as two parts."""
    m = re.fullmatch(r"(.+?)\s+([A-Z]{2,3})(?:\s+\d{4,5})?", part)
    if m and m.group(2).lower() in _REGIONS | {k.lower(): v for k, v in _us_codes().items()}:
        return [m.group(1), m.group(2)]
    return [re.sub(r"\s+\d{4,5}$", "", part)] if re.search(r"[A-Za-z]", part) else [part]


def _us_codes() -> dict[str, tuple[str, str]]:
    return {code: (code, "US") for code in gazetteer.us_states().values()}


_MARKERS = re.compile(
    r"\b(fully\s+remote|remote[- ]first|remote|hybrid|on[- ]?site|in[- ]office|only|based|office|"
    r"work\s+from\s+home|wfh)\b",
    re.I,
)
_SPLIT = re.compile(r"\s*(?:,|/|\||;|\s[-–—]\s|\(|\)|\bor\b|\band\b)\s*", re.I)


@functools.cache
def _country_names() -> dict[str, str]:
    names = {name.lower(): code for code, name in Locale("en").territories.items() if len(code) == 2 and code.isalpha()}
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


def _state(key: str) -> tuple[str, str] | None:
    """(state code, country) for an Australian, Canadian or US state or territory name or code."""
    if key in _REGIONS:
        return _REGIONS[key]
    code = gazetteer.us_states().get(key)
    return (code, "US") if code else None


def parse_location(raw: str | None) -> Location | None:
    """One place from free text ("Sydney, NSW (Hybrid)", "Remote - Australia", "Remote (Europe)").

    Countries come from CLDR names (babel), cities from the GeoNames gazetteer; an area or time zone
    that is not a country ("Europe", "CET") is kept as the region, with no city and no country.
    """
    if not raw or not raw.strip():
        return None
    text = raw.strip()
    if _ANYWHERE_RE.fullmatch(gazetteer.fold(text)):
        return Location(raw=text)  # "Anywhere in the World": no place at all
    parts = [p.strip(" .-–—:") for p in _SPLIT.split(_MARKERS.sub(" ", text)) if p and p.strip(" .-–—:")]
    parts = [q for p in parts for q in _state_suffix(_LEADING.sub("", p))]
    city = region = country = guess = zone = state_part = None
    for part in parts:
        key = part.lower()
        if key in _WORLDWIDE:
            continue
        named_area = gazetteer.area(part)
        if named_area or gazetteer.TIME_ZONE.fullmatch(part):
            zone = zone or named_area or part
            continue
        code = None if (len(key) == 2 and _state(key) and city) else country_code(part)
        state = _state(gazetteer.fold(part)) if not code else None
        if code and not country:
            country = code
        elif (
            not city
            and len(part) > 3
            and not code
            and gazetteer.city(part)
            and (not state or gazetteer.city(part).region == state[0])
        ):  # type: ignore[union-attr]
            city = part.title() if part.islower() else part  # "New York": the city, in the state
        elif state and not region and (len(key) > 2 or city or part.isupper()):
            region, reg_country = state
            known = gazetteer.city_in_region(city, region) if city else None
            country = country or (known.country if known else reg_country)  # "Seattle, WA" vs "Perth, WA"
            state_part = part
        elif state and region and not city and state_part and gazetteer.city(state_part):
            city, region = state_part, state[0]  # "Washington, DC": the first was the city
        elif not city and len(part) > 2 and gazetteer.city(part):
            city = part.title() if part.islower() else part
        elif guess is None and not code and len(part) <= 40 and not any(ch.isdigit() for ch in part):
            guess = part  # an unknown place name: the city, unless a known city comes later
    if city is None and guess is not None and not zone and not gazetteer.time_zones(guess):
        city = guess
    if city and gazetteer.city(city):
        known = gazetteer.city(city, country) if country else gazetteer.city(city)
        if known is not None:
            country = country or known.country
            if region is None and known.country == country:
                region = known.region
    if not (city or country or region) and zone:
        return Location(region=zone, raw=text)
    return Location(city=city, region=region, country=country, raw=text)


_MANY = re.compile(r"\s*(?:;|\||\s/\s|\bor\b|\band\b|&|\s\+\s)\s*", re.I)
_BOTH_AMERICAS = re.compile(
    r"\b(North|South|Central|Latin)\s*(?:&|and|/)\s*(North|South|Central|Latin)\s+America\b", re.I
)


def _alone(part: str) -> bool:
    """True when a comma-separated part names a whole country or area on its own (a list of them)."""
    bare = _MARKERS.sub(" ", part).strip(" .-–—()")
    return bool(bare) and (
        bare.lower() in _WORLDWIDE
        or gazetteer.area(bare) is not None
        or (country_code(bare) is not None and len(bare) > 2)
        or bare.upper() in ("US", "UK")
    )


def parse_locations(raw: str | None) -> list[Location]:
    """One Location per place a text names: "Remote - US or Canada" gives US and CA; "USA, Canada,
    Mexico" three countries; "Americas, Europe, Israel" two areas and a country; "PT/ET hours" two
    time zones. A piece that names nothing (just "Remote") gives nothing."""
    if not raw or not raw.strip():
        return []
    text = _BOTH_AMERICAS.sub(lambda m: f"{m.group(1)} America & {m.group(2)} America", raw.strip())
    pieces: list[str] = []
    for piece in (p.strip() for p in _MANY.split(text)):
        commas = [c.strip() for c in piece.split(",") if c.strip()]
        if (
            len(commas) > 1
            and sum(_alone(c) for c in commas) >= 2
            and all(_alone(c) or not (parse_location(c) or Location()).country for c in commas)
        ):
            pieces.extend(c for c in commas if _alone(c))  # a list of countries or areas
        elif piece:
            pieces.append(piece)
    if len(pieces) > 1:
        parsed = [parse_location(p) for p in pieces]
        if any(
            loc is None or not (loc.country or loc.region or gazetteer.time_zones(p))
            for loc, p in zip(parsed, pieces, strict=True)
        ):
            pieces = [text]  # "Research and Development, Sydney": one place with words around it
    out: list[Location] = []
    seen: set[tuple[str | None, str | None, str | None]] = set()
    for piece in pieces:
        loc = parse_location(piece)
        found: list[Location] = []
        zones = gazetteer.time_zones(piece)
        if loc is not None and (loc.city or loc.country):
            found.append(loc)
        elif zones:  # "PT/ET hours preferred", "CET +/- 2": time zones, each kept as a region
            found.extend(Location(region=z, raw=piece) for z in zones)
        elif loc is not None and loc.region:
            found.append(loc)
        for item in found:
            key = (item.city, item.region, item.country)
            if key not in seen:
                seen.add(key)
                out.append(item)
    if not out and raw.strip() and all(p.lower().strip(" -") in _WORLDWIDE or not p.strip() for p in pieces):
        return []
    return out


_REMOTE_RE = re.compile(r"\b(fully\s+remote|remote(?:ly)?|work\s+from\s+(?:home|anywhere)|wfh)\b", re.I)
_HYBRID_RE = re.compile(
    r"\b(hybrid|\d\s+days?\s+(?:a|per)\s+week\s+(?:in|at)\s+(?:the|our)\b|"
    r"\d\s+days?\s+(?:a|per)\s+week\s+from\s+home|flexible\s+working\s+from\s+home)",
    re.I,
)
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
    return {"remote": "remote", "hybrid": "hybrid", "onsite": "onsite", "inoffice": "onsite", "office": "onsite"}.get(
        key, "unknown"
    )  # type: ignore[return-value]


def is_anywhere(text: str | None) -> bool:
    """True for "Worldwide", "Anywhere in the World", "Global Remote": work from anywhere."""
    return bool(text) and bool(_ANYWHERE_RE.fullmatch(gazetteer.fold(str(text))))


def countries_named(text: str) -> str:
    """The countries a short text (a title) names in full, comma-separated ("... Work Sofia Bulgaria" ->
    "Bulgaria"); "" when none. Two-letter codes are ignored: in titles they are too often words."""
    words = re.findall(r"[A-Za-zÀ-ÿ]+", text)
    found: list[str] = []
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            name = " ".join(words[i : i + size])
            if len(words[i : i + size]) == size and len(name) > 3 and name[0].isupper() and country_code(name):
                found.append(name)
                i += size
                break
        else:
            i += 1
    return ", ".join(found)
