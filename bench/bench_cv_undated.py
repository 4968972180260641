"""How well the CV reader reads roles a CV names without dates, on CVs composed from seeds
(`tests/fixtures/cv_corpus/undated_layouts.py`: real people's content from `jsonresume/`, some or all roles
without dates: a credits table, "Title, Organisation" or "Title at Organisation" lines, a title over its
organisation, a volunteering section, dated and undated roles alternating, the post named at the top; and sections
of undated lines that are not roles: skills, courses, referees, publications, awards, interests).

Even seeds were looked at while the reader's undated rules were written (`--seeds tune`); odd seeds were not
(`--seeds report`, the default). Roles are scored as `bench_cv_reading.py` scores them (title, employer and both
dates right; an undated role's dates are both null). The last lines are the figures: per shape, then all.

    python bench/bench_cv_undated.py [--seeds report|tune] [--count 120] [-v]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_cv_reading import pct, role_right, seeded_args, seeded_readings  # noqa: E402
from tests.fixtures.cv_corpus import undated_layouts  # noqa: E402


def main() -> None:
    args = seeded_args(__doc__ or "", 120)
    per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for got in seeded_readings(undated_layouts.make, args):
        shape, out, want, used, missed = got.shape, got.outline, got.want, got.used, got.missed
        extra = len(out.roles) - len(used)
        for key in (shape, "all"):
            c = per[key]
            c["cvs"] += 1
            for role in want["roles"]:
                kind = "undated" if role["start"] is None else "dated"
                c[kind] += 1
                c[f"{kind}_right"] += any(role_right(r, role) for r in out.roles)
            c["extra"] += extra
            c["confident"] += out.usable
            c["confident_wrong"] += out.usable and bool(missed or extra)
    for key in [*undated_layouts.SHAPES, "all"]:
        c = per[key]
        print(
            f"{key} ({args.seeds} seeds): {c['cvs']} CVs, undated roles right {pct(c['undated_right'], c['undated'])}, "
            f"extra roles per CV {c['extra'] / max(c['cvs'], 1):.2f} ({c['extra']}), dated roles right "
            f"{pct(c['dated_right'], c['dated'])}, confident and wrong {c['confident_wrong']}/{c['confident']}"
        )


if __name__ == "__main__":
    main()
