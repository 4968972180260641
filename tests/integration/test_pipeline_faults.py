"""100 jobs through the pipeline with the real SDK while the provider fails 30% of the time."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from app.config.agents import AgentsConfig
from app.config.search import SearchConfig
from app.documents.offline import make_letter, make_plan
from app.documents.reader import load
from app.documents.relevance import posting_terms
from app.settings import get_settings
from app.testing.fake_llm import FakeLLMServer
from tests.runtime.jobs import make_jobs

DEMO = Path(__file__).resolve().parents[2] / "app" / "demo"
N_JOBS = 100
FAST = {
    "default_model": "claude-sonnet-5-5",
    "timeout_seconds": 1.0,
    "backoff_base_seconds": 0.02,
    "backoff_cap_seconds": 0.2,
    "max_wait_seconds": 10.0,
    "requests_per_minute": 100_000,
    "tokens_per_minute": 100_000_000,
}


def _answers(workdir: Path) -> dict:
    cv = load((DEMO / "cv" / "Alex_Morgan_CV.docx").read_bytes()).cv
    job = make_jobs(1, every_match=1)[0]
    search = SearchConfig.model_validate(yaml.safe_load((workdir / "config" / "search.yaml").read_text()))
    terms = posting_terms(job, None, search)
    return {
        "FitAssessment": {
            "score": 0.8,
            "verdict": "strong",
            "matched_skills": ["Python", "SQL"],
            "missing_skills": [],
            "reasons": ["Python and SQL data engineering"],
            "concerns": [],
        },
        "TailoringPlan": make_plan(cv, terms, AgentsConfig()).model_dump(mode="json"),
        "CoverLetterDraft": make_letter(cv, job, terms, AgentsConfig(), "Dear Hiring Manager,").model_dump(mode="json"),
        "DocumentReview": {"approved": True, "issues": [], "summary": "Facts trace to the CV."},
    }


@pytest.fixture
def faulty(workdir: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from app.llm import factory  # the process-wide gateway cache lives there

    with FakeLLMServer(answers=_answers(workdir), fault_rate=0.3, seed=7, timeout_sleep=1.5) as fake:
        monkeypatch.setenv("ANTHROPIC_API_KEY", "test-key")
        monkeypatch.setenv("ANTHROPIC_BASE_URL", fake.url)
        monkeypatch.setenv("CACHE_DIR", str(workdir / "data" / "cache"))
        monkeypatch.delenv("REDIS_URL", raising=False)
        stages = {s: {"provider": "anthropic"} for s in ("match", "tailor", "cover_letter", "review")}
        (workdir / "config" / "agents.yaml").write_text(
            yaml.safe_dump({"export_pdf": False, **stages, "providers": {"anthropic": FAST}})
        )
        get_settings.cache_clear()
        factory._gateway.cache_clear()
        yield fake
        get_settings.cache_clear()
        factory._gateway.cache_clear()


@pytest.mark.slow
def test_thirty_percent_faults_leave_every_job_done_or_pending_with_a_reason(faulty, service) -> None:  # type: ignore[no-untyped-def]
    service.add_jobs(make_jobs(N_JOBS, every_match=1))
    assert service.wait_idle(600)
    rows = service.store.read("SELECT id, status, failed_stage, error FROM jobs")
    assert len(rows) == N_JOBS  # none lost
    by_status: dict[str, int] = {}
    for r in rows:
        by_status[r["status"]] = by_status.get(r["status"], 0) + 1
    assert set(by_status) <= {"awaiting_approval", "pending", "filtered", "rejected"}, by_status
    assert by_status.get("awaiting_approval", 0) >= N_JOBS // 2, by_status  # retries carried most through
    for r in rows:
        if r["status"] == "pending":
            assert r["failed_stage"] and r["error"], r
    counts = faulty.counts()
    kinds = {k for k, v in counts.items() if k.startswith("fault_") and v}
    assert len(kinds) >= 3, counts  # faults of mixed kinds really happened
