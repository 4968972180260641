"""Does the CV reader follow the structure of a CV or the words it was tuned on? Every labelled title and employer
of a licensed real CV is replaced, in the lines the reader sees, by one of another CV of the same half; a reader that
follows structure reads the swapped CV as well as the original.

Same corpus, labels and split as `bench_cv_reading.py` (`--split tune|tune-a|tune-b|heldout|all`); only plain
titles and employers (no commas, brackets or joining words, five words at most) are drawn as replacements, and a
CV is redrawn with `--seeds` random generators. It prints only totals.

    python bench/bench_cv_swap.py [--split tune] [--seeds 4]
"""

from __future__ import annotations

import argparse
import copy
import random
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.documents.cv_lines import Line, read_lines  # noqa: E402
from app.documents.cv_outline import RoleOutline  # noqa: E402
from app.documents.cv_structure import outline_from_lines  # noqa: E402
from app.documents.package import DocxPackage  # noqa: E402
from bench.bench_cv_reading import (  # noqa: E402
    LICENSED_DIR,
    LICENSED_LABELS,
    corpus_generator,
    in_split,
    load_corpus,
    pct,
    role_right,
)

_JOINED = re.compile(r"[,|/()&:\-–—@\"“]| at | of | for | in | and ")


def _plain(text: str) -> bool:
    return bool(text) and not _JOINED.search(text) and len(text.split()) <= 5


def _pools(names: list[str], labels: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    return {
        key: sorted({r[key][0] for n in names for r in labels[n]["roles"] if r[key] and _plain(r[key][0])})
        for key in ("title", "employer")
    }


def _draw(want: dict[str, Any], text: str, pools: dict[str, list[str]], rnd: random.Random) -> dict[str, str]:
    """Original -> replacement for every title and employer written in the CV's text (the labels are updated)."""
    subs: dict[str, str] = {}
    for role in want["roles"]:
        for key in ("title", "employer"):
            old = role[key][0] if role[key] else ""
            if len(old) < 4 or not re.search(rf"(?<!\w){re.escape(old)}(?!\w)", text):
                continue
            if old not in subs:
                subs[old] = rnd.choice([p for p in pools[key] if p != old and p not in text])
            role[key] = [a.replace(old, subs[old]) for a in role[key]]
    return subs


def _swapped(line: Line, subs: dict[str, str], pattern: re.Pattern[str]) -> Line:
    """The line with its words replaced; where its words change their look moves along with them."""
    out, moves, last, delta = [], [], 0, 0
    for m in pattern.finditer(line.text):
        new = subs[m.group(0)]
        out += [line.text[last : m.start()], new]
        moves.append((m.start(), m.end(), delta + len(new) - (m.end() - m.start())))
        delta += len(new) - (m.end() - m.start())
        last = m.end()
    out.append(line.text[last:])

    def moved(at: int) -> int | None:
        shift = 0
        for start, end, after in moves:
            if start <= at < end:
                return None
            if at >= end:
                shift = after
        return at + shift

    breaks = tuple(b for b in (moved(at) for at in line.breaks) if b is not None)
    return replace(line, text="".join(out), breaks=breaks)


def _paired(read: list[RoleOutline], wanted: list[dict[str, Any]]) -> int:
    """Labelled roles read right, each read role counted once (as `bench_cv_reading` pairs them)."""
    used: set[int] = set()
    for want in wanted:
        hit = next((k for k, r in enumerate(read) if k not in used and role_right(r, want)), None)
        if hit is not None:
            used.add(hit)
    return len(used)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["heldout", "tune", "tune-a", "tune-b", "all"], default="tune")
    ap.add_argument("--seeds", type=int, default=4)
    args = ap.parse_args()
    gen = corpus_generator()
    files, labels = load_corpus(LICENSED_DIR, LICENSED_LABELS, "licensed real")
    names = [n for n in sorted(files) if in_split(gen, n, args.split) and not labels[n].get("no_text")]
    pools = _pools(names, labels)
    right = swapped_right = total = 0
    for seed in range(args.seeds):
        rnd = random.Random(seed)
        for name in names:
            lines = read_lines(DocxPackage(files[name]))
            want = copy.deepcopy(labels[name])
            subs = _draw(want, "\n".join(line.text for line in lines), pools, rnd)
            words = sorted(subs, key=len, reverse=True)
            pattern = re.compile("|".join(rf"(?<!\w){re.escape(w)}(?!\w)" for w in words)) if subs else None
            swapped = [_swapped(line, subs, pattern) for line in lines] if pattern else lines
            original, changed = outline_from_lines(lines), outline_from_lines(swapped)
            right += _paired(original.roles, labels[name]["roles"])
            swapped_right += _paired(changed.roles, want["roles"])
            total += len(want["roles"])
    print(f"licensed real ({args.split}), {len(names)} CVs x {args.seeds} draws")
    print(f"roles right, as written: {pct(right, total)}")
    print(f"roles right, titles and employers swapped between CVs: {pct(swapped_right, total)}")
    print(f"kept when the words change: {swapped_right / right:.1%}" if right else "kept when the words change: n/a")


if __name__ == "__main__":
    main()
