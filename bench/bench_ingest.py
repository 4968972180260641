"""The ingest path, end to end: payload -> parse -> normalise -> de-duplicate -> DuckDB -> queue -> match.

1. 2,000 postings in one payload (Himalayas JSON, many companies; postings from the independent
   dedup set, tests/fixtures/dedup_eval) through `Jobsmith.add_from`, the path of `jobsmith add` and
   `POST /api/jobs/upload`, embedded and offline, with the demo seeker's criteria and CV: the clock stops
   when every queued job has been matched and every match tailored (documents written). Target <= 15 s.
2. 50,000 postings in 25 such payloads, parsed and added through `Jobsmith.add_jobs(..., process=False)`:
   parse, de-duplicate and write to DuckDB, no pipeline. Target <= 120 s.

The Himalayas format marks every posting remote (a remote board), so this bench times the path; the
quality of de-duplication is measured by bench/bench_dedup.py. In part 1 most of the time after
`add_from` returns is the recorder applying the workers' events, one DuckDB transaction each.

    .venv/bin/python bench/bench_ingest.py [--small 2000] [--large 50000]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.settings import Settings  # noqa: E402
from tests.fixtures.dedup_eval.generate import Posting, generate  # noqa: E402

DEMO = ROOT / "app" / "demo"


def payload(postings: list[Posting]) -> bytes:
    """A Himalayas-style board answer holding these postings."""
    rows = [
        {
            "title": p.title,
            "companyName": p.company,
            "description": f"<p>{p.description}</p>",
            "locationRestrictions": [p.location] if p.location else [],
            "guid": p.url,
            "applicationLink": p.url,
            "pubDate": p.posted,
        }
        for p in postings
    ]
    return json.dumps({"jobs": rows, "totalCount": len(rows)}).encode()


def workdir(root: Path) -> Settings:
    (root / "config").mkdir()
    shutil.copy(DEMO / "config" / "search.yaml", root / "config" / "search.yaml")
    (root / "config" / "agents.yaml").write_text("export_pdf: false\n")
    (root / "current_cv_coverletter").mkdir()
    for f in (DEMO / "cv").glob("*.docx"):
        shutil.copy(f, root / "current_cv_coverletter" / f.name)
    return Settings(
        _env_file=None,
        DUCKDB_PATH=root / "data" / "jobs.duckdb",
        CONFIG_DIR=root / "config",
        TEMPLATES_DIR=root / "current_cv_coverletter",
        EXPORT_DIR=root / "export",
        CACHE_DIR=root / "data" / "cache",
        REDIS_URL="",
    )


def small(n: int) -> tuple[float, dict[str, int]]:
    from app.service import Jobsmith
    from app.store import jobs as q

    data = payload(generate(n, seed=3))
    with tempfile.TemporaryDirectory() as tmp:
        svc = Jobsmith(workdir(Path(tmp))).start()
        try:
            t0 = time.perf_counter()
            results = svc.add_from(data=data, filename="himalayas.json")
            t_add = time.perf_counter() - t0
            idle = svc.wait_idle(600)
            elapsed = time.perf_counter() - t0
            counts = q.counts_by_status(svc.store)
            docs = svc.store.scalar("SELECT count(DISTINCT job_id) FROM documents")
        finally:
            svc.stop()
    print(
        f"small: {len(results):,} postings; add_from returned after {t_add:.1f} s; "
        f"{'all done' if idle else 'NOT idle after 600 s'}; by status: {counts}; jobs with documents: {docs}"
    )
    return elapsed, counts


def large(n: int, chunk: int = 2000) -> float:
    from app.service import Jobsmith
    from app.sources.discover import parse_any

    postings = generate(n, seed=4)
    payloads = [payload(postings[i : i + chunk]) for i in range(0, len(postings), chunk)]
    with tempfile.TemporaryDirectory() as tmp:
        svc = Jobsmith(workdir(Path(tmp))).start()
        try:
            t0 = time.perf_counter()
            parse = 0.0
            for data in payloads:
                p0 = time.perf_counter()
                jobs = parse_any(data, "himalayas.json")
                parse += time.perf_counter() - p0
                svc.add_jobs(jobs, process=False)
            elapsed = time.perf_counter() - t0
            rows = svc.store.scalar("SELECT count(*) FROM jobs")
            dups = svc.store.scalar("SELECT count(*) FROM jobs WHERE status = 'duplicate'")
        finally:
            svc.stop()
    print(
        f"large: {rows:,} jobs stored ({dups:,} duplicates) from {len(payloads)} payloads; "
        f"parse {parse:.1f} s, dedup and store {elapsed - parse:.1f} s"
    )
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=2000)
    parser.add_argument("--large", type=int, default=50_000)
    args = parser.parse_args()
    print(f"load average before the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    t_small = small(args.small)[0] if args.small else 0.0
    t_large = large(args.large) if args.large else 0.0
    print(
        f"{args.small:,} postings from one payload, parsed, de-duplicated, stored, matched and tailored: "
        f"{t_small:.1f} s (target <= 15 s)"
    )
    print(f"{args.large:,} postings parsed, de-duplicated and stored: {t_large:.1f} s (target <= 120 s)")


if __name__ == "__main__":
    main()
