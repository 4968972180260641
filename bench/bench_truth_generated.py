"""Benchmark: the fact gate against generated lies and honest rewrites of real CV content.

Run: .venv/bin/python bench/bench_truth_generated.py [--split tune|report|all] [--verbose]

Cases come from tests/fixtures/truth/generated.py: real people's roles, highlights, education and skills
(the JSON Resume corpus) with honest rewrites and planted lies of many kinds, labelled by the generator.
Each case runs through the same path as bench/bench_truth.py (fake provider, LLM gateway, tailoring, gate;
tests/fixtures/truth/harness.py). Seekers are split by a hash of their id: develop on `tune`; the last
lines report the `report` half (default): lies caught per kind, then honest sentences wrongly removed.
`--verbose` prints each miss (use it on the tune half only).
"""

from __future__ import annotations

import logging
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fixtures.truth.generated import generated_cases  # noqa: E402
from tests.fixtures.truth.harness import Outcome, TruthRunner  # noqa: E402

logging.disable(logging.WARNING)


def _pct(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / max(1, d):.1f}%)"


def main(argv: list[str]) -> int:
    split = argv[argv.index("--split") + 1] if "--split" in argv else "report"
    verbose = "--verbose" in argv
    people, cases = generated_cases()
    chosen = [s for s in people if split == "all" or s["split"] == split]
    outcomes: list[Outcome] = []
    started = time.perf_counter()
    with TruthRunner(people) as runner:
        for s in chosen:
            for kind, lie in (("lies", True), ("honest", False)):
                for case in cases[s["id"]][kind]:
                    outcomes.append(runner.run(s["id"], {**case, "_lie": lie}))
    elapsed = time.perf_counter() - started
    if verbose:
        _misses(outcomes)
    print(f"generated split {split}: {len(chosen)} seekers, {len(outcomes)} cases in {elapsed:.1f} s")
    _figures(outcomes)
    return 0


def _misses(outcomes: list[Outcome]) -> None:
    for o in outcomes:
        if o.case["_lie"] == o.present:
            why = o.refused or "; ".join(r for x in o.removals for r in x.get("reasons", []))
            status = "MISSED LIE" if o.case["_lie"] else "REMOVED HONEST"
            print(f"{status:15} {o.seeker} {o.case['kind']:20} {o.case.get('text', o.case.get('bullets'))!r}")
            if why:
                print(f"{'':15} reasons: {why}")


def _figures(outcomes: list[Outcome]) -> None:
    per_kind: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        if o.case["_lie"]:
            per_kind[o.case["kind"]].append(o)
    lies = [o for o in outcomes if o.case["_lie"]]
    honest = [o for o in outcomes if not o.case["_lie"]]
    for kind in sorted(per_kind):
        group = per_kind[kind]
        print(f"  lies caught, {kind}: {_pct(sum(o.removed for o in group), len(group))}")
    print(f"lies caught: {_pct(sum(o.removed for o in lies), len(lies))}")
    print(f"honest wrongly removed: {_pct(sum(o.removed for o in honest), len(honest))}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
