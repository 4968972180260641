"""Fixtures: the fake provider on loopback and gateways wired to it (Redis: `redis_url` in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.config.agents import AgentsConfig
from app.domain.models import Usage
from app.llm import LLMGateway
from app.settings import Settings
from app.testing import samples
from app.testing.fake_llm import FakeLLMServer


@pytest.fixture
def fake() -> Iterator[FakeLLMServer]:
    with FakeLLMServer(answers=dict(samples.ANSWERS)) as server:
        yield server


def agents_config(provider: str = "anthropic", **overrides: Any) -> AgentsConfig:
    """Every stage on `provider`; fast pacing and retries for tests; overrides merge into the YAML data."""
    data: dict[str, Any] = {stage: {"provider": provider} for stage in ("match", "tailor", "cover_letter", "review")}
    fast = {
        "timeout_seconds": 2.0,
        "backoff_base_seconds": 0.02,
        "backoff_cap_seconds": 0.2,
        "max_wait_seconds": 10.0,
        "requests_per_minute": 10_000,
        "tokens_per_minute": 100_000_000,
    }
    data["providers"] = {
        "anthropic": {"default_model": "claude-sonnet-5-5", **fast},
        "openai": {"default_model": "local-model", **fast},
    }
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            for sub, subvalue in value.items():
                if isinstance(subvalue, dict) and isinstance(data[key].get(sub), dict):
                    data[key][sub] = {**data[key][sub], **subvalue}
                else:
                    data[key][sub] = subvalue
        else:
            data[key] = value
    return AgentsConfig.model_validate(data)


def settings_for(fake: FakeLLMServer, cache_dir: Path, redis_url: str | None = None) -> Settings:
    return Settings(
        _env_file=None,
        ANTHROPIC_API_KEY="test-key",
        ANTHROPIC_BASE_URL=fake.url,  # type: ignore[call-arg]
        OPENAI_API_KEY="test-key",
        OPENAI_BASE_URL=f"{fake.url}/v1",
        CACHE_DIR=cache_dir,
        REDIS_URL=redis_url,
    )


class Recorder:
    """Collects every paid call's usage, as the worker's event emitter would."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Usage]] = []

    def __call__(self, job_id: str, usage: Usage) -> None:
        self.calls.append((job_id, usage))


@pytest.fixture
def make_gateway(fake: FakeLLMServer, tmp_path: Path) -> Callable[..., tuple[LLMGateway, Recorder]]:
    def build(
        provider: str = "anthropic", redis_url: str | None = None, agents: AgentsConfig | None = None, **kwargs: Any
    ) -> tuple[LLMGateway, Recorder]:
        recorder = Recorder()
        gateway = LLMGateway.from_settings(
            settings_for(fake, tmp_path / "cache", redis_url),
            agents or agents_config(provider),
            on_usage=recorder,
            **kwargs,
        )
        return gateway, recorder

    return build
