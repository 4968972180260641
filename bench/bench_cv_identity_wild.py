"""Does the CV reader read a seeker's name and contacts written the ways real CVs in many countries write them?

CVs drawn by `tests/fixtures/cv_corpus/identity_wild.py`, a generator written apart from the reader and from its
own identity set: Word, Google Docs, Canva and pandoc layouts, Europass, 履歴書, 이력서, 简历, Lebenslauf and
labelled forms in the seeker's language; seekers of 30 countries in ten scripts; e-mails and phones written with
labels, glyphs, as links only, obfuscated, several or with an extension; and distractors (referees, employers',
universities' and supervisors' contacts, info@ addresses, dates of birth, ID numbers, ORCIDs, profile links,
salaries, faxes, emergency contacts).

Scoring, per CV:
- name right: the name read has the same words as one of the labelled readings, compared case- and accent-folded,
  dots, commas, brackets and quotes aside, order aside (surname first or last both count);
- contacts right: the e-mails read are exactly the seeker's own (case aside, an obfuscated address counts once
  decoded) and the phones read are exactly the seeker's own, one for one, compared by `phone_digits`; a labelled
  phone also matches without its "(0)" trunk digit or without its extension. A fax number, even the seeker's own,
  is not a phone of the seeker: reading it counts as a wrong phone. So do a referee's, an employer's, a
  university's, a supervisor's or an emergency contact's.

Seeds 0 .. N-1: the even ones tune (`-v` shows their misses), the odd ones report (aggregates only). Prints the
figures per family (each "axis=value" a CV drew), then the totals as the last lines.

    python bench/bench_cv_identity_wild.py [--split report|tune] [--cvs 600] [-v]
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.documents.cv_structure import read_outline  # noqa: E402
from app.documents.text import phone_digits  # noqa: E402
from tests.fixtures.cv_corpus.identity_wild import draw  # noqa: E402

EXTENSION = re.compile(r"\s*(?:\(?\s*(?:ext\.?|x)\s*\d+\)?)\s*$", re.IGNORECASE)


def name_words(text: str) -> list[str]:
    """The words of a name, case- and accent-folded, without dots, commas, brackets or quotes, sorted. Turkish "ı"
    folds as "i" does: "YILMAZ" in capitals cannot tell "Yılmaz" from "Yilmaz" (casefold gives "yilmaz")."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()
    text = text.replace("ı", "i")
    text = re.sub(r"[.,;:()\[\]\"“”/|·•]", " ", text.replace("’", "'"))
    return sorted(text.split())


def name_right(read: str, readings: list[str]) -> bool:
    return bool(read) and any(name_words(read) == name_words(r) for r in readings)


def phone_forms(label: str) -> set[str]:
    """The digit strings a labelled phone may be read as."""
    forms = {label, label.replace("(0)", ""), EXTENSION.sub("", label), EXTENSION.sub("", label.replace("(0)", ""))}
    return {phone_digits(f) for f in forms}


def phones_right(read: list[str], labels: list[str]) -> bool:
    got = list(dict.fromkeys(phone_digits(p) for p in read))
    if len(got) != len(labels):
        return False
    left = list(got)
    for label in labels:
        match = next((g for g in left if g in phone_forms(label)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def emails_right(read: list[str], labels: list[str]) -> bool:
    return {e.strip().casefold() for e in read} == {e.casefold() for e in labels}


def score(data: bytes, labels: dict[str, Any]) -> tuple[bool, bool, dict[str, Any]]:
    """(name right, contacts right, what was read)."""
    out = read_outline(data)
    read = {"name": out.name.value or "", "emails": list(out.contact.emails), "phones": list(out.contact.phones)}
    contacts = emails_right(read["emails"], labels["emails"]) and phones_right(read["phones"], labels["phones"])
    return name_right(read["name"], labels["name"]), contacts, read


def pct(right: int, total: int) -> str:
    return f"{right}/{total} ({100 * right / total:.1f}%)" if total else "0/0"


def run(split: str, cvs: int, verbose: bool) -> list[str]:
    by_family: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # CVs, names right, contacts right
    for seed in range(0 if split == "tune" else 1, cvs, 2):
        file_name, data, labels = draw(seed)
        name_ok, contacts_ok, read = score(data, labels)
        for family in [*labels["families"], "all"]:
            counts = by_family[family]
            counts[0] += 1
            counts[1] += name_ok
            counts[2] += contacts_ok
        if verbose and not (name_ok and contacts_ok):
            print(f"MISS {file_name}: {' '.join(f for f in labels['families'] if f.startswith(('email', 'phone=')))}")
            if not name_ok:
                print(f"  name read {read['name']!r}, labelled {labels['name']}")
            if not contacts_ok:
                print(f"  e-mails read {read['emails']}, labelled {labels['emails']}")
                print(f"  phones read {read['phones']}, labelled {labels['phones']}")
    total = by_family.pop("all")
    lines = [f"identity in the wild ({split} seeds), per family: CVs, names right, contacts right"]
    for family in sorted(by_family):
        n, names, contacts = by_family[family]
        lines.append(f"  {family:<40} {n:>4}  names {pct(names, n):<18} contacts {pct(contacts, n)}")
    lines.append(f"identity in the wild ({split} seeds): names right {pct(total[1], total[0])}")
    lines.append(f"identity in the wild ({split} seeds): contacts right {pct(total[2], total[0])}")
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
