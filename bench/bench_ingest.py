"""The ingest path, end to end: payload -> parse -> normalise -> de-duplicate -> DuckDB -> gates -> queue ->
match -> liveness -> tailor.

1. 2,000 postings in one payload (Himalayas JSON, many companies; postings from the independent
   dedup set, tests/fixtures/dedup_eval) through `Jobsmith.add_from`, the path of `jobsmith add` and
   `POST /api/jobs/upload`, embedded and offline, with the demo seeker's criteria and CV and liveness
   re-checks on (LIVENESS_CHECKS=true): every posting's page is served by a loopback HTTP server (one per
   board host, answering robots.txt and an open posting page), so each re-check is a real request that
   answers. The clock starts before `add_from` and stops when every queued job has been matched, every
   match re-checked and tailored (documents written) and the recorder has applied every event.
   Target <= 15 s. The phases: parse, dedup, gates, persist and enqueue are timed inside the add
   (app.intake.AddTimings); match, tailor and settle are the moments (from the start) at which the last
   match result and the last documents left a worker, and at which the store had nothing left to do.
2. 50,000 postings in 25 such payloads, parsed and added through `Jobsmith.add_jobs(..., process=False)`:
   parse, de-duplicate and write to DuckDB, no pipeline. Target <= 120 s.

The Himalayas format marks every posting remote (a remote board), so this bench times the path; the
quality of de-duplication is measured by bench/bench_dedup.py.

    .venv/bin/python bench/bench_ingest.py [--small 2000] [--large 50000]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import threading
import time
import timeit
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

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


class _Pages(BaseHTTPRequestHandler):
    """One board host on loopback: robots.txt allows everything; every posting page reads as open."""

    def do_GET(self) -> None:
        body = (
            b"User-agent: *\nAllow: /\n"
            if self.path == "/robots.txt"
            else b"<html><body><h1>Open role</h1><p>Apply now: we are hiring.</p></body></html>"
        )
        self.send_response(200)
        self.send_header("Content-Type", "text/plain" if self.path == "/robots.txt" else "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def loopback_boards(postings: list[Posting]) -> Iterator[list[Posting]]:
    """The postings with each board host replaced by a loopback server of its own (per-host pacing holds)."""
    servers: dict[str, ThreadingHTTPServer] = {}
    for host in sorted({urlsplit(p.url).netloc for p in postings}):
        servers[host] = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
        servers[host].daemon_threads = True
        threading.Thread(target=servers[host].serve_forever, daemon=True).start()

    def local(url: str) -> str:
        parts = urlsplit(url)
        return urlunsplit(("http", f"127.0.0.1:{servers[parts.netloc].server_address[1]}", *parts[2:]))

    try:
        yield [replace(p, url=local(p.url)) for p in postings]
    finally:
        for server in servers.values():
            server.shutdown()
            server.server_close()


class Marks:
    """When (from the start) the workers' events left them: the last match result, the last documents."""

    def __init__(self, t0: float) -> None:
        self.t0 = t0
        self.match = self.tailor = 0.0
        self.matched = self.tailored = 0
        self.liveness: dict[str, int] = {}

    def seen(self, event: Any) -> None:
        now = time.perf_counter() - self.t0
        if event.type == "stage.finished" and event.stage == "match":
            self.match, self.matched = now, self.matched + 1
        elif event.type == "stage.finished" and event.stage == "liveness":
            state = (event.data.get("output") or {}).get("state", "?")
            self.liveness[state] = self.liveness.get(state, 0) + 1
        elif event.type == "stage.finished" and event.stage == "tailor":
            self.tailor, self.tailored = now, self.tailored + 1


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
        LIVENESS_CHECKS=True,
    )


def small(n: int) -> tuple[float, dict[str, int]]:
    from app.service import Jobsmith
    from app.store import jobs as q

    with loopback_boards(generate(n, seed=3)) as postings, tempfile.TemporaryDirectory() as tmp:
        data = payload(postings)
        svc = Jobsmith(workdir(Path(tmp))).start()
        try:
            publish = svc.bus.publish  # the workers' events, timed as they leave (embedded: one bus)
            t0, c0 = time.perf_counter(), time.process_time()
            marks = Marks(t0)

            def timed(event: Any) -> Any:
                marks.seen(event)
                return publish(event)

            vars(svc.bus)["publish"] = timed  # the one bus the embedded workers publish to
            results = svc.add_from(data=data, filename="himalayas.json")
            t_add = time.perf_counter() - t0
            idle = svc.wait_idle(600)
            elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
            counts = q.counts_by_status(svc.store)
            docs = svc.store.scalar("SELECT count(DISTINCT job_id) FROM documents")
            t = svc.intake.timings
        finally:
            svc.stop()
    print(
        f"small: {len(results):,} postings; add_from returned after {t_add:.1f} s; "
        f"{'all done' if idle else 'NOT idle after 600 s'}; by status: {counts}; jobs with documents: {docs}"
    )
    print(
        f"small phases (inside add_from): parse {t.parse:.2f} s, dedup {t.dedup:.2f} s, "
        f"gates {t.gates:.2f} s ({t.filtered:,} filtered at intake), persist {t.persist:.2f} s, "
        f"enqueue {t.enqueue:.2f} s ({t.queued:,} queued)"
    )
    print(
        f"small phases (from the start): match done at {marks.match:.1f} s ({marks.matched:,} matched by workers), "
        f"liveness re-checks {marks.liveness}, tailor done at {marks.tailor:.1f} s ({marks.tailored:,} tailored), "
        f"settled at {elapsed:.1f} s (every event applied); the process used {cpu:.1f} s of CPU meanwhile"
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
    ref = min(timeit.repeat("sum(range(1000))", number=2000, repeat=5)) / 2000 * 1e6
    print(
        f"load average before the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; machine speed: "
        f"sum(range(1000)) takes {ref:.0f} us (about 10-15 us on an idle modern core)"
    )
    t_small = small(args.small)[0] if args.small else 0.0
    t_large = large(args.large) if args.large else 0.0
    print(
        f"{args.small:,} postings from one payload, parsed, de-duplicated, stored, matched, re-checked and "
        f"tailored (liveness on, loopback pages): {t_small:.1f} s (target <= 15 s)"
    )
    print(f"{args.large:,} postings parsed, de-duplicated and stored: {t_large:.1f} s (target <= 120 s)")


if __name__ == "__main__":
    main()
