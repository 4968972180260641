"""Benchmark: offline tailoring (CV + cover letter, DOCX) per application, and DOCX -> PDF conversion.

Run: .venv/bin/python bench/bench_documents.py [iterations] [pdf_runs]
Reads the test data in tests/fixtures/. Each timed application is for a posting the engine has not seen
(the fixture postings in turn, each with its own company, reference and closing paragraph), so no
per-posting cache is warm; the CV stays the same, as for one seeker. Target: a median of at most 100 ms per
application for the offline DOCX pair.
"""

from __future__ import annotations

import html
import json
import re
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.config.agents import AgentsConfig  # noqa: E402
from app.config.search import SearchConfig  # noqa: E402
from app.documents import docx_to_pdf, libreoffice_path, tailor_application  # noqa: E402
from app.documents.tailor import clear_caches  # noqa: E402
from app.domain.models import Job, MatchResult  # noqa: E402
from app.sources.discover import parse_any  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"


def _jobs() -> list[tuple[str, bytes, bytes | None, Job, MatchResult, SearchConfig]]:
    cv_dir, postings = FIXTURES / "cv", FIXTURES / "postings"
    gh = json.loads((postings / "greenhouse_tasmanwave_jobs.json").read_text())["jobs"][0]
    content = html.unescape(gh["content"])
    tasman = Job(
        title=gh["title"],
        company="TasmanWave",
        description_text=re.sub(r"<[^>]+>", " ", content),
        contact_name="Jordan Lee",
        source="greenhouse",
        source_id=str(gh["id"]),
    )
    ashby = json.loads((postings / "ashby_harbourline_job_board.json").read_text())["jobs"][1]
    harbour = Job(
        title=ashby["title"],
        company="Harbourline",
        description_text=ashby["descriptionPlain"],
        source="ashby",
        source_id=ashby["id"],
    )
    return [
        (
            "alex+template",
            (cv_dir / "Alex_Morgan_CV.docx").read_bytes(),
            (cv_dir / "Alex_Morgan_CL.docx").read_bytes(),
            tasman,
            MatchResult(passed_gates=True, score=0.8, matched_skills=["Python", "SQL", "Databricks", "dbt"]),
            SearchConfig(locale="en-AU"),
        ),
        (
            "priya+plain-letter",
            (cv_dir / "Priya_Natarajan_CV.docx").read_bytes(),
            None,
            harbour,
            MatchResult(passed_gates=True, score=0.7, matched_skills=["PRINCE2", "Agile delivery"]),
            SearchConfig(locale="en-GB"),
        ),
    ]


def _postings() -> list[Job]:
    """Every fixture posting with a description, parsed as discovery would."""
    folder = FIXTURES / "postings"
    jobs = [job for path in sorted(folder.iterdir()) for job in parse_any(path.read_bytes(), path.name)]
    return [job for job in jobs if len(job.description_text or "") > 50]


def _new_posting(pool: list[Job], i: int) -> Job:
    """The i-th posting never seen before: a fixture posting in turn, made unique by company and reference."""
    base = pool[i % len(pool)]
    text = (
        f"{base.description_text}\n\nReference JS-{i:05d}. Applications for round {i // len(pool) + 1} "
        f"close on day {i % 28 + 1} of next month."
    )
    return base.model_copy(
        update={
            "company": f"{base.company or 'Company'} {i}",
            "description_text": text,
            "source_id": f"{base.source_id}-{i}",
        }
    )


def _stats(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def main() -> None:
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    pdf_runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    agents = AgentsConfig()
    today = date(2026, 11, 28)
    cases = _jobs()
    pool = _postings()
    all_ms: list[float] = []
    cold_ms: list[float] = []
    last = None
    for label, cv, cl, job, match, search in cases:
        tailor_application(cv, cl, job, match, search, agents, today=today)  # warm imports
        cold = []
        for _ in range(max(5, iterations // 5)):
            clear_caches()  # as for the first posting after a worker starts or the CV changes
            t0 = time.perf_counter()
            tailor_application(cv, cl, job, match, search, agents, today=today)
            cold.append((time.perf_counter() - t0) * 1000)
        samples = []
        for i in range(iterations):
            posting = _new_posting(pool, i)
            t0 = time.perf_counter()
            last = tailor_application(cv, cl, posting, match, search, agents, today=today)
            samples.append((time.perf_counter() - t0) * 1000)
        median, p95 = _stats(samples)
        cold_median, cold_p95 = _stats(cold)
        all_ms += samples
        cold_ms += cold
        print(
            f"tailor {label}: {iterations} applications, each for a new posting, "
            f"median {median:.1f} ms, p95 {p95:.1f} ms; "
            f"cold (caches cleared, {len(cold)} runs) median {cold_median:.1f} ms, p95 {cold_p95:.1f} ms"
        )

    pdf_s: list[float] = []
    if libreoffice_path() and last is not None:
        for _ in range(pdf_runs):
            t0 = time.perf_counter()
            docx_to_pdf(last.cv_docx)
            pdf_s.append(time.perf_counter() - t0)
    median, p95 = _stats(all_ms)
    if pdf_s:
        pdf_median, pdf_p95 = _stats(pdf_s)
        print(
            f"pdf: {len(pdf_s)} conversions (fresh LibreOffice profile each), "
            f"median {pdf_median:.2f} s, p95 {pdf_p95:.2f} s"
        )
    else:
        print("pdf: not measured (LibreOffice not installed, or 0 runs asked)")
    cold_median, cold_p95 = _stats(cold_ms)
    print(
        f"offline tailoring, cold (first posting for a CV), {len(cold_ms)} runs: "
        f"median {cold_median:.1f} ms, p95 {cold_p95:.1f} ms"
    )
    print(
        f"offline tailoring per application (CV + cover letter, DOCX), a new posting each time "
        f"({len(pool)} fixture postings in turn), {len(all_ms)} runs: "
        f"median {median:.1f} ms, p95 {p95:.1f} ms (target <= 100 ms median)"
    )


if __name__ == "__main__":
    main()
