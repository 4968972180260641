"""Reply classification offline: accuracy on the hand-written replies in tests/fixtures/replies/.

Odd ids were used to tune the rules, even ids are held out; the held-out figures are the last lines.
Run: .venv/bin/python bench/bench_replies.py [--all]
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.applications.reply_kinds import KINDS, classify_reply

SAMPLES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "replies" / "replies.yaml"


def evaluate(rows: list[dict]) -> tuple[float, Counter, list[str]]:
    confusion: Counter = Counter()
    wrong = []
    for row in rows:
        got = classify_reply(row["subject"], row["body"]).kind
        confusion[(row["label"], got)] += 1
        if got != row["label"]:
            wrong.append(f"  #{row['id']}: labelled {row['label']}, read {got}")
    right = sum(n for (want, got), n in confusion.items() if want == got)
    return right / len(rows), confusion, wrong


def main() -> None:
    rows = yaml.safe_load(SAMPLES.read_text())
    tune = [r for r in rows if r["id"] % 2 == 1]
    held = [r for r in rows if r["id"] % 2 == 0]
    start = time.perf_counter()
    tune_acc, _, tune_wrong = evaluate(tune)
    held_acc, confusion, held_wrong = evaluate(held)
    per_reply_ms = (time.perf_counter() - start) * 1000 / len(rows)
    if "--all" in sys.argv:
        print("tune-half mistakes:", *tune_wrong, sep="\n")
    print("held-out mistakes:", *(held_wrong or ["  none"]), sep="\n")
    for kind in KINDS:
        tp = confusion[(kind, kind)]
        found = sum(n for (w, g), n in confusion.items() if g == kind)
        actual = sum(n for (w, g), n in confusion.items() if w == kind)
        print(
            f"held-out {kind:15s} precision {tp / found if found else 0:.2f}  recall {tp / actual if actual else 0:.2f}"
        )
    print(f"time per reply: {per_reply_ms:.2f} ms")
    print(f"tune half ({len(tune)} replies) accuracy: {tune_acc:.3f}")
    print(f"held-out half ({len(held)} replies) accuracy: {held_acc:.3f}")


if __name__ == "__main__":
    main()
