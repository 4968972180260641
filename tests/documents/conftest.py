"""Fixture paths, jobs built from the fixture postings, and helpers that read run formatting back."""

from __future__ import annotations

import html
import io
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from app.config.agents import AgentsConfig
from app.config.search import SearchConfig
from app.domain.models import Job, MatchResult

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CV_DIR = FIXTURES / "cv"
POSTINGS = FIXTURES / "postings"
TODAY = date(2026, 11, 28)


def fixture_bytes(name: str) -> bytes:
    return (CV_DIR / name).read_bytes()


@pytest.fixture(scope="session")
def alex_cv() -> bytes:
    return fixture_bytes("Alex_Morgan_CV.docx")


@pytest.fixture(scope="session")
def alex_cl() -> bytes:
    return fixture_bytes("Alex_Morgan_CL.docx")


@pytest.fixture(scope="session")
def priya_cv() -> bytes:
    return fixture_bytes("Priya_Natarajan_CV.docx")


def tasmanwave_job(contact_name: str | None = None) -> Job:
    raw = json.loads((POSTINGS / "greenhouse_tasmanwave_jobs.json").read_text())["jobs"][0]
    content = html.unescape(raw["content"])
    text = html.unescape(re.sub(r"<[^>]+>", " ", content))
    return Job(
        title=raw["title"],
        company="TasmanWave",
        description_html=content,
        description_text=text,
        source="greenhouse",
        source_id=str(raw["id"]),
        url=raw["absolute_url"],
        contact_name=contact_name,
    )


def harbourline_programme_job() -> Job:
    raw = json.loads((POSTINGS / "ashby_harbourline_job_board.json").read_text())["jobs"][1]
    return Job(
        title=raw["title"],
        company="Harbourline",
        description_text=raw["descriptionPlain"],
        source="ashby",
        source_id=raw["id"],
        url=raw["jobUrl"],
    )


def alex_match() -> MatchResult:
    return MatchResult(
        passed_gates=True,
        score=0.82,
        matched_skills=["Python", "SQL", "PySpark", "Databricks", "dbt", "Delta Lake", "Terraform"],
    )


def priya_match() -> MatchResult:
    return MatchResult(
        passed_gates=True, score=0.74, matched_skills=["PRINCE2", "Agile delivery", "Stakeholder engagement"]
    )


@pytest.fixture
def agents() -> AgentsConfig:
    return AgentsConfig()


@pytest.fixture
def search_au() -> SearchConfig:
    return SearchConfig(locale="en-AU")


@pytest.fixture
def search_gb() -> SearchConfig:
    return SearchConfig(locale="en-GB")


def _runs(p: Paragraph) -> list[Run]:
    runs: list[Run] = []
    for item in p.iter_inner_content():
        runs.extend(item.runs if isinstance(item, Hyperlink) else [item])
    return runs


def run_signature(r: Run) -> tuple[Any, ...]:
    return (r.text, r.bold, r.italic, r.underline, r.font.size, r.font.name, r.style.name if r.style else None)


def all_paragraphs(data: bytes) -> list[tuple[str, Paragraph]]:
    """(where, paragraph) for the body, every table cell, and every header and footer."""
    d = docx.Document(io.BytesIO(data))
    out: list[tuple[str, Paragraph]] = [("body", p) for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                out += [("table", p) for p in cell.paragraphs]
    for s in d.sections:
        out += [("header", p) for p in s.header.paragraphs]
        out += [("footer", p) for p in s.footer.paragraphs]
    return out


def signatures(data: bytes) -> dict[str, tuple[str, str, list[tuple[Any, ...]]]]:
    """Paragraph text -> (where, style, run signatures), for comparing formatting before and after."""
    return {p.text: (where, p.style.name, [run_signature(r) for r in _runs(p)]) for where, p in all_paragraphs(data)}


def texts(data: bytes) -> list[str]:
    return [p.text for _, p in all_paragraphs(data)]
