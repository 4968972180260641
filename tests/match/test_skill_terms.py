"""Skill matching respects word boundaries and synonyms: no false hits."""

from __future__ import annotations

import pytest

from app.config.search import SearchConfig, Skills
from app.domain.models import Job
from app.pipeline.match import Prepared, compile_term, match_job


def _found(skill: str, text: str, synonyms: dict[str, list[str]] | None = None) -> bool:
    return compile_term(skill, synonyms or {}).found(Prepared.of(text))


@pytest.mark.parametrize(
    ("skill", "text"),
    [
        ("Go", "We use Google Cloud and go to market fast."),
        ("Go", "Experience with Go-to-market strategy."),
        ("R", "React and Redux on the front end; R&D budget."),
        ("Java", "Modern JavaScript and TypeScript."),
        ("C", "We write C# and C++ services."),
        ("C#", "We write C++ services."),
        ("SQL", "NoSQL stores such as MongoDB, and MySQLdb."),
        ("Spark", "Sparkling water in the office."),
        ("Node.js", "Each node in the cluster."),
        (".NET", "A network engineer."),
    ],
)
def test_no_false_hits(skill: str, text: str) -> None:
    assert not _found(skill, text)


@pytest.mark.parametrize(
    ("skill", "text"),
    [
        ("Go", "Backend services in Go, Postgres and Kafka."),
        ("Go", "We love Golang."),
        ("R", "Statistics in R and Python."),
        ("Java", "Java 17 and Spring Boot."),
        ("C", "Embedded C, some Rust."),
        ("C#", "ASP.NET Core and C#."),
        ("C++", "Low-latency C++."),
        ("SQL", "Strong SQL."),
        ("JavaScript", "JS and TypeScript."),
        ("Kubernetes", "We run k8s on AWS."),
        ("PostgreSQL", "Postgres 16."),
        ("Node.js", "APIs in Node.js."),
        ("Azure Data Factory", "Azure (Data Factory, Synapse)."),
        ("CI/CD", "Own the CI/CD pipelines."),
        (".NET", "C# on .NET 8."),
    ],
)
def test_real_mentions_are_found(skill: str, text: str) -> None:
    assert _found(skill, text)


def test_configured_synonyms_count() -> None:
    assert _found("Amazon Redshift", "Our warehouse is on redshift.", {"amazon redshift": ["redshift"]})


def test_match_job_reports_go_only_for_real_go() -> None:
    search = SearchConfig(skills=Skills(must_have=["Go"], preferred=["R", "Java", "C"]))
    google = Job(title="Engineer", company="A", description_text="Google Cloud, React, JavaScript, C# and C++.")
    real = Job(title="Engineer", company="B", description_text="Go services; models in R; Java and C tools.")
    bad, good = match_job(google, search), match_job(real, search)
    assert bad.matched_skills == [] and bad.criteria[0].missing == ["Go"]
    assert good.matched_skills == ["Go", "R", "Java", "C"]
    assert good.score > bad.score


def test_multi_word_skills_match_across_line_breaks() -> None:
    assert _found("Azure Data Factory", "Pipelines in Azure Data\nFactory and Synapse.")
    assert not _found("Azure Data Factory", "Azure Data Factoryish tooling.")
