"""Planted fabrications, one per kind, are caught by the fact gate and reverted to the seeker's words."""

from __future__ import annotations

import json

import pytest

from app.documents import TailoringPlan, read_cv, tailor_application
from app.documents.gate import GateContext, check_sentence
from app.documents.plan import Rewrite

from .conftest import TODAY, alex_match, tasmanwave_job, texts

ORIGINAL_P12 = (
    "Migrated 120 nightly pipelines from on-premises SSIS to Databricks, cutting batch runtime "
    "from 6 hours to 45 minutes."
)


def _tailor_with_rewrite(cv, cl, search, agents, pid: str, text: str, sources: list[str] | None = None):
    plan = TailoringPlan(rewrites=[Rewrite(paragraph_id=pid, text=text, source_ids=sources or [pid])])
    return tailor_application(cv, cl, tasmanwave_job(), alex_match(), search, agents, today=TODAY, plan=plan)


@pytest.mark.parametrize(
    ("kind", "fabricated", "planted", "reason"),
    [
        (
            "employer",
            "Atlassian",
            "Migrated 120 nightly pipelines at Atlassian to Databricks, cutting batch runtime "
            "from 6 hours to 45 minutes.",
            "name not in the cited text: Atlassian",
        ),
        (
            "title",
            "Principal",
            "As Principal Engineer, migrated 120 nightly pipelines to Databricks.",
            "job title not in the cited text: principal engineer",
        ),
        (
            "certification",
            "CKA",
            "Migrated 120 nightly pipelines to Databricks, drawing on my CKA certification.",
            "certification not in the CV: cka",
        ),
        (
            "number",
            "320",
            "Migrated 320 nightly pipelines from on-premises SSIS to Databricks.",
            "number not in the cited text: 320",
        ),
        (
            "skill",
            "kafka",
            "Migrated 120 nightly pipelines from on-premises SSIS to Databricks and kafka.",
            "skill not in the CV: kafka",
        ),
        (
            "date",
            "2019",
            "In 2019, migrated 120 nightly pipelines from on-premises SSIS to Databricks.",
            "year not in the cited text: 2019",
        ),
        (
            "phone",
            "+61 412 345 999",
            "Migrated 120 nightly pipelines to Databricks; call +61 412 345 999.",
            "phone number not in the CV: 61412345999",
        ),
        (
            "email",
            "alex@evil.example",
            "Migrated 120 nightly pipelines to Databricks; write to alex@evil.example.",
            "email address not in the CV: alex@evil.example",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) < 14 else None,
)
def test_tailor_reverts_planted_fabrication(alex_cv, alex_cl, search_au, agents, kind, fabricated, planted, reason):
    result = _tailor_with_rewrite(alex_cv, alex_cl, search_au, agents, "p12", planted, ["p12", "p10"])
    out = texts(result.cv_docx)
    assert ORIGINAL_P12 in out, kind
    assert not any(fabricated in t for t in out), kind
    reverted = result.report["cv"]["reverted"]
    assert [r["paragraph_id"] for r in reverted] == ["p12"]
    assert reason in reverted[0]["reasons"]
    assert reverted[0]["restored"] == ORIGINAL_P12
    assert result.report["fact_gate"]["passed"] is False


def test_tailor_keeps_a_faithful_rewrite(alex_cv, alex_cl, search_au, agents):
    faithful = "Cut batch runtime from 6 hours to 45 minutes by migrating 120 nightly SSIS pipelines to Databricks."
    result = _tailor_with_rewrite(alex_cv, alex_cl, search_au, agents, "p12", faithful)
    assert faithful in texts(result.cv_docx)
    assert result.report["cv"]["reverted"] == []


def test_tailor_reverts_only_the_failing_sentence(alex_cv, alex_cl, search_au, agents):
    cv = read_cv(alex_cv)
    s1, s2, s3 = (
        "Senior data engineer with 9 years of experience designing and running cloud data platforms on Azure and AWS.",
        "Builds reliable batch and streaming pipelines in Python, SQL and PySpark, and leads small "
        "teams through platform migrations.",
        "Comfortable working remotely with stakeholders across Australia.",
    )
    assert cv.text_of("p3") == f"{s1} {s2} {s3}"
    planted = f"{s1} Led 25 engineers through platform migrations at Google. {s3}"
    result = _tailor_with_rewrite(alex_cv, alex_cl, search_au, agents, "p3", planted)
    assert f"{s1} {s2} {s3}" in texts(result.cv_docx)
    reasons = result.report["cv"]["reverted"][0]["reasons"]
    assert "number not in the cited text: 25" in reasons and "name not in the cited text: Google" in reasons


def test_tailor_refuses_to_rewrite_the_contact_line(alex_cv, alex_cl, search_au, agents):
    line = "Hobart, Tasmania  |  alex.morgan@example.com  |  +61 412 345 678  |  linkedin.com/in/alexmorgan-data"
    result = _tailor_with_rewrite(alex_cv, alex_cl, search_au, agents, "p1", line.replace("678", "679"))
    assert line in texts(result.cv_docx)
    assert any("p1 refused" in note for note in result.report["cv"]["ignored"])


def test_tailor_reverts_a_rewrite_citing_a_missing_paragraph(alex_cv, alex_cl, search_au, agents):
    result = _tailor_with_rewrite(alex_cv, alex_cl, search_au, agents, "p12", "Migrated 120 pipelines.", ["p12", "p99"])
    assert ORIGINAL_P12 in texts(result.cv_docx)
    assert "cites a paragraph that does not exist: p99" in result.report["cv"]["reverted"][0]["reasons"]


def test_tailor_refuses_emphasis_of_a_skill_not_in_the_cv(alex_cv, alex_cl, search_au, agents):
    plan = TailoringPlan(skills_emphasis=["Databricks", "Kubernetes"])
    result = tailor_application(
        alex_cv, alex_cl, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY, plan=plan
    )
    assert result.report["skills_emphasised"] == ["Databricks"]
    assert result.report["skills_refused"] == ["Kubernetes"]
    json.dumps(result.report)


def test_check_sentence_binds_numbers_to_their_cited_paragraph(alex_cv):
    ctx = GateContext(cv=read_cv(alex_cv))
    # 60% is in the CV, but under dbt (p14), not under the SSIS migration (p12).
    moved = check_sentence("Migrated 120 nightly pipelines, cutting incidents by 60%.", ["p12"], ctx)
    assert moved.problems == ["number not in the cited text: 60%"]
    assert check_sentence("Cut data-quality incidents by 60%.", ["p14"], ctx).ok


@pytest.mark.parametrize(
    ("sentence", "sources"),
    [
        ("Designed a Delta Lake medallion architecture serving 40 analysts and 3 ML teams.", ["p13"]),
        ("Cut monthly Synapse compute spend by AUD 18k through SQL pool optimisation.", ["p19"]),
        ("Senior Data Engineer with 9+ years building Azure and AWS data platforms.", ["p3"]),
        ("Reduced data-quality incidents by 60% in year one by introducing dbt with automated tests.", ["p14"]),
    ],
)
def test_check_sentence_accepts_faithful_rephrasing(alex_cv, sentence, sources):
    assert check_sentence(sentence, sources, GateContext(cv=read_cv(alex_cv))).ok


def test_check_sentence_reads_millions_without_a_currency(priya_cv):
    ctx = GateContext(cv=read_cv(priya_cv))
    assert check_sentence("Delivered a £4.5m identity programme used by 2.3m people.", ["t0r0c1p8"], ctx).ok
    wrong = check_sentence("Delivered a £4.5m identity programme used by 3.3m people.", ["t0r0c1p8"], ctx)
    assert wrong.problems == ["number not in the cited text: 3.3m"]


def test_check_sentence_refuses_an_acronym_the_sources_do_not_spell_out(alex_cv):
    verdict = check_sentence("Built pipelines for the ABC team.", ["p13"], GateContext(cv=read_cv(alex_cv)))
    assert verdict.problems == ["name not in the cited text: ABC"]


def test_check_sentence_catches_an_employer_opening_the_sentence(alex_cv):
    ctx = GateContext(cv=read_cv(alex_cv))
    assert check_sentence("Atlassian hired me to migrate 120 nightly pipelines.", ["p12"], ctx).problems == [
        "name not in the cited text: Atlassian"
    ]
    assert check_sentence("Spearheaded the migration of 120 nightly pipelines to Databricks.", ["p12"], ctx).ok


def test_check_sentence_lets_a_bullet_bring_its_employer_but_not_another(alex_cv):
    ctx = GateContext(cv=read_cv(alex_cv))
    assert check_sentence("At Tasman Analytics I migrated 120 nightly pipelines to Databricks.", ["p12"], ctx).ok
    wrong = check_sentence("At Southern Cross Energy I migrated 120 nightly pipelines to Databricks.", ["p12"], ctx)
    assert "name not in the cited text: Southern" in wrong.problems


def test_check_sentence_reads_numbers_written_as_words(alex_cv):
    ctx = GateContext(cv=read_cv(alex_cv))
    assert check_sentence("Senior data engineer with nine years of experience.", ["p3"], ctx).ok
    assert check_sentence("Cut data-quality incidents by sixty per cent.", ["p14"], ctx).ok
    inflated = check_sentence("Senior data engineer with over a decade of experience.", ["p3"], ctx)
    assert inflated.problems == ["number not in the cited text: decade"]


def test_hidden_letters_refuse_look_alikes_but_not_the_seekers_own_scripts_or_soft_hyphens(alex_cv):
    own = {"cl:p1": "東京で取り組みを進めた。", "cl:p2": "I led the data\u00adplatform work."}
    ctx = GateContext(cv=read_cv(alex_cv), extra_sources=own)
    # Japanese words mix Han and kana; a soft hyphen the seeker's own text carries may come back.
    assert not any("script" in p for p in check_sentence(own["cl:p1"], ["cl:p1"], ctx).problems)
    assert not any("invisible" in p for p in check_sentence(own["cl:p2"], ["cl:p2"], ctx).problems)
    spoofed = check_sentence("I led the data platform w\u043erk.", ["cl:p2"], ctx)
    assert "letters of another script (look-alike characters?): w\u043erk" in spoofed.problems
    hidden = check_sentence("I led the data\u200bplatform work.", ["cl:p2"], ctx)
    assert "invisible characters in the text: U+200B" in hidden.problems
