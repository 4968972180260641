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

import argparse
import contextlib
import io
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.documents.cv_structure import read_outline  # noqa: E402
from bench.bench_cv_reading import _contacts_right, _match_roles, _name_right, _print_extra, pct  # noqa: E402
from tests.fixtures.cv_corpus import page_layouts  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", choices=["report", "tune"], default="report")
    ap.add_argument("--count", type=int, default=160, help="CVs to compose (seeds of the chosen parity)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each miss (tune seeds only)")
    args = ap.parse_args()
    if args.verbose and args.seeds == "report":
        ap.error("-v prints what the reader got wrong: only on the tune seeds")
    first = 1 if args.seeds == "report" else 0
    per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for seed in range(first, 2 * args.count, 2):
        name, data, want = page_layouts.make(seed)
        shape = name.split("_", 1)[1].split("__")[0]
        out = read_outline(data)
        sink = io.StringIO()
        with contextlib.redirect_stdout(sink if not args.verbose else sys.stdout):
            used, missed = _match_roles(out, want, name, args.verbose)
            name_ok = _name_right(out, want)
            contacts_ok = _contacts_right(out, want, name, args.verbose)
            if args.verbose and not name_ok:
                print(f"  {name}: name {out.name.value!r}, want {want['name'][0]!r}")
            if args.verbose:
                _print_extra(out, used, name)
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
