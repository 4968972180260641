"""Fixtures for matching tests: the demo seeker's criteria and every fixture posting, parsed."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from app.config.search import SearchConfig
from app.domain.models import Job
from app.sources.discover import parse_any

ROOT = Path(__file__).resolve().parents[2]
POSTINGS = ROOT / "tests" / "fixtures" / "postings"


@pytest.fixture(scope="session")
def alex() -> SearchConfig:
    data = yaml.safe_load((ROOT / "app/demo/config/search.yaml").read_text(encoding="utf-8"))
    return SearchConfig.model_validate(data)


@pytest.fixture(scope="session")
def fixture_jobs() -> list[Job]:
    return [job for path in sorted(POSTINGS.iterdir()) for job in parse_any(path.read_bytes(), path.name)]
