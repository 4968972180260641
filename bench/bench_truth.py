"""Benchmark: the fact gate against planted lies and honest rewrites, through the full LLM path.

Run: .venv/bin/python bench/bench_truth.py [--all] [--verbose]

Cases are hand-written in tests/fixtures/truth/ (seekers.yaml, cases.yaml), independent of the gate's
rules. Each case's plan or letter is served by the local fake provider, validated and checked by the LLM
gateway (`llm_stages.llm_documents`), then tailored and gated (`tailor_application`). Seekers are split
into a tune half, a held-out half and two "blind" seekers written after tuning (see the fixtures' README);
the last line reports the held-out half (targets: 100% of lies caught, at most 5% of honest sentences
removed), the lines before it the tune half, the blind seekers and the whole set.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import logging  # noqa: E402

from tests.fixtures.truth.build import cases, seekers  # noqa: E402
from tests.fixtures.truth.harness import Outcome, TruthRunner  # noqa: E402

logging.disable(logging.WARNING)


def _line(name: str, outcomes: list[Outcome]) -> str:
    lies = [o for o in outcomes if o.case["_lie"]]
    honest = [o for o in outcomes if not o.case["_lie"]]
    caught = sum(o.removed for o in lies)
    wrong = sum(o.removed for o in honest)
    return (
        f"{name}: lies caught {caught}/{len(lies)} ({100 * caught / max(1, len(lies)):.1f}%), "
        f"honest wrongly removed {wrong}/{len(honest)} ({100 * wrong / max(1, len(honest)):.1f}%)"
    )


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    split = {s["id"]: s["split"] for s in seekers()}
    outcomes: list[Outcome] = []
    started = time.perf_counter()
    with TruthRunner() as runner:
        for sid, group in cases().items():
            for kind, lie in (("lies", True), ("honest", False)):
                for case in group.get(kind, []):
                    case = {**case, "_lie": lie}
                    outcomes.append(runner.run(sid, case))
    elapsed = time.perf_counter() - started
    misses = [o for o in outcomes if o.case["_lie"] == o.present]
    for o in misses if not verbose else outcomes:
        status = ("MISSED LIE" if o.case["_lie"] else "REMOVED HONEST") if o in misses else "ok"
        why = o.refused or "; ".join(r for x in o.removals for r in x.get("reasons", []))
        print(
            f"{status:15} {o.seeker:6} {o.case['kind']:22} {o.case.get('text', o.case.get('bullets'))}"
            + (f"\n{'':15} reasons: {why}" if why else "")
        )
    silent = [o for o in outcomes if o.case["_lie"] and o.removed and not (o.refused or o.removals)]
    for o in silent:
        print(f"CAUGHT SILENTLY  {o.seeker:6} {o.case['kind']:22} {o.case['text']}")
    print(f"lies removed without a recorded reason: {len(silent)}")
    kinds = Counter(o.case["kind"] for o in outcomes if o.case["_lie"])
    print(f"lie kinds: {dict(sorted(kinds.items()))}")
    print(f"cases: {len(outcomes)} in {elapsed:.1f} s through the fake provider")
    print(_line("tune", [o for o in outcomes if split[o.seeker] == "tune"]))
    print(_line("blind (written after tuning)", [o for o in outcomes if split[o.seeker] == "blind"]))
    print(_line("all", outcomes))
    print(_line("held-out", [o for o in outcomes if split[o.seeker] == "held_out"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
