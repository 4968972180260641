"""Location strings to `Location` (city, region, ISO alpha-2 country) and work arrangement."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

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


@dataclass
class _Reading:
    """What the parts of one place text said so far (parse_location)."""

    city: str | None = None
    region: str | None = None
    country: str | None = None
    guess: str | None = None  # an unknown place name: the city, unless a known city comes later
    zone: str | None = None  # an area or time zone that is not a country ("Europe", "CET")
    state_part: str | None = None  # the part that named the state


def parse_location(raw: str | None) -> Location | None:
    """One place from free text ("Sydney, NSW (Hybrid)", "Remote - Australia", "Remote (Europe)").

    Countries come from CLDR names (babel), cities from the GeoNames gazetteer; an area or time zone
    that is not a country ("Europe", "CET") is kept as the region, with no city and no country.
    A payload names the same places again and again: each text is read once (a copy is returned).
    """
    if not raw or not raw.strip():
        return None
    return _parse_location(raw.strip()).model_copy()


@functools.lru_cache(maxsize=16384)
def _parse_location(text: str) -> Location:
    if _ANYWHERE_RE.fullmatch(gazetteer.fold(text)):
        return Location(raw=text)  # "Anywhere in the World": no place at all
    parts = [p.strip(" .-–—:") for p in _SPLIT.split(_MARKERS.sub(" ", text)) if p and p.strip(" .-–—:")]
    reading = _Reading()
    for part in (q for p in parts for q in _state_suffix(_LEADING.sub("", p))):
        _read_part(reading, part)
    return _located(reading, text)


def _as_written(part: str) -> str:
    return part.title() if part.islower() else part


def _city_of_state(part: str, state: tuple[str, str] | None) -> bool:
    """`part` is a known city, in the state it also names ("New York")."""
    known = gazetteer.city(part)
    return known is not None and (not state or known.region == state[0])


def _read_part(r: _Reading, part: str) -> None:
    key = part.lower()
    if key in _WORLDWIDE:
        return
    named_area = gazetteer.area(part)
    if named_area or gazetteer.TIME_ZONE.fullmatch(part):
        r.zone = r.zone or named_area or part
        return
    code = None if (len(key) == 2 and _state(key) and r.city) else country_code(part)
    state = _state(gazetteer.fold(part)) if not code else None
    if code and not r.country:
        r.country = code
    elif not r.city and len(part) > 3 and not code and _city_of_state(part, state):
        r.city = _as_written(part)  # "New York": the city, in the state
    else:
        _read_other(r, part, code, state)


def _read_other(r: _Reading, part: str, code: str | None, state: tuple[str, str] | None) -> None:
    """A part that is not the first country named, nor a city named like its state."""
    if state and not r.region and (len(part) > 2 or r.city or part.isupper()):
        r.region, reg_country = state
        known = gazetteer.city_in_region(r.city, r.region) if r.city else None
        r.country = r.country or (known.country if known else reg_country)  # "Seattle, WA" vs "Perth, WA"
        r.state_part = part
    elif state and r.region and not r.city and r.state_part and gazetteer.city(r.state_part):
        r.city, r.region = r.state_part, state[0]  # "Washington, DC": the first was the city
    elif not r.city and len(part) > 2 and gazetteer.city(part):
        r.city = _as_written(part)
    elif r.guess is None and not code and len(part) <= 40 and not any(ch.isdigit() for ch in part):
        r.guess = part


def _located(r: _Reading, text: str) -> Location:
    if r.city is None and r.guess is not None and not r.zone and not gazetteer.time_zones(r.guess):
        r.city = r.guess
    if r.city and gazetteer.city(r.city):
        known = gazetteer.city(r.city, r.country) if r.country else gazetteer.city(r.city)
        if known is not None:
            r.country = r.country or known.country
            if r.region is None and known.country == r.country:
                r.region = known.region
    if not (r.city or r.country or r.region) and r.zone:
        return Location(region=r.zone, raw=text)
    return Location(city=r.city, region=r.region, country=r.country, raw=text)


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
    time zones. A piece that names nothing (just "Remote") gives nothing. Read once per text (copies)."""
    if not raw or not raw.strip():
        return []
    return [loc.model_copy() for loc in _parse_locations(raw)]


@functools.lru_cache(maxsize=16384)
def _parse_locations(raw: str) -> tuple[Location, ...]:
    text = _BOTH_AMERICAS.sub(lambda m: f"{m.group(1)} America & {m.group(2)} America", raw.strip())
    pieces = _pieces(text)
    out: list[Location] = []
    seen: set[tuple[str | None, str | None, str | None]] = set()
    for item in (item for piece in pieces for item in _found_in(piece)):
        key = (item.city, item.region, item.country)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return tuple(out)


def _pieces(text: str) -> list[str]:
    """The text split where it lists places ("US or Canada", "USA, Canada, Mexico"), or whole when a
    piece would name no place ("Research and Development, Sydney")."""
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
            return [text]  # one place with words around it
    return pieces


def _found_in(piece: str) -> list[Location]:
    loc = parse_location(piece)
    if loc is not None and (loc.city or loc.country):
        return [loc]
    zones = gazetteer.time_zones(piece)
    if zones:  # "PT/ET hours preferred", "CET +/- 2": time zones, each kept as a region
        return [Location(region=z, raw=piece) for z in zones]
    return [loc] if loc is not None and loc.region else []


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
