"""How well the CV reader reads roles laid out in Word tables, on CVs composed from seeds
(`tests/fixtures/cv_corpus/table_layouts.py`: real people's content from `jsonresume/`, one table layout per CV:
fields in cells in any order, dates beside the role stacked or merged down, a header row naming the columns in
four languages, a table per role, the whole CV in a page table with a sidebar, tables nested in it, label cells
beside or above their values in six languages, two columns whose rows cut the roles unevenly).

Even seeds were looked at while the reader's table rules were written (`--seeds tune`); odd seeds were not
(`--seeds report`, the default). Scored as `bench_cv_reading.py` scores roles: title, employer and both dates
right. The last lines are the figures, overall and per layout.

    python bench/bench_cv_tables.py [--seeds report|tune] [--count 280] [-v]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_cv_reading import dates_right, employer_right, pct, seeded_args, seeded_readings, title_right  # noqa: E402
from tests.fixtures.cv_corpus import table_layouts  # noqa: E402


def main() -> None:
    args = seeded_args(__doc__ or "", 280)
    per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for got in seeded_readings(table_layouts.make, args):
        shape, out, want, used = got.shape, got.outline, got.want, got.used
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
