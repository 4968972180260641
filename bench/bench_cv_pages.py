"""How well the CV reader reads a page whose parts are placed by geometry, on CVs composed from seeds
(`tests/fixtures/cv_corpus/page_layouts.py`: real people's content from `jsonresume/`, one page layout per CV:
floating text boxes anchored anywhere, a sidebar box over the page's height, one box per section or per role
anchored in shuffled order, grouped shapes, VML-only boxes, framed paragraphs, two-column sections, the name in
the page header).

Even seeds were looked at while the reader's ordering rules were written (`--seeds tune`); odd seeds were not
(`--seeds report`, the default). Roles are scored as `bench_cv_reading.py` scores them (title, employer and both
dates right), names and contacts too. The last lines are the figures, per layout and overall.

    python bench/bench_cv_pages.py [--seeds report|tune] [--count 160] [-v]
"""

from __future__ import annotations

import contextlib
import io
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_cv_reading import _contacts_right, _name_right, pct, seeded_args, seeded_readings  # noqa: E402
from tests.fixtures.cv_corpus import page_layouts  # noqa: E402


def main() -> None:
    args = seeded_args(__doc__ or "", 160)
    per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for got in seeded_readings(page_layouts.make, args):
        name, shape, out, want, used, missed = got.name, got.shape, got.outline, got.want, got.used, got.missed
        name_ok = _name_right(out, want)
        with contextlib.redirect_stdout(sys.stdout if args.verbose else io.StringIO()):
            contacts_ok = _contacts_right(out, want, name, args.verbose)
        if args.verbose and not name_ok:
            print(f"  {name}: name {out.name.value!r}, want {want['name'][0]!r}")
        extra = len(out.roles) - len(used)
        for key in (shape, "all"):
            c = per[key]
            c["cvs"] += 1
            c["roles"] += len(want["roles"])
            c["right"] += len(used)
            c["extra"] += extra
            c["names"] += name_ok
            c["contacts"] += contacts_ok
            c["usable"] += out.usable
            c["usable_wrong"] += out.usable and bool(missed or extra or not name_ok or not contacts_ok)
    for key in [*page_layouts.SHAPES, "all"]:
        c = per[key]
        print(
            f"{key} ({args.seeds} seeds): {c['cvs']} CVs, roles right {pct(c['right'], c['roles'])}, extra roles "
            f"{c['extra']}, names {pct(c['names'], c['cvs'])}, contacts {pct(c['contacts'], c['cvs'])}, "
            f"confident and wrong {c['usable_wrong']}/{c['usable']}"
        )


if __name__ == "__main__":
    main()
