"""The pipeline driven by the real Anthropic SDK against the fake provider on loopback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from app.config.agents import AgentsConfig
from app.config.search import SearchConfig
from app.documents.offline import make_letter, make_plan
from app.documents.plan import Rewrite
from app.documents.reader import load
from app.documents.relevance import posting_terms
from app.settings import get_settings
from app.testing import samples
from app.testing.fake_llm import FakeLLMServer

DEMO = Path(__file__).resolve().parents[2] / "app" / "demo"
POSTING = DEMO / "postings" / "derwentwater_lead_data_engineer.html"
FABRICATION = "Cut the platform's running costs by 97% in 2031."


def _answers(workdir: Path, fabrication: str = FABRICATION) -> dict:
    """What a careful model would plan for the demo CV, plus one invented sentence for the gate to catch."""
    from app.sources.discover import parse_any

    cv = load((DEMO / "cv" / "Alex_Morgan_CV.docx").read_bytes()).cv
    job = parse_any(POSTING.read_bytes(), POSTING.name)[0]
    search = SearchConfig.model_validate(yaml.safe_load((workdir / "config" / "search.yaml").read_text()))
    agents = AgentsConfig()
    terms = posting_terms(job, None, search)
    plan = make_plan(cv, terms, agents)
    taken = {r.paragraph_id for r in plan.rewrites} | ({plan.summary.paragraph_id} if plan.summary else set())
    target = next(p.id for p in cv.paragraphs if p.kind == "bullet" and p.id not in taken)
    plan = plan.model_copy(
        update={"rewrites": [*plan.rewrites, Rewrite(paragraph_id=target, text=fabrication, source_ids=[target])]}
    )
    letter = make_letter(cv, job, terms, agents, "Dear Hiring Manager,")
    fit = {
        "score": 0.86,
        "verdict": "strong",
        "matched_skills": ["Python", "SQL", "Terraform"],
        "missing_skills": [],
        "reasons": ["Contract data engineering in Python and SQL"],
        "concerns": [],
    }
    return {
        "FitAssessment": fit,
        "TailoringPlan": plan.model_dump(mode="json"),
        "CoverLetterDraft": letter.model_dump(mode="json"),
        "DocumentReview": samples.ANSWERS["DocumentReview"],
    }


@pytest.fixture
def fabrication() -> str:
    return FABRICATION


@pytest.fixture
def llm_env(workdir: Path, monkeypatch: pytest.MonkeyPatch, fabrication: str):  # type: ignore[no-untyped-def]
    from app.llm import factory  # the process-wide gateway cache lives there

    with FakeLLMServer(answers=_answers(workdir, fabrication)) as fake:
        monkeypatch.setenv("ANTHROPIC_API_KEY", "test-key")
        monkeypatch.setenv("ANTHROPIC_BASE_URL", fake.url)
        monkeypatch.setenv("CACHE_DIR", str(workdir / "data" / "cache"))
        monkeypatch.delenv("REDIS_URL", raising=False)
        (workdir / "config" / "agents.yaml").write_text(
            "export_pdf: false\nmatch: {provider: anthropic}\ntailor: {provider: anthropic}\n"
            "cover_letter: {provider: anthropic}\nreview: {provider: anthropic}\n"
        )
        get_settings.cache_clear()
        factory._gateway.cache_clear()
        yield fake
        get_settings.cache_clear()
        factory._gateway.cache_clear()


def test_real_sdk_drives_the_pipeline_and_a_rerun_makes_no_provider_call(llm_env, service, client) -> None:  # type: ignore[no-untyped-def]
    fake = llm_env
    with POSTING.open("rb") as fh:
        job_id = client.post("/api/jobs/upload", files={"file": (POSTING.name, fh)}).json()[0]["job_id"]
    assert service.wait_idle(120)
    job = client.get(f"/api/jobs/{job_id}").json()
    assert job["status"] == "awaiting_approval", job
    assert job["match"]["llm"]["provider"] == "anthropic"
    calls = sum(fake.counts().values())
    assert calls >= 4  # fit, plan, letter, review

    rows = service.store.read("SELECT stage, input_tokens, output_tokens, cost, cached FROM llm_usage")
    assert {r["stage"] for r in rows} >= {"match", "tailor", "cover_letter", "review"}
    assert all(r["cost"] > 0 and not r["cached"] for r in rows)
    assert job["usage"]["cost"] == pytest.approx(sum(r["cost"] for r in rows))

    # The ledger's cost equals the provider's own usage reports priced with the configured table.
    from app.llm.ledger import cost_of

    price = service.config.agents.price("anthropic", "claude-sonnet-5-5")
    reported = sum(
        cost_of(
            price,
            input_tokens=u["input_tokens"],
            output_tokens=u["output_tokens"],
            cache_write_tokens=u["cache_creation_input_tokens"],
            cache_read_tokens=u["cache_read_input_tokens"],
        )
        for u in fake.stats()["usage"]
    )
    assert reported > 0
    assert service.store.scalar("SELECT sum(cost) FROM llm_usage") == pytest.approx(reported)

    # The invented sentence never reaches the document: the fact gate reverted it, and says so.
    from docx import Document

    cv_text = "\n".join(p.text for p in Document(str(Path(job["folder"]) / "Alex_Morgan_CV.docx")).paragraphs)
    assert "97%" not in cv_text and "2031" not in cv_text
    gate = json.loads((Path(job["folder"]) / "job_info.json").read_text())["tailoring"]["cv"]["reverted"]
    assert [r["sentence"] for r in gate] == [FABRICATION]
    assert gate[0]["restored"] and gate[0]["restored"] in cv_text  # the original sentence stands in its place

    client.post(f"/api/jobs/{job_id}/retry")
    assert service.wait_idle(120)
    assert client.get(f"/api/jobs/{job_id}").json()["status"] == "awaiting_approval"
    assert sum(fake.counts().values()) == calls  # the cache answered every stage
    assert service.store.scalar("SELECT count(*) FROM llm_usage WHERE cached") >= 4


def test_provider_failure_puts_the_job_in_pending_with_the_stage(llm_env, service, client) -> None:  # type: ignore[no-untyped-def]
    llm_env.queue_faults(*["500"] * 20)
    with POSTING.open("rb") as fh:
        job_id = client.post("/api/jobs/upload", files={"file": (POSTING.name, fh)}).json()[0]["job_id"]
    assert service.wait_idle(120)
    job = client.get(f"/api/jobs/{job_id}").json()
    assert job["status"] == "pending"
    assert job["failed_stage"] == "match" and job["error"]


@pytest.mark.parametrize("fabrication", ["Ran Kubernetes clusters for twelve years."])
def test_invented_skill_from_the_model_sends_the_job_to_a_person_with_the_raw_answer(
    llm_env,
    service,  # type: ignore[no-untyped-def]
    client,
) -> None:
    with POSTING.open("rb") as fh:
        job_id = client.post("/api/jobs/upload", files={"file": (POSTING.name, fh)}).json()[0]["job_id"]
    assert service.wait_idle(120)
    job = client.get(f"/api/jobs/{job_id}").json()
    assert job["status"] == "pending" and job["failed_stage"] == "tailor"
    assert "kubernetes" in job["error"].lower()
    raw = service.store.scalar("SELECT output FROM stage_runs WHERE job_id = ? AND state = 'failed'", [job_id])
    assert "Ran Kubernetes clusters" in raw
