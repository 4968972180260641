"""config/agents.yaml: per pipeline stage, which engine runs it and how; LLM prices, budgets and pacing."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from app.config.search import Strict

ProviderName = Literal["auto", "offline", "anthropic", "openai"]


class StageConfig(Strict):
    provider: ProviderName = Field(
        "auto",
        description="auto (anthropic when ANTHROPIC_API_KEY is set, else offline), offline (no model: the "
        "deterministic engine), anthropic, or openai (any OpenAI-compatible endpoint)",
    )
    model: str | None = Field(
        None, description="model name for the provider; empty = the provider's default_model below"
    )
    max_output_tokens: int = Field(2000, ge=1, description="upper bound of the answer's length, in tokens")
    batch: bool = Field(
        False, description="allow the half-price Message Batches path for non-urgent runs (anthropic only)"
    )


class CoverLetterConfig(StageConfig):
    word_limit: int = Field(350, description="most words in the cover letter's body")
    tone: Literal["warm", "formal", "direct"] = Field("warm", description="tone of the cover letter")
    min_words: int = Field(
        120,
        ge=0,
        description="fewest words the letter's body may keep after the fact gate "
        "removed sentences; a shorter letter goes to a person (pending)",
    )


class TailorConfig(StageConfig):
    max_bullets_per_role: int = Field(6, description="most bullets kept under one role")
    max_skills: int = Field(20, description="most skills listed")


class ModelPrice(Strict):
    """USD per million tokens of one model, as its provider publishes them."""

    provider: Literal["anthropic", "openai"] = Field(description="the provider serving the model")
    model: str = Field(description="the model name, exactly as configured for a stage")
    input: float = Field(description="USD per million uncached input tokens")
    output: float = Field(description="USD per million output tokens")
    cache_write: float = Field(0.0, description="USD per million tokens written to the prompt cache (5-min TTL)")
    cache_read: float = Field(0.0, description="USD per million tokens read from the prompt cache")
    batch_discount: float = Field(
        0.5, ge=0, le=1, description="fraction of the price paid through the batch API (0.5 = half price)"
    )


def _default_prices() -> list[ModelPrice]:
    # Anthropic's published rates in November 2026 (platform.claude.com pricing and model pages).
    # Sonnet 5.5's cache-read rate was cut from 0.20 to 0.10 on 2026-10-07. Verify before billing.
    rows = [
        ("claude-sonnet-5-5", 2.0, 10.0, 2.5, 0.10),
        ("claude-sonnet-5", 2.0, 10.0, 2.5, 0.20),
        ("claude-opus-5-5", 4.0, 20.0, 5.0, 0.40),
        ("claude-opus-5", 5.0, 25.0, 6.25, 0.50),
        ("claude-haiku-4-5", 1.0, 5.0, 1.25, 0.10),
    ]
    return [
        ModelPrice(provider="anthropic", model=m, input=i, output=o, cache_write=w, cache_read=r)
        for m, i, o, w, r in rows
    ]


class ProviderConfig(Strict):
    """Connection, pacing and retry settings of one provider."""

    default_model: str = Field(description="model used by a stage that names none")
    base_url: str | None = Field(
        None, description="endpoint; empty = the SDK default or the *_BASE_URL environment setting"
    )
    timeout_seconds: float = Field(60.0, gt=0, description="per-request timeout")
    connect_timeout_seconds: float = Field(5.0, gt=0, description="time allowed to open a connection")
    requests_per_minute: int = Field(50, ge=1, description="requests allowed per window, shared by all workers")
    tokens_per_minute: int = Field(
        400_000, ge=1, description="input + output tokens allowed per window, shared by all workers"
    )
    window_seconds: int = Field(
        60, ge=1, description="length of the pacing window (60 = per minute; smaller only for benchmarks)"
    )
    max_attempts: int = Field(
        4, ge=1, description="tries per call on 429, 529, 5xx and timeouts (1 = no retry); the SDK never retries"
    )
    backoff_base_seconds: float = Field(1.0, gt=0, description="first backoff pause; doubles per retry")
    backoff_cap_seconds: float = Field(30.0, gt=0, description="longest pause between two tries")
    max_wait_seconds: float = Field(
        120.0, gt=0, description="longest a call waits for the pacer before giving up with an error"
    )


def _anthropic() -> ProviderConfig:
    return ProviderConfig(default_model="claude-sonnet-5-5")


def _openai() -> ProviderConfig:
    return ProviderConfig(default_model="gpt-5.5-mini", requests_per_minute=60, tokens_per_minute=200_000)


class ProvidersConfig(Strict):
    anthropic: ProviderConfig = Field(default_factory=_anthropic, description="Anthropic (Claude)")
    openai: ProviderConfig = Field(
        default_factory=_openai, description="any OpenAI-compatible endpoint (OpenAI, Ollama, llama.cpp, vLLM)"
    )


class BudgetConfig(Strict):
    per_job_usd: float = Field(0.50, ge=0, description="most one job may spend on LLM calls (0 = no calls)")
    per_day_usd: float = Field(5.00, ge=0, description="most all jobs together may spend per UTC day")


class CacheConfig(Strict):
    enabled: bool = Field(True, description="reuse earlier answers to the same prompt: a re-run makes no call")
    ttl_days: int = Field(30, ge=1, description="how long an answer is kept in the cache")


class AgentsConfig(Strict):
    match: StageConfig = Field(default_factory=StageConfig, description="the optional LLM fit assessment")
    tailor: TailorConfig = Field(default_factory=TailorConfig, description="CV tailoring")
    cover_letter: CoverLetterConfig = Field(default_factory=CoverLetterConfig, description="the cover letter")
    review: StageConfig = Field(default_factory=StageConfig, description="the document review")
    journey: StageConfig = Field(
        default_factory=StageConfig,
        description="after applying: drafts of application-form answers (sensitive questions never go to a model)",
    )
    approval_mode: bool = Field(True, description="ask the seeker before anything is sent")
    dry_run: bool = Field(False, description="prepare documents but never send")
    export_pdf: bool = Field(True, description="also write PDFs when LibreOffice is installed")
    providers: ProvidersConfig = Field(
        default_factory=ProvidersConfig, description="per provider: default model, endpoint, pacing, retries"
    )
    prices: list[ModelPrice] = Field(
        default_factory=_default_prices,
        description="USD per million tokens per provider and model; a model missing here costs 0 (local models)",
    )
    budgets: BudgetConfig = Field(default_factory=BudgetConfig, description="spending limits, checked before a call")
    cache: CacheConfig = Field(default_factory=CacheConfig, description="the answer cache")

    def price(self, provider: str, model: str) -> ModelPrice | None:
        """The price row of one model, or None for an unpriced (local) model."""
        return next((p for p in self.prices if p.provider == provider and p.model == model), None)

    def stage(self, name: str) -> StageConfig:
        """The configuration of one stage: match, tailor, cover_letter, review or journey."""
        if name not in STAGES:
            raise KeyError(f"unknown stage {name!r}; expected one of {', '.join(STAGES)}")
        stages: dict[str, StageConfig] = {
            "match": self.match,
            "tailor": self.tailor,
            "cover_letter": self.cover_letter,
            "review": self.review,
            "journey": self.journey,
        }
        return stages[name]


STAGES = ("match", "tailor", "cover_letter", "review", "journey")
