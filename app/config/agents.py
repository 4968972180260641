"""config/agents.yaml: per pipeline stage, which engine runs it and how."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from app.config.search import Strict


class StageConfig(Strict):
    provider: Literal["offline", "anthropic", "openai"] = Field(
        "offline", description="offline (no model), anthropic, or openai (any OpenAI-compatible endpoint)"
    )
    model: str | None = Field(None, description="model name for the provider; names live only in config")
    max_output_tokens: int = Field(2000, description="upper bound of the answer's length")


class CoverLetterConfig(StageConfig):
    word_limit: int = Field(350, description="most words in the cover letter's body")
    tone: Literal["warm", "formal", "direct"] = Field("warm", description="tone of the cover letter")


class TailorConfig(StageConfig):
    max_bullets_per_role: int = Field(6, description="most bullets kept under one role")
    max_skills: int = Field(20, description="most skills listed")


class AgentsConfig(Strict):
    match: StageConfig = Field(default_factory=StageConfig, description="the optional LLM fit assessment")
    tailor: TailorConfig = Field(default_factory=TailorConfig, description="CV tailoring")
    cover_letter: CoverLetterConfig = Field(default_factory=CoverLetterConfig, description="the cover letter")
    review: StageConfig = Field(default_factory=StageConfig, description="the document review")
    approval_mode: bool = Field(True, description="ask the seeker before anything is sent")
    dry_run: bool = Field(False, description="prepare documents but never send")
    export_pdf: bool = Field(True, description="also write PDFs when LibreOffice is installed")
