"""config/platforms.yaml: discovery sources, their parameters, rate limits and schedule."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from app.config.search import Strict


class SourceConfig(Strict):
    name: str = Field(description="a short name for this source, unique in the file")
    type: str = Field(description="the source kind, e.g. greenhouse, lever, ashby, remotive, rss, page")
    enabled: bool = Field(True, description="run this source on the schedule")
    params: dict[str, Any] = Field(default_factory=dict, description="source parameters, e.g. board token")
    every_hours: float = Field(6.0, description="how often discovery runs for this source")
    requests_per_minute: int = Field(30, description="politeness limit for this source")
    timeout_seconds: float = Field(20.0, description="per-request timeout")


class PlatformsConfig(Strict):
    user_agent: str = Field(
        "jobsmith/0.1 (+self-hosted job-application assistant)",
        description="the identifying User-Agent sent to every source",
    )
    schedule_enabled: bool = Field(False, description="run discovery on a schedule in `jobsmith up`")
    sources: list[SourceConfig] = Field(default_factory=list, description="the discovery sources")
