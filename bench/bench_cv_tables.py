"""How well the CV reader reads roles laid out in Word tables, on CVs composed from seeds
(`tests/fixtures/cv_corpus/table_layouts.py`: real people's content from `jsonresume/`, one table layout per CV:
fields in cells in any order, dates beside the role stacked or merged down, a header row naming the columns in
four languages, a table per role, the whole CV in a page table with a sidebar, tables nested in it).

Even seeds were looked at while the reader's table rules were written (`--seeds tune`); odd seeds were not
(`--seeds report`, the default). Scored as `bench_cv_reading.py` scores roles: title, employer and both dates
right. The last lines are the figures, overall and per layout.

    python bench/bench_cv_tables.py [--seeds report|tune] [--count 200] [-v]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.documents.cv_structure import read_outline  # noqa: E402
from bench.bench_cv_reading import _match_roles, dates_right, employer_right, pct, title_right  # noqa: E402
from tests.fixtures.cv_corpus import table_layouts  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", choices=["report", "tune"], default="report")
    ap.add_argument("--count", type=int, default=200, help="CVs to compose (seeds of the chosen parity)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each miss (tune seeds only)")
    args = ap.parse_args()
    if args.verbose and args.seeds == "report":
        ap.error("-v prints what the reader got wrong: only on the tune seeds")
    first = 1 if args.seeds == "report" else 0
    per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for seed in range(first, 2 * args.count, 2):
        name, data, want = table_layouts.make(seed)
        shape = name.split("_", 1)[1].split("__")[0]
        out = read_outline(data)
        sink = io.StringIO()
        with contextlib.redirect_stdout(sink if not args.verbose else sys.stdout):
            used, _missed = _match_roles(out, want, name, args.verbose)
        for key in (shape, "all"):
            c = per[key]
            c["cvs"] += 1
            c["roles"] += len(want["roles"])
            c["right"] += len(used)
            c["extra"] += len(out.roles) - len(used)
            for role in want["roles"]:
                same = [r for r in out.roles if dates_right(r, role)]
                c["dated"] += bool(same)
                c["title"] += any(title_right(r, role) for r in same)
                c["employer"] += any(employer_right(r, role) for r in same)
            c["usable_wrong"] += out.usable and (len(used) < len(want["roles"]) or len(out.roles) > len(used))
    for key in [*table_layouts.SHAPES, "all"]:
        c = per[key]
        print(
            f"{key} ({args.seeds} seeds): {c['cvs']} CVs, roles right {pct(c['right'], c['roles'])}, found by dates "
            f"{pct(c['dated'], c['roles'])}, title right {pct(c['title'], c['dated'])}, employer right "
            f"{pct(c['employer'], c['dated'])}, extra roles {c['extra']}, confident and wrong {c['usable_wrong']}"
        )


if __name__ == "__main__":
    main()
