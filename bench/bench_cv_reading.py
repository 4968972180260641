"""How well the outline reader reads CVs: roles, names and contacts against hand labels, on held-out halves.

Three corpora, all in the repository: the generated one (`tests/fixtures/cv_corpus/generate.py`, 26 layouts × 2 made-up
seekers, written afresh into a temporary folder), the real-content one (40 real people's JSON Resume files, published
under MIT, GPL-3.0 or Unlicense terms and anonymised, in `tests/fixtures/cv_corpus/jsonresume/`, each rendered by
`generate_real_content` into one of the generated layouts, labelled from the JSON itself; origins in its `SOURCES.md`:
real wording of titles, employers, places and dates in known layouts) and the licensed real one
(`tests/fixtures/cv_corpus/real/files/`: 859 Word CVs published under MIT, CC-BY, CC-BY-SA, CC0, GPL, LGPL, AGPL,
Apache, BSD, LPPL, MPL or Unlicense terms, anonymised, labelled by hand in `labels_licensed.yaml`; origins in
`SOURCES.md`).
Each is split in halves by a hash of the file name (for real content, of the JSON file's name); rules were tuned on
`tune` and this reports `heldout` (or `--split tune|tune-a|tune-b|all`). A role counts as right when one read role has
its title, its employer and both dates right; an employer may carry the labelled place too ("Allegro, Kraków" for
Allegro in Kraków), and a labelled employer that carries its place ("KU Leuven, Belgium", as JSON Resume company fields
do) is right when read as that employer with that place beside it. Per corpus it also says where roles go wrong
(labelled roles found by their dates, and of those, the title and the employer right) and counts the confident outlines
(tailored without the seeker's confirmation) and how many of them have a wrong role (one missed, or one read that the
labels do not hold), name or contact. `--real DIR` (or JOBSMITH_REAL_CVS) also reports the 54 earlier CVs whose files
cannot be committed (no licence), all files, which the rules were tuned on.

    python bench/bench_cv_reading.py [--split heldout|tune|tune-a|tune-b|all] [--real DIR] [-v]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.documents.cv_outline import CvOutline, RoleOutline  # noqa: E402
from app.documents.cv_structure import read_outline  # noqa: E402
from app.documents.text import phone_digits  # noqa: E402
from tests.fixtures.cv_corpus import seeded  # noqa: E402

REAL_LABELS = ROOT / "tests" / "fixtures" / "cv_corpus" / "real" / "labels.yaml"
FRESH_LABELS = ROOT / "tests" / "fixtures" / "cv_corpus" / "real" / "labels_fresh.yaml"
ROUND3_LABELS = ROOT / "tests" / "fixtures" / "cv_corpus" / "real" / "labels_round3.yaml"
LICENSED_DIR = ROOT / "tests" / "fixtures" / "cv_corpus" / "real" / "files"
LICENSED_LABELS = ROOT / "tests" / "fixtures" / "cv_corpus" / "real" / "labels_licensed.yaml"


def corpus_generator() -> ModuleType:
    return seeded.corpus_generator()


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("’", "'")
    return " ".join(re.findall(r"[\w&']+", text))


def same_employer(read: str, labels: list[str], place: str, read_place: str = "") -> bool:
    got = norm(read)
    place_words = set(norm(place).split())
    # A labelled employer that carries its place ("KU Leuven, Belgium", as a JSON Resume's company field may) is
    # read right as that employer with that place beside it.
    with_place = norm(f"{read} {read_place}") if read_place else got
    for label in labels:
        want = norm(label)
        if want in (got, with_place):
            return True
        # The employer with the labelled place after it is still the employer.
        extra = got[len(want) :].split() if got.startswith(want) else None
        if want and extra is not None and extra and set(extra) <= place_words:
            return True
    return False


def dates_right(read: RoleOutline, want: dict[str, Any]) -> bool:
    start, end = want.get("start"), want["end"]
    return (read.start.value or None) == (str(start) if start is not None else None) and (read.end.value or None) == (
        str(end) if end is not None else None
    )


def title_right(read: RoleOutline, want: dict[str, Any]) -> bool:
    return norm(read.title.value) in [norm(t) for t in want["title"]]


def employer_right(read: RoleOutline, want: dict[str, Any]) -> bool:
    return same_employer(read.employer.value, want["employer"], want.get("place") or "", read.place.value)


def role_right(read: RoleOutline, want: dict[str, Any]) -> bool:
    return title_right(read, want) and employer_right(read, want) and dates_right(read, want)


COUNTS = (
    "roles",
    "roles_right",
    "extra_roles",
    "names",
    "names_right",
    "contacts",
    "contacts_right",
    "no_text",
    "no_text_right",
    "cvs",
    "usable",
    "usable_wrong",
    "dated",
    "dated_title",
    "dated_employer",
)


def _name_right(out: CvOutline, want: dict[str, Any]) -> bool:
    return norm(out.name.value) in {norm(n) for n in want["name"]}


def _contacts_right(out: CvOutline, want: dict[str, Any], name: str, verbose: bool) -> bool:
    emails = {e.lower() for e in out.contact.emails}
    phones = {phone_digits(p) for p in out.contact.phones}
    ok = emails == {e.lower() for e in want["emails"]} and phones == {phone_digits(p) for p in want["phones"]}
    if verbose and not ok:
        print(f"  {name}: contacts {sorted(emails)} {sorted(phones)}, want {want['emails']} {want['phones']}")
    return ok


def _match_roles(out: CvOutline, want: dict[str, Any], name: str, verbose: bool) -> tuple[set[int], int]:
    """Pair each labelled role with a read one (each read role used once); return the used ones and the misses."""
    used: set[int] = set()
    missed = 0
    for role in want["roles"]:
        hit = next((k for k, r in enumerate(out.roles) if k not in used and role_right(r, role)), None)
        if hit is not None:
            used.add(hit)
            continue
        missed += 1
        if verbose:
            print(f"  {name}: missed {role['title'][0]!r} / {role['employer'][0]!r} {role.get('start')}–{role['end']}")
    return used, missed


def _print_extra(out: CvOutline, used: set[int], name: str) -> None:
    for k, r in enumerate(out.roles):
        if k not in used:
            where = f"{r.title.value!r} / {r.employer.value!r} / {r.place.value!r}"
            print(f"  {name}: read {where} {r.start.value}–{r.end.value}")


def _evaluate_one(c: dict[str, int], name: str, out: CvOutline, want: dict[str, Any], verbose: bool) -> None:
    c["cvs"] += 1
    if want.get("no_text"):
        c["no_text"] += 1
        c["no_text_right"] += not out.has_text
        if verbose and out.has_text:
            print(f"  {name}: has no text, but was read as text")
        return
    name_ok = True
    if want["name"]:
        c["names"] += 1
        name_ok = _name_right(out, want)
        c["names_right"] += name_ok
        if verbose and not name_ok:
            print(f"  {name}: name {out.name.value!r}, want {want['name'][0]!r}")
    c["contacts"] += 1
    contacts_ok = _contacts_right(out, want, name, verbose)
    c["contacts_right"] += contacts_ok
    used, missed = _match_roles(out, want, name, verbose)
    _count_parts(c, out, want)
    c["roles"] += len(want["roles"])
    c["roles_right"] += len(used)
    # The gate's safety: a CV read "with high confidence" is tailored without the seeker's confirmation; a role
    # read that is no labelled role (an award, a course read as a post) is as wrong there as a missed one.
    extra = len(out.roles) - len(used)
    c["extra_roles"] += extra
    if out.usable:
        c["usable"] += 1
        c["usable_wrong"] += bool(missed or extra or not contacts_ok or not name_ok)
        if verbose and (missed or extra or not contacts_ok or not name_ok):
            wrong = f"{missed} role(s) missed, {extra} read that are no role, or the name or a contact wrong"
            print(f"  {name}: read with high confidence, but {wrong}")
    elif verbose:
        print(f"  {name}: needs confirmation: {'; '.join(out.low_fields()[:4])}")
    if verbose:
        _print_extra(out, used, name)


def _count_parts(c: dict[str, int], out: CvOutline, want: dict[str, Any]) -> None:
    """Where roles go wrong: labelled roles whose dates some read role has, and of those, whether the read role
    with those dates also has the title and the employer right."""
    for role in want["roles"]:
        same = [r for r in out.roles if dates_right(r, role)]
        if same:
            c["dated"] += 1
            c["dated_title"] += any(title_right(r, role) for r in same)
            c["dated_employer"] += any(employer_right(r, role) for r in same)


def evaluate(files: dict[str, bytes], labels: dict[str, dict[str, Any]], verbose: bool) -> dict[str, int]:
    c = dict.fromkeys(COUNTS, 0)
    for name, data in sorted(files.items()):
        _evaluate_one(c, name, read_outline(data), labels[name], verbose)
    return c


@dataclass
class SeededReading:
    """One CV of a seeded evaluation set as the reader read it: its layout, labels and which labelled roles matched."""

    name: str
    shape: str
    outline: CvOutline
    want: dict[str, Any]
    used: set[int]
    missed: int


def seeded_args(doc: str, count: int) -> argparse.Namespace:
    """`--seeds report|tune`, `--count`, `-v` (tune seeds only) for a bench over a seeded evaluation set."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--seeds", choices=["report", "tune"], default="report")
    ap.add_argument("--count", type=int, default=count, help="CVs to compose (seeds of the chosen parity)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each miss and extra role (tune seeds only)")
    args = ap.parse_args()
    if args.verbose and args.seeds == "report":
        ap.error("-v prints what the reader got wrong: only on the tune seeds")
    return args


def seeded_readings(
    make: Callable[[int], tuple[str, bytes, dict]], args: argparse.Namespace
) -> Iterator[SeededReading]:
    """Each CV of the chosen seeds (odd: report, even: tune) read and matched against its labels; with `-v` the
    misses and extra roles are printed."""
    for seed in range(1 if args.seeds == "report" else 0, 2 * args.count, 2):
        name, data, want = make(seed)
        out = read_outline(data)
        with contextlib.redirect_stdout(sys.stdout if args.verbose else io.StringIO()):
            used, missed = _match_roles(out, want, name, args.verbose)
            if args.verbose:
                _print_extra(out, used, name)
        yield SeededReading(name, name.split("_", 1)[1].split("__")[0], out, want, used, missed)


def in_split(gen: ModuleType, name: str, split: str) -> bool:
    """`tune-a` and `tune-b` are two folds of the tune half (by a second byte of the name's hash), so a rule can be
    developed on one fold and checked on the other before the held-out half is looked at."""
    if split == "all":
        return True
    half: str = gen.split_of(name)
    if split in ("tune", "heldout"):
        return half == split
    fold = "tune-a" if hashlib.sha256(name.encode()).digest()[1] % 2 == 0 else "tune-b"
    return half == "tune" and fold == split


def pct(a: int, b: int) -> str:
    return f"{a}/{b} ({100 * a / b:.1f}%)" if b else "0/0 (n/a)"


def load_corpus(folder: Path, labels_path: Path, cname: str) -> tuple[dict[str, bytes], dict[str, dict[str, Any]]]:
    labels = yaml.safe_load(labels_path.read_text())
    files = {n: (folder / n).read_bytes() for n in labels if (folder / n).exists()}
    if len(files) < len(labels):
        print(f"{cname} corpus: {len(labels) - len(files)} of {len(labels)} files missing from {folder}")
    return files, labels


def _summary(cname: str, split: str, c: dict[str, int]) -> str:
    return (
        f"{cname} {split}: {c['cvs']} CVs, roles right {pct(c['roles_right'], c['roles'])}, "
        f"extra roles {c['extra_roles']}, names {pct(c['names_right'], c['names'])}, "
        f"contacts {pct(c['contacts_right'], c['contacts'])}, "
        f"no-text CVs reported {pct(c['no_text_right'], c['no_text'])}, "
        f"tailored unconfirmed but misread {c['usable_wrong']}/{c['usable']}"
    )


def _unlicensed(folder: Path, verbose: bool) -> None:
    """The 54 CVs of the earlier rounds (files not in the repository, see SOURCES.md), every file reported."""
    for cname, path in (("real-unlicensed", REAL_LABELS), ("real-fresh", FRESH_LABELS), ("real-round3", ROUND3_LABELS)):
        files, labels = load_corpus(folder, path, cname)
        print(_summary(cname, "all files (tuned on)", evaluate(files, labels, verbose)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--real", default=os.environ.get("JOBSMITH_REAL_CVS"), help="folder holding the unlicensed CVs")
    ap.add_argument("--split", choices=["heldout", "tune", "tune-a", "tune-b", "all"], default="heldout")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    gen = corpus_generator()
    corpora: dict[str, tuple[dict[str, bytes], dict[str, dict[str, Any]]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        labels = gen.generate(Path(tmp) / "generated")
        corpora["generated"] = ({n: (Path(tmp) / "generated" / n).read_bytes() for n in labels}, labels)
        labels = gen.generate_real_content(Path(tmp) / "real content")
        corpora["real content"] = ({n: (Path(tmp) / "real content" / n).read_bytes() for n in labels}, labels)
    corpora["licensed real"] = load_corpus(LICENSED_DIR, LICENSED_LABELS, "licensed real")
    # A real-content document is split by the JSON Resume file it comes from, so its half never depends on the
    # layout it is rendered in.
    split_key = {"real content": gen.real_content_source}
    if args.real:
        _unlicensed(Path(args.real), args.verbose)
    counts: dict[str, dict[str, int]] = {}
    for cname, (files, labels) in corpora.items():
        key = split_key.get(cname, str)
        chosen = {n: b for n, b in files.items() if in_split(gen, key(n), args.split)}
        if args.verbose:
            print(f"{cname} ({args.split}):")
        counts[cname] = evaluate(chosen, labels, args.verbose)
        print(_summary(cname, args.split, counts[cname]))
    for what, right, of in (
        ("roles with title, employer and dates all right", "roles_right", "roles"),
        ("names right", "names_right", "names"),
        ("contacts right", "contacts_right", "contacts"),
    ):
        parts = "; ".join(f"{cname} {pct(c[right], c[of])}" for cname, c in counts.items())
        print(f"{what} ({args.split}): {parts}")
    for cname, c in counts.items():
        print(
            f"{cname} ({args.split}): labelled roles found by their dates {pct(c['dated'], c['roles'])}; of those, "
            f"title right {pct(c['dated_title'], c['dated'])}, employer right {pct(c['dated_employer'], c['dated'])}"
        )
    for cname, c in counts.items():
        read = c["cvs"] - c["no_text"]
        print(
            f"{cname} ({args.split}): confident outlines: {c['usable']} ({pct(c['usable'], read)} of CVs with text); "
            f"of which with a wrong role or name or contact: {c['usable_wrong']}"
        )


if __name__ == "__main__":
    main()
