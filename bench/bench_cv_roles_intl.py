"""Does the CV reader read the roles of CVs written outside the English-speaking world, in their own languages?

CVs drawn by `tests/fixtures/cv_corpus/roles_intl.py`, a generator written apart from the reader: French, German,
Spanish, Portuguese, Italian, Dutch, Polish, Turkish, Russian, Ukrainian, Chinese, Japanese, Korean, Arabic,
Indonesian, Vietnamese and Indian English CVs in 28 layout families (Lebenslauf tables, hoja de vida and currículo
label blocks, Europass 2004 and 2020, hh.ru exports, 職務経歴書, 履歴書, 工作经历 lines, 경력사항 tables, right-to-left
Arabic, Indian fresher résumés, LinkedIn exports, Google Docs, Canva and Word templates, ...), with dates in each
language's month names, numeric forms and "present" words, and distractors (education, certificates, projects,
courses, awards, referees and supervisors, skills with years, summaries naming employers).

Scoring is bench_cv_reading's, imported from it: a labelled role is right when one read role (each read role used
once) has its title, its employer and both dates right (`role_right`: titles and employers compared by `norm`, an
employer may carry the labelled place after it, dates exactly YYYY-MM, YYYY or "present"); every read role left
unpaired is an extra role. Per part, among labelled roles whose dates some read role has: whether one of those read
roles has the title right, and whether one has the employer right.

Seeds 0 .. N-1: the even ones tune (`-v` shows their misses), the odd ones report (aggregates only). Prints the
figures per family (each "axis=value" a CV drew), then the totals as the last lines.

    python bench/bench_cv_roles_intl.py [--split report|tune] [--cvs 600] [-v]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.documents.cv_outline import RoleOutline  # noqa: E402
from app.documents.cv_structure import read_outline  # noqa: E402
from bench.bench_cv_reading import dates_right, employer_right, pct, role_right, title_right  # noqa: E402
from tests.fixtures.cv_corpus.roles_intl import draw  # noqa: E402

COUNTS = ("cvs", "roles", "right", "extra", "dated", "dated_title", "dated_employer")


def match(read: list[RoleOutline], want: list[dict[str, Any]]) -> tuple[list[int | None], list[int]]:
    """Each labelled role's read role (or None), pairing as bench_cv_reading does; and the unpaired read roles."""
    used: set[int] = set()
    pairs: list[int | None] = []
    for role in want:
        hit = next((k for k, r in enumerate(read) if k not in used and role_right(r, role)), None)
        if hit is not None:
            used.add(hit)
        pairs.append(hit)
    return pairs, [k for k in range(len(read)) if k not in used]


def score(read: list[RoleOutline], want: list[dict[str, Any]]) -> dict[str, int]:
    pairs, extra = match(read, want)
    c = dict.fromkeys(COUNTS, 0)
    c["cvs"], c["roles"], c["extra"] = 1, len(want), len(extra)
    c["right"] = sum(p is not None for p in pairs)
    for role in want:
        same = [r for r in read if dates_right(r, role)]
        if same:
            c["dated"] += 1
            c["dated_title"] += any(title_right(r, role) for r in same)
            c["dated_employer"] += any(employer_right(r, role) for r in same)
    return c


def shown(r: RoleOutline) -> str:
    return f"{r.title.value!r} / {r.employer.value!r} / {r.place.value!r} {r.start.value}–{r.end.value}"


def explain(file_name: str, read: list[RoleOutline], want: list[dict[str, Any]]) -> None:
    pairs, extra = match(read, want)
    misses = [w for w, p in zip(want, pairs, strict=True) if p is None]
    if not misses and not extra:
        return
    print(f"MISS {file_name}")
    for w in misses:
        print(f"  missed {w['title'][0]!r} / {w['employer'][0]!r} / {w['place']!r} {w['start']}–{w['end']}"
              f"  written {w['written']}")  # fmt: skip
    for k in extra:
        print(f"  read   {shown(read[k])}  [{read[k].dates_text!r}]")


def run(split: str, cvs: int, verbose: bool) -> list[str]:
    by_family: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(COUNTS, 0))
    for seed in range(0 if split == "tune" else 1, cvs, 2):
        file_name, data, labels = draw(seed)
        read = list(read_outline(data).roles)
        c = score(read, labels["roles"])
        for family in [*labels["families"], "all"]:
            for key, value in c.items():
                by_family[family][key] += value
        if verbose:
            explain(file_name, read, labels["roles"])
    total = by_family.pop("all")
    lines = [f"roles in the wild, outside English ({split} seeds), per family: CVs, roles right, extra roles read"]
    for family in sorted(by_family):
        c = by_family[family]
        lines.append(f"  {family:<34} {c['cvs']:>4}  roles {pct(c['right'], c['roles']):<20} extra {c['extra']}")
    name = f"roles intl ({split} seeds)"
    lines.append(
        f"{name}: {total['cvs']} CVs; roles right (title, employer and dates) {pct(total['right'], total['roles'])}"
    )
    lines.append(f"{name}: extra roles read {total['extra']}")
    lines.append(
        f"{name}: dates right {pct(total['dated'], total['roles'])}; among those, title right "
        f"{pct(total['dated_title'], total['dated'])}, employer right {pct(total['dated_employer'], total['dated'])}"
    )
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--split", choices=["tune", "report"], default="report")
    ap.add_argument("--cvs", type=int, default=600, help="seeds 0 .. CVS-1: even ones tune, odd ones report")
    ap.add_argument("-v", "--verbose", action="store_true", help="each tune CV's misses (tune split only)")
    args = ap.parse_args()
    if args.verbose and args.split != "tune":
        ap.error("-v shows misses, only allowed on the tune split")
    for line in run(args.split, args.cvs, args.verbose):
        print(line)


if __name__ == "__main__":
    main()
