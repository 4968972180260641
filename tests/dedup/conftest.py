"""Fixtures for de-duplication tests: every fixture posting, parsed."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.domain.models import Job
from app.sources.discover import parse_any

POSTINGS = Path(__file__).resolve().parents[1] / "fixtures" / "postings"


@pytest.fixture
def fixture_jobs() -> list[Job]:
    return [job for path in sorted(POSTINGS.iterdir()) for job in parse_any(path.read_bytes(), path.name)]
