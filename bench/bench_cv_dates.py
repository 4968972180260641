"""How well `cv_dates.find_dates` reads date ranges written the ways CVs write them worldwide, on an evaluation set
built from how dates are written (CLDR month, quarter and numeric forms in about 40 locales, other calendars,
words for "present", connectors, "since"), not from our CVs: `tests/fixtures/cv_corpus/date_forms.py`.

A dated case counts as read when `find_dates` gives its labelled start and end (a single date: start and end
alike). A case with no date (phone numbers, postcodes, street numbers, versions, product years such as "SQL
Server 2019", ISBNs, money, "24/7", course codes, standards, times, percentages, counts, IP addresses, screen
sizes, reference numbers) is a false positive when `find_dates` reads any date in it, and a false range when it
reads a range. "Class of 2019" is a year, not a false positive, and is not among them.

    python bench/bench_cv_dates.py [--split report|tune|both]

The tune half is the one the rules were changed on; the report half (other languages, another seed) is reported.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.documents.cv_dates import find_dates  # noqa: E402
from tests.fixtures.cv_corpus.date_forms import DateCase, cases  # noqa: E402


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.1f}%)" if b else "0/0 (n/a)"


def _read_right(case: DateCase) -> bool:
    span = find_dates(case.text)
    return span is not None and (span.start, span.end) == (case.start, case.end)


def run(half: str, verbose: bool) -> list[str]:
    todo = cases(half)
    dated = [c for c in todo if c.start is not None]
    plain = [c for c in todo if c.start is None]
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for c in dated:
        total[c.family] += 1
        ok = _read_right(c)
        right[c.family] += ok
        if verbose and not ok:
            span = find_dates(c.text)
            got = (span.start, span.end) if span else None
            print(f"  miss [{c.family} {c.lang}] {c.text!r}: want {(c.start, c.end)}, got {got}")
    fp: Counter[str] = Counter()
    fr: Counter[str] = Counter()
    plain_total: Counter[str] = Counter()
    for c in plain:
        plain_total[c.family] += 1
        span = find_dates(c.text)
        fp[c.family] += span is not None
        fr[c.family] += span is not None and not span.single
        if verbose and span is not None:
            print(f"  false [{c.family}] {c.text!r}: read {(span.start, span.end)}")
    lines = [f"{half} {family}: {_pct(right[family], total[family])}" for family in sorted(total)]
    lines += [
        f"{half} no date, {family}: read a date {_pct(fp[family], plain_total[family])}, a range "
        f"{_pct(fr[family], plain_total[family])}"
        for family in sorted(plain_total)
    ]
    langs: Counter[str] = Counter(c.lang for c in dated if c.lang != "-")
    langs_right: Counter[str] = Counter(c.lang for c in dated if c.lang != "-" and _read_right(c))
    worst = sorted(langs, key=lambda lang: langs_right[lang] / langs[lang])[:5]
    lines.append(f"{half} weakest languages: " + ", ".join(f"{g} {_pct(langs_right[g], langs[g])}" for g in worst))
    lines.append(f"{half}: dates read with the right start and end {_pct(sum(right.values()), len(dated))}")
    lines.append(
        f"{half}: texts with no date read as a date {_pct(sum(fp.values()), len(plain))}, "
        f"as a range {_pct(sum(fr.values()), len(plain))}"
    )
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="report", choices=["report", "tune", "both"])
    ap.add_argument("-v", action="store_true", help="print the misses (tune half only, by the held-out rule)")
    args = ap.parse_args()
    halves = ["tune", "report"] if args.split == "both" else [args.split]
    for half in halves:
        for line in run(half, args.v and half == "tune"):
            print(line)


if __name__ == "__main__":
    main()
