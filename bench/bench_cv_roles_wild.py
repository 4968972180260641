"""Does the CV reader read roles (title, employer, start, end) written the ways real CVs in many countries write them?

CVs drawn by `tests/fixtures/cv_corpus/roles_wild.py`, a generator written apart from the reader and from the other
generated sets: 33 layout families (Word, Google Docs and Canva templates, LinkedIn exports, builder and Indeed
résumés, Europass old and new, a US federal résumé, an academic CV, Lebenslauf, hh.ru, 職務経歴書, 工作经历, 경력사항,
an Indian fresher's, a nurse's, a driver's, a hospitality CV, a freelancer's, promotions under one employer, ...),
seekers of 21 countries writing in 12 languages, many date forms and distractors that are no roles.

Scoring, per labelled role, exactly as `bench/bench_cv_reading.py` scores (its `role_right`, `dates_right`,
`title_right` and `employer_right` are used): a role is right when one read role (each read role used once) has its
title (one of the acceptable readings, compared by `norm`: case, accents and punctuation aside), its employer (one of
the acceptable readings; the labelled place may trail it, or be read as the place) and both dates right (YYYY-MM,
YYYY or "present", as labelled). A read role that matches no labelled one is an extra role (a distractor read as a
post counts here). Per part: of the labelled roles some read role has the dates of, how many such read roles also
have the title right, and the employer right.

Seeds 0 .. N-1: the even ones tune (`-v` shows their misses), the odd ones report (aggregates only). Prints the
figures per family (each "axis=value" a CV drew), then the totals as the last lines.

    python bench/bench_cv_roles_wild.py [--split report|tune] [--cvs 600] [-v]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.documents.cv_outline import CvOutline  # noqa: E402
from app.documents.cv_structure import read_outline  # noqa: E402
from bench.bench_cv_reading import dates_right, employer_right, pct, role_right, title_right  # noqa: E402
from tests.fixtures.cv_corpus.roles_wild import draw  # noqa: E402

COUNTS = ("cvs", "roles", "right", "extra", "dated", "dated_title", "dated_employer")


def match(out: CvOutline, roles: list[dict[str, Any]]) -> tuple[list[bool], set[int]]:
    """Each labelled role paired with a read one that is right (each read role used once): which were, and the
    read roles used."""
    used: set[int] = set()
    hits = []
    for role in roles:
        hit = next((k for k, r in enumerate(out.roles) if k not in used and role_right(r, role)), None)
        if hit is not None:
            used.add(hit)
        hits.append(hit is not None)
    return hits, used


def score(out: CvOutline, labels: dict[str, Any]) -> tuple[dict[str, int], list[bool], set[int]]:
    roles = labels["roles"]
    hits, used = match(out, roles)
    c = dict.fromkeys(COUNTS, 0)
    c["cvs"], c["roles"], c["right"], c["extra"] = 1, len(roles), sum(hits), len(out.roles) - len(used)
    for role in roles:
        same = [r for r in out.roles if dates_right(r, role)]
        if same:
            c["dated"] += 1
            c["dated_title"] += any(title_right(r, role) for r in same)
            c["dated_employer"] += any(employer_right(r, role) for r in same)
    return c, hits, used


def show_misses(file_name: str, out: CvOutline, labels: dict[str, Any], hits: list[bool], used: set[int]) -> None:
    print(f"MISS {file_name}: {' '.join(f for f in labels['families'] if f.startswith(('dates=', 'place=')))}")
    for role, hit in zip(labels["roles"], hits, strict=True):
        if not hit:
            print(f"  labelled {role['title'][0]!r} / {role['employer'][0]!r} / {role['place']!r} "
                  f"{role['start']}–{role['end']}  ({role['dates']!r})")  # fmt: skip
    for k, r in enumerate(out.roles):
        if k not in used:
            print(f"  read     {r.title.value!r} / {r.employer.value!r} / {r.place.value!r} "
                  f"{r.start.value}–{r.end.value}  ({r.dates_text!r})")  # fmt: skip


def run(split: str, cvs: int, verbose: bool) -> list[str]:
    by_family: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(COUNTS, 0))
    for seed in range(0 if split == "tune" else 1, cvs, 2):
        file_name, data, labels = draw(seed)
        out = read_outline(data)
        c, hits, used = score(out, labels)
        for family in [*labels["families"], "all"]:
            for key, value in c.items():
                by_family[family][key] += value
        if verbose and (not all(hits) or c["extra"]):
            show_misses(file_name, out, labels, hits, used)
    total = by_family.pop("all")
    lines = [f"roles in the wild ({split} seeds), per family: CVs, roles right, extra roles read"]
    for family in sorted(by_family):
        f = by_family[family]
        lines.append(f"  {family:<34} {f['cvs']:>4}  right {pct(f['right'], f['roles']):<20} extra {f['extra']}")
    lines.append(f"roles in the wild ({split} seeds): {total['cvs']} CVs")
    lines.append(f"roles in the wild ({split} seeds): roles right {pct(total['right'], total['roles'])}")
    lines.append(f"roles in the wild ({split} seeds): extra roles read {total['extra']}")
    lines.append(
        f"roles in the wild ({split} seeds): dates right {pct(total['dated'], total['roles'])}; of those, title right "
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
