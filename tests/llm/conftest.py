"""Fixtures: the fake provider on loopback, a real redis-server of our own, and gateways wired to them."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import redis

from app.config.agents import AgentsConfig
from app.domain.models import Usage
from app.llm import LLMGateway
from app.settings import Settings
from app.testing import samples
from app.testing.fake_llm import FakeLLMServer

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A redis-server started for these tests on a free port (never the shared one on 6379)."""
    port = _free_port()
    workdir = tmp_path_factory.mktemp("redis")
    proc = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(workdir)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if time.monotonic() > deadline:
                proc.kill()
                raise
            time.sleep(0.05)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.flushdb()


@pytest.fixture
def fake() -> Iterator[FakeLLMServer]:
    with FakeLLMServer(answers=dict(samples.ANSWERS)) as server:
        yield server


def agents_config(provider: str = "anthropic", **overrides: Any) -> AgentsConfig:
    """Every stage on `provider`; fast pacing and retries for tests; overrides merge into the YAML data."""
    data: dict[str, Any] = {stage: {"provider": provider} for stage in ("match", "tailor", "cover_letter", "review")}
    fast = {"timeout_seconds": 2.0, "backoff_base_seconds": 0.02, "backoff_cap_seconds": 0.2,
            "max_wait_seconds": 10.0, "requests_per_minute": 10_000, "tokens_per_minute": 100_000_000}
    data["providers"] = {"anthropic": {"default_model": "claude-sonnet-5-5", **fast},
                         "openai": {"default_model": "local-model", **fast}}
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
    return Settings(_env_file=None, ANTHROPIC_API_KEY="test-key", ANTHROPIC_BASE_URL=fake.url,  # type: ignore[call-arg]
                    OPENAI_API_KEY="test-key", OPENAI_BASE_URL=f"{fake.url}/v1", CACHE_DIR=cache_dir,
                    REDIS_URL=redis_url)


class Recorder:
    """Collects every paid call's usage, as the worker's event emitter would."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Usage]] = []

    def __call__(self, job_id: str, usage: Usage) -> None:
        self.calls.append((job_id, usage))


@pytest.fixture
def make_gateway(fake: FakeLLMServer, tmp_path: Path) -> Callable[..., tuple[LLMGateway, Recorder]]:
    def build(provider: str = "anthropic", redis_url: str | None = None, agents: AgentsConfig | None = None,
              **kwargs: Any) -> tuple[LLMGateway, Recorder]:
        recorder = Recorder()
        gateway = LLMGateway.from_settings(settings_for(fake, tmp_path / "cache", redis_url),
                                           agents or agents_config(provider), on_usage=recorder, **kwargs)
        return gateway, recorder

    return build
