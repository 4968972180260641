"""config/platforms.yaml: discovery sources, their parameters, rate limits and schedule."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from app.config.search import Strict


class SourceConfig(Strict):
    name: str = Field(description="a short name for this source, unique in the file")
    type: str = Field(
        description="the source kind: greenhouse, lever, ashby, workable, smartrecruiters, recruitee, remotive, "
        "remoteok, himalayas, hackernews, workday, alerts, rss, page or text (see docs/discovery.md for params)"
    )
    enabled: bool = Field(True, description="run this source on the schedule")
    params: dict[str, Any] = Field(
        default_factory=dict,
        description="source parameters, e.g. {board: tasmanwave} for greenhouse, {site: x, region: eu} for lever, "
        "{url: ...} for rss and page; `base_url` overrides the API host; `company` sets the display name",
    )
    every_hours: float = Field(6.0, description="how often discovery runs for this source")
    requests_per_minute: int = Field(30, ge=0, description="politeness limit for this source (0: no spacing)")
    timeout_seconds: float = Field(20.0, gt=0, description="per-request timeout")
    retries: int = Field(1, ge=0, le=5, description="retries of a 429/503 answer whose Retry-After is short")
    max_retry_wait_seconds: float = Field(
        10.0, ge=0, description="the longest Retry-After honoured by waiting; longer ones fail the run"
    )


class PlatformsConfig(Strict):
    user_agent: str = Field(
        "jobsmith/0.1 (+self-hosted job-application assistant)",
        description="the identifying User-Agent sent to every source",
    )
    schedule_enabled: bool = Field(False, description="run discovery on a schedule in `jobsmith up`")
    sources: list[SourceConfig] = Field(default_factory=list, description="the discovery sources")
