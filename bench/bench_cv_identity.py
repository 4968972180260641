"""How well the reader reads the seeker's name and contacts written the many ways real CVs write them.

The CVs come from `tests/fixtures/cv_corpus/identity_forms.py`, one per seed, with their labels: the name as a
title, a big run, capitals, spaced letters, surname first, with particles, initials or post-nominals, in other
scripts with or without a transcription, after a "Curriculum Vitae" title or a photo, in a text box, a table cell or
the page header, beside a job title or after a label (in many languages), a nickname in brackets, in lower case, in
a page-head row's middle cell or a name box anchored late; e-mails and phones in many national forms, labels and
places; and distractors (referees, an employer's or a university's phone, a supervisor, ORCID, DOI, ISBN, a salary,
a birth date). A name is right when its words are one labelled reading's (word order and case aside); contacts are
right when every seeker's e-mail and phone is read and nothing else is. The rules were tuned on the tune seeds; this
reports the report seeds (`--split tune` for the others), per variant family, then the two totals last.

    python bench/bench_cv_identity.py [--split report|tune] [-v]
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.documents.cv_outline import CvOutline  # noqa: E402
from app.documents.cv_structure import read_outline  # noqa: E402
from app.documents.text import phone_digits  # noqa: E402
from tests.fixtures.cv_corpus.identity_forms import REPORT_SEEDS, TUNE_SEEDS, Drawn, draw  # noqa: E402


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("’", "'")
    return sorted(re.findall(r"[\w']+", text))


def name_right(out: CvOutline, want: Drawn) -> bool:
    return words(out.name.value) in [words(n) for n in want.names]


def contacts_right(out: CvOutline, want: Drawn) -> bool:
    emails = {e.lower() for e in out.contact.emails}
    phones = {phone_digits(p) for p in out.contact.phones}
    return emails == {e.lower() for e in want.emails} and phones == set(want.phones)


def pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.0f}%)" if b else "0/0"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["report", "tune"], default="report")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each miss (tune seeds only)")
    args = parser.parse_args()
    seeds = TUNE_SEEDS if args.split == "tune" else REPORT_SEEDS
    if args.verbose and args.split != "tune":
        parser.error("-v shows misses: only on the tune seeds")
    totals: Counter[str] = Counter()
    family: dict[str, Counter[str]] = defaultdict(Counter)
    for seed in seeds:
        data, want = draw(seed)
        out = read_outline(data)
        n_ok, c_ok = name_right(out, want), contacts_right(out, want)
        totals["cvs"] += 1
        totals["names"] += n_ok
        totals["contacts"] += c_ok
        keys = [f"{k}={v}" for k, v in want.families.items() if k != "distractors"]
        keys += [f"distractor={d}" for d in want.families["distractors"].split("+")]
        for key in keys:
            family[key]["cvs"] += 1
            family[key]["names"] += n_ok
            family[key]["contacts"] += c_ok
        if args.verbose and not (n_ok and c_ok):
            got = f"{out.name.value!r} {out.contact.emails} {[phone_digits(p) for p in out.contact.phones]}"
            print(f"seed {seed}: read {got}; want {want.names[0]!r} {want.emails} {want.phones}  {want.families}")
    print(f"{'family':<42} {'names':>14} {'contacts':>14}")
    for key in sorted(family):
        c = family[key]
        print(f"{key:<42} {pct(c['names'], c['cvs']):>14} {pct(c['contacts'], c['cvs']):>14}")
    print(f"identity ({args.split} seeds, {totals['cvs']} CVs): names right {pct(totals['names'], totals['cvs'])}")
    print(
        f"identity ({args.split} seeds, {totals['cvs']} CVs): contacts right {pct(totals['contacts'], totals['cvs'])}"
    )


if __name__ == "__main__":
    main()
