"""The contract with the LLM engineer: plan and letter as JSON, applied and gated like offline ones."""

from __future__ import annotations

import io
import json

import docx

from app.documents import CoverLetterDraft, TailoringPlan, tailor_application

from .conftest import TODAY, alex_match, tasmanwave_job, texts

PLAN_JSON = json.dumps(
    {
        "section_order": ["p2", "p9", "p4", "p27", "p25", "p30"],
        "bullets": [{"parent_id": "p10", "bullet_ids": ["p14", "p12", "p13"]}],
        "summary": {
            "paragraph_id": "p3",
            "text": (
                "Senior data engineer with 9 years of experience designing and running cloud data platforms on Azure "
                "and AWS. Builds batch and streaming pipelines in Python, SQL and PySpark on Databricks. "
                "Comfortable working remotely with stakeholders across Australia."
            ),
            "source_ids": ["p3", "p12"],
        },
        "rewrites": [
            {
                "paragraph_id": "p14",
                "text": "Introduced dbt with automated tests, cutting data-quality incidents by 60% in the first year.",
                "source_ids": ["p14"],
            },
            {
                "paragraph_id": "p18",
                "text": "Built Kafka streaming pipelines ingesting smart-meter data from 1.2 million customers.",
                "source_ids": ["p18"],
            },
        ],
        "skills_emphasis": ["Databricks", "Python", "dbt"],
        "rationale": "Databricks and dbt first for a Databricks-heavy role.",
    }
)


def _schema_has_free_form_maps(node: object) -> bool:
    if isinstance(node, dict):
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            return True
        return any(_schema_has_free_form_maps(v) for v in node.values())
    if isinstance(node, list):
        return any(_schema_has_free_form_maps(v) for v in node)
    return False


def test_plan_and_letter_schemas_have_no_free_form_maps():
    for model in (TailoringPlan, CoverLetterDraft):
        schema = model.model_json_schema()
        assert not _schema_has_free_form_maps(schema)
        assert schema["type"] == "object"


def test_llm_plan_from_json_is_applied_and_its_fabrication_reverted(alex_cv, alex_cl, search_au, agents):
    plan = TailoringPlan.model_validate_json(PLAN_JSON)
    result = tailor_application(
        alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY, plan=plan
    )
    out = texts(result.cv_docx)
    assert result.engine == "llm" and result.report["engine"] == "llm"
    assert "Introduced dbt with automated tests, cutting data-quality incidents by 60% in the first year." in out
    assert "Builds batch and streaming pipelines in Python, SQL and PySpark on Databricks." in " ".join(out)
    # Kafka is not in the CV: the bullet keeps the seeker's own words.
    assert "Built Azure Data Factory pipelines ingesting smart-meter data from 1.2 million customers." in out
    assert [r["paragraph_id"] for r in result.report["cv"]["reverted"]] == ["p18"]
    headings = [p.text for p in docx.Document(io.BytesIO(result.cv_docx)).paragraphs if p.style.name == "Heading 1"]
    assert headings == ["Professional Summary", "Experience", "Key Skills", "Certifications", "Education", "Referees"]
    start = out.index("Senior Data Engineer — Tasman Analytics\tMar 2021 – Present")
    assert out[start + 2].startswith("Introduced dbt") and out[start + 4].startswith("Designed a Delta Lake")
    assert not any(t.startswith("Mentored 4 junior engineers") for t in out)  # the plan dropped it
    assert result.report["skills_emphasised"] == ["Databricks", "Python", "dbt"]


def test_llm_letter_from_json_is_written_with_gated_sentences(alex_cv, alex_cl, search_au, agents):
    letter = CoverLetterDraft.model_validate_json(
        json.dumps(
            {
                "salutation": "Dear Jordan Lee,",
                "paragraphs": [
                    {"text": "I am applying for the Senior Data Engineer role at TasmanWave.", "source_ids": []},
                    {
                        "text": "At Tasman Analytics I introduced dbt with automated tests, "
                        "reducing data-quality incidents "
                        "by 60% in the first year.",
                        "source_ids": ["p10", "p14"],
                    },
                    {
                        "text": "I also hold the Databricks Certified Data Engineer Professional certification.",
                        "source_ids": ["p29"],
                    },
                ],
            }
        )
    )
    result = tailor_application(
        alex_cv,
        alex_cl,
        tasmanwave_job(contact_name="Jordan Lee"),
        alex_match(),
        search_au,
        agents,
        today=TODAY,
        letter=letter,
    )
    lines = [p.text for p in docx.Document(io.BytesIO(result.cl_docx)).paragraphs]
    assert lines[3] == "Dear Jordan Lee,"
    assert lines[4:7] == [p.text for p in letter.paragraphs]
    assert result.report["cover_letter"]["dropped"] == [] and result.report["salutation_replaced"] is False
