"""Matching quality on the independent evaluation set (tests/fixtures/match_eval/cases.json).

Each case is a posting in a board's style, run through the real normalisation (`build_job`) and the
matcher for its seeker. A case counts as flagged when it passes every gate and scores at least the
seeker's `min_score`. Cases split deterministically by id into a tune half and a held-out half;
the last two lines are precision and recall on the held-out half.

    .venv/bin/python bench/bench_match_quality.py [--errors] [--half tune|held_out|all]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.config.search import SearchConfig  # noqa: E402
from app.pipeline.match import match_job  # noqa: E402
from app.sources.normalise import build_job  # noqa: E402

CASES = ROOT / "tests/fixtures/match_eval/cases.json"


def half_of(case_id: str) -> str:
    """The deterministic split: by the last hex digit of the case id."""
    return "held_out" if int(case_id[-1], 16) % 2 else "tune"


def evaluate(half: str = "held_out") -> tuple[list[dict], dict[str, SearchConfig]]:
    data = json.loads(CASES.read_text(encoding="utf-8"))
    profiles = {k: SearchConfig.model_validate(v) for k, v in data["profiles"].items()}
    rows = []
    for case in data["cases"]:
        if half != "all" and half_of(case["id"]) != half:
            continue
        p = case["posting"]
        job = build_job(
            source=case["style"],
            title=p["title"],
            company=p["company"],
            source_id=case["id"],
            locations=[p["location"]],
            employment=p.get("employment"),
            html=p["html"],
        )
        search = profiles[case["profile"]]
        result = match_job(job, search)
        flagged = result.passed_gates and result.score >= search.min_score
        rows.append({**case, "flagged": flagged, "summary": result.summary, "score": result.score})
    return rows, profiles


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", default="held_out", choices=["tune", "held_out", "all"])
    ap.add_argument("--errors", action="store_true", help="print each wrong verdict with its reasons")
    args = ap.parse_args()
    rows, profiles = evaluate(args.half)
    if args.errors:
        for r in rows:
            if r["flagged"] != r["label"]:
                print(
                    f"[{r['profile']}/{r['fault']}] want={r['label']} got={r['flagged']} "
                    f"{r['posting']['title']!r} @ {r['posting']['location']!r}: {r['summary']}"
                )
    tp = sum(r["flagged"] and r["label"] for r in rows)
    fp = sum(r["flagged"] and not r["label"] for r in rows)
    fn = sum(r["label"] and not r["flagged"] for r in rows)
    by_profile = {p: sum(r["profile"] == p for r in rows) for p in profiles}
    print(f"cases: {len(rows)} ({args.half}); per profile: {by_profile}")
    print(f"true matches: {tp + fn}; flagged: {tp + fp}; true positives: {tp}")
    print(f"precision: {tp / (tp + fp) if tp + fp else 0.0:.3f}")
    print(f"recall: {tp / (tp + fn) if tp + fn else 0.0:.3f}")


if __name__ == "__main__":
    main()
