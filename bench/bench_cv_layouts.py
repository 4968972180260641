"""Does the CV reader read role lines laid out in ways it was not tuned on? CVs drawn from a random layout grammar
(`tests/fixtures/cv_corpus/layout_grammar.py`: order of title and employer, which fields share a line, separators,
brackets, looks, date forms and positions, heading wording, all drawn independently from a seed, one layout a CV,
real titles, employers and places from the JSON Resume files), scored with the matching rules of
`bench_cv_reading.py`.

Seeds 0 .. N-1: the even ones are the tune seeds (rules may be developed on them, `-v` shows their misses), the odd
ones the report seeds (aggregates only). The last lines: roles right, title right, employer right, found by their
dates, confident outlines with a wrong role, name or contact, per split; then, on the tune seeds, the layout choice
values whose roles are read right least often.

    python bench/bench_cv_layouts.py [--cvs 300] [--split tune|report|both] [-v]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.documents.cv_structure import read_outline  # noqa: E402
from bench.bench_cv_reading import COUNTS, _evaluate_one, pct  # noqa: E402
from tests.fixtures.cv_corpus import layout_grammar  # noqa: E402


def seeds_of(split: str, cvs: int) -> range:
    return range(0 if split == "tune" else 1, cvs, 2)


def run(split: str, cvs: int, verbose: bool) -> tuple[dict[str, int], dict[tuple[str, str], list[int]]]:
    """Totals over the split's CVs, and per choice value [roles, roles right]."""
    total = dict.fromkeys(COUNTS, 0)
    by_choice: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for seed in seeds_of(split, cvs):
        data, labels, layout = layout_grammar.compose(seed)
        counts = dict.fromkeys(COUNTS, 0)
        name = f"seed {seed}"
        if verbose:
            print(f"{name}: " + ", ".join(f"{k}={v!r}" for k, v in sorted(layout.items())))
        _evaluate_one(counts, name, read_outline(data), labels, verbose)
        for key, value in counts.items():
            total[key] += value
        for choice in layout.items():
            by_choice[choice][0] += counts["roles"]
            by_choice[choice][1] += counts["roles_right"]
    return total, by_choice


def summary(split: str, c: dict[str, int]) -> list[str]:
    return [
        f"layout grammar ({split} seeds): {c['cvs']} CVs, roles right {pct(c['roles_right'], c['roles'])}, "
        f"extra roles {c['extra_roles']}",
        f"layout grammar ({split} seeds): labelled roles found by their dates {pct(c['dated'], c['roles'])}; of those, "
        f"title right {pct(c['dated_title'], c['dated'])}, employer right {pct(c['dated_employer'], c['dated'])}",
        f"layout grammar ({split} seeds): confident outlines {c['usable']}; of which with a wrong role or name or "
        f"contact: {c['usable_wrong']}",
    ]


def worst(by_choice: dict[tuple[str, str], list[int]], how_many: int = 10) -> list[str]:
    """The choice values whose roles are read right least often (with enough roles to say so)."""
    rated = [
        (right / roles, name, value, right, roles) for (name, value), (roles, right) in by_choice.items() if roles >= 20
    ]
    rated.sort()
    return [f"  {name}={value!r}: roles right {pct(right, roles)}" for _, name, value, right, roles in rated[:how_many]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cvs", type=int, default=300, help="seeds 0 .. CVS-1: even ones tune, odd ones report")
    ap.add_argument("--split", choices=["tune", "report", "both"], default="both")
    ap.add_argument("-v", "--verbose", action="store_true", help="each tune CV's layout and misses")
    args = ap.parse_args()
    lines: list[str] = []
    for split in ("tune", "report"):
        if args.split not in (split, "both"):
            continue
        counts, by_choice = run(split, args.cvs, args.verbose and split == "tune")
        if split == "tune":  # the choices read worst first, so the figures stay the last lines
            print("\n".join(["worst layout choices (tune seeds):", *worst(by_choice)]))
        lines += summary(split, counts)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
