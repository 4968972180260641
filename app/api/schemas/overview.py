"""The UI's one read for banner, pipeline, board and charts (app/api/overview.py)."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class Banner(BaseModel):
    dry_run: bool
    approval_mode: bool
    mail_configured: bool = Field(description="SMTP_SERVER and SENDER_EMAIL are set")
    demo: bool = Field(description="the app runs on the bundled demo CV")
    budget_per_day: float = Field(description="USD; 0 = no limit")
    spent_today: float = Field(description="USD")
    budget_reached: bool
    config_error: str | None = Field(description="why the configuration could not be read, if it could not")


class StageLoad(BaseModel):
    """Jobs in one status and how long they have waited there."""

    status: str
    jobs: int
    median_minutes: float | None
    oldest_minutes: float | None


class BoardCard(BaseModel):
    id: str
    status: str
    title: str
    company: str
    updated_at: datetime
    status_reason: str | None
    notes: str | None = Field(description="the newest outcome's notes")


class WeekFunnel(BaseModel):
    """Per source and ISO week of discovery."""

    source: str
    week: str = Field(description="the week's Monday, YYYY-MM-DD")
    found: int
    matched: int
    approved: int
    applied: int


class DayCost(BaseModel):
    day: str = Field(description="YYYY-MM-DD")
    cost: float = Field(description="USD")
    calls: int


class CostTotals(BaseModel):
    today: float
    month: float
    all_time: float


class Overview(BaseModel):
    banner: Banner
    counts: dict[str, int] = Field(description="status -> jobs")
    pipeline: list[StageLoad]
    board: list[BoardCard]
    funnel: list[WeekFunnel]
    cost_by_day: list[DayCost]
    cost_totals: CostTotals


class Cursor(BaseModel):
    cursor: str = Field(description="changes whenever anything the UI shows changes")
