"""The pipeline's LLM stages on the demo seeker's real Word CV, through the documents writer and fact gate."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.config.loader import load_file
from app.config.search import SearchConfig
from app.documents import tailor_application
from app.errors import InvalidAnswer
from app.pipeline.llm_stages import assess_fit, cv_texts, gateway_for, llm_documents, usage_data
from app.pipeline.match import match_job
from app.testing import samples

from .conftest import agents_config

DEMO = Path(__file__).resolve().parents[2] / "app" / "demo"
CV = (DEMO / "cv" / "Alex_Morgan_CV.docx").read_bytes()
CL = (DEMO / "cv" / "Alex_Morgan_CL.docx").read_bytes()
SEARCH: SearchConfig = load_file(DEMO / "config" / "search.yaml", SearchConfig)
JOB = samples.job(
    3,
    description=(
        "Lead Data Engineer, remote in Australia. Build pipelines in Python, SQL and Databricks; dbt and Airflow "
        "experience wanted; Azure a plus. You will mentor engineers and own data quality."
    ),
)

PLAN = {
    "section_order": [],
    "bullets": [{"parent_id": "p10", "bullet_ids": ["p14", "p12", "p13", "p15"]}],
    "summary": {
        "paragraph_id": "p3",
        "source_ids": ["p3"],
        "text": "Senior data engineer with 9 years of experience building reliable batch and "
        "streaming pipelines in Python, SQL and PySpark on Azure and AWS.",
    },
    "rewrites": [],
    "skills_emphasis": ["Python", "dbt", "Databricks"],
    "rationale": "dbt and Databricks first.",
}
LETTER = {
    "salutation": "Dear Hiring Manager,",
    "paragraphs": [
        {"text": "I am writing to apply for the Lead Data Engineer role.", "source_ids": ["cl:p4"]},
        {
            "text": "At Tasman Analytics I migrated 120 nightly pipelines to Databricks and introduced dbt testing.",
            "source_ids": ["p12", "p14"],
        },
    ],
}


def test_llm_plan_and_letter_go_through_the_writer(make_gateway, fake) -> None:
    fake.state.answers.update({"TailoringPlan": PLAN, "CoverLetterDraft": LETTER})
    agents = agents_config("anthropic")
    gateway, _ = make_gateway(agents=agents)
    docs = llm_documents(gateway, JOB, SEARCH, agents, CV, CL)
    assert docs.plan is not None and docs.letter is not None and len(docs.usage) == 2
    result = tailor_application(
        CV, CL, JOB, None, SEARCH, agents, today=date(2026, 11, 28), plan=docs.plan, letter=docs.letter
    )
    assert result.engine == "llm" and result.cv_docx[:2] == b"PK" and result.cl_docx[:2] == b"PK"
    assert usage_data(docs.usage)["cost"] == pytest.approx(sum(u.cost for u in docs.usage))


def test_llm_plan_with_a_skill_the_cv_lacks_never_reaches_the_writer(make_gateway, fake) -> None:
    fake.state.answers["TailoringPlan"] = {**PLAN, "skills_emphasis": ["Python", "Kubernetes"]}
    agents = agents_config("anthropic")
    gateway, _ = make_gateway(agents=agents)
    with pytest.raises(InvalidAnswer) as info:
        llm_documents(gateway, JOB, SEARCH, agents, CV, CL)
    assert "Kubernetes" in info.value.raw and info.value.stage == "tailor"


def test_offline_stages_leave_the_documents_to_the_deterministic_engine(make_gateway, fake) -> None:
    agents = agents_config("offline")
    gateway, _ = make_gateway(agents=agents)
    docs = llm_documents(gateway, JOB, SEARCH, agents, CV, CL)
    assert docs.plan is None and docs.letter is None and fake.counts() == {}


def test_fit_assessment_is_attached_to_the_deterministic_match(make_gateway, fake) -> None:
    fake.state.answers["FitAssessment"] = {**samples.FIT, "matched_skills": ["Python", "dbt"]}
    gateway, _ = make_gateway("openai")
    cv_text, _ = cv_texts(CV, None)
    match = match_job(JOB, SEARCH)
    enriched, answer = assess_fit(gateway, JOB, SEARCH, cv_text, match)
    assert enriched.score == match.score  # the deterministic score still decides
    assert enriched.llm is not None and enriched.llm["matched_skills"] == ["Python", "dbt"]
    assert enriched.llm["provider"] == "openai" and not answer.usage.cached


def test_gateway_for_builds_one_gateway_per_config(monkeypatch, fake, tmp_path) -> None:
    from app.settings import get_settings

    monkeypatch.setenv("ANTHROPIC_API_KEY", "test-key")
    monkeypatch.setenv("CACHE_DIR", str(tmp_path))
    get_settings.cache_clear()
    try:
        agents = agents_config("anthropic")
        assert gateway_for(agents) is gateway_for(agents)
        assert gateway_for(agents).enabled("tailor")
    finally:
        get_settings.cache_clear()
