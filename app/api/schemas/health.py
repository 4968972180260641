"""Health and configuration reload (app/api/health.py)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Check(BaseModel):
    model_config = ConfigDict(extra="allow")  # each check adds its own details (path, error, file...)

    ok: bool


class HealthReport(BaseModel):
    ok: bool = Field(description="every check but `templates` passed (HTTP 200; otherwise 503)")
    checks: dict[str, Check] = Field(description="database, queue, configuration, templates, ...")


class ConfigReloaded(BaseModel):
    ok: bool
    dir: str = Field(description="the configuration folder read")
