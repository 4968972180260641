"""A seeker's CV (the bundled demo CV) and a posting (the bundled TasmanWave posting), read as the app does."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.documents.model import CvDocument
from app.documents.reader import read_cv
from app.domain.models import Job
from app.sources.discover import parse_any

DEMO = Path(__file__).resolve().parents[2] / "app" / "demo"


@pytest.fixture(scope="session")
def cv() -> CvDocument:
    return read_cv((DEMO / "cv" / "Alex_Morgan_CV.docx").read_bytes())


@pytest.fixture(scope="session")
def posting() -> Job:
    data = (DEMO / "postings" / "greenhouse_tasmanwave_jobs.json").read_bytes()
    return next(j for j in parse_any(data, "greenhouse_tasmanwave_jobs.json") if j.title == "Senior Data Engineer")
