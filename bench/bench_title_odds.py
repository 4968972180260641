"""How well the learnt title-versus-organisation odds (cv_vocab.title_odds) tell a labelled role's title from its
employer, against the word lists' own scores (role_score, org_score): aggregate figures only.

For every labelled role of the licensed real corpus in the split that has both a title and an employer, the pair is
decided by the word lists (role_score - 0.5 * org_score, as cv_head_line weighs them) and by the odds; it counts the
pairs each puts the right way round, and how the odds decide the pairs the word lists tie.

    python bench/bench_title_odds.py [--split tune-a|tune-b|tune|heldout|all]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_cv_reading import LICENSED_LABELS, corpus_generator, in_split, pct  # noqa: E402

from app.documents.cv_vocab import odds_lean, org_score, role_score, title_odds  # noqa: E402


def _lists(text: str) -> float:
    return role_score(text) - 0.5 * org_score(text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="tune-a", choices=["tune-a", "tune-b", "tune", "heldout", "all"])
    args = ap.parse_args()
    gen = corpus_generator()
    labels = yaml.safe_load(LICENSED_LABELS.read_text())
    pairs = [
        (role["title"][0], role["employer"][0])
        for name, want in labels.items()
        if in_split(gen, name, args.split)
        for role in want["roles"]
        if role["title"] and role["title"][0] and role["employer"] and role["employer"][0]
    ]
    lists_right = lists_tied = odds_right = odds_right_in_ties = lean_right_in_ties = lean_wrong_in_ties = 0
    for title, employer in pairs:
        a, b = _lists(title), _lists(employer)
        lists_right += a > b
        odds_right += title_odds(title) > title_odds(employer)
        if a == b:
            lists_tied += 1
            odds_right_in_ties += title_odds(title) > title_odds(employer)
            lean_right_in_ties += odds_lean(title) > odds_lean(employer)
            lean_wrong_in_ties += odds_lean(title) < odds_lean(employer)
    n = len(pairs)
    print(f"labelled title/employer pairs ({args.split}): {n}")
    print(f"  word lists put right way round: {pct(lists_right, n)}; tied: {pct(lists_tied, n)}")
    print(f"  learnt odds put right way round: {pct(odds_right, n)}")
    print(f"  of the word lists' ties, odds right: {pct(odds_right_in_ties, lists_tied)}")
    print(f"  of the word lists' ties, clear lean right: {lean_right_in_ties}, wrong: {lean_wrong_in_ties}")


if __name__ == "__main__":
    main()
