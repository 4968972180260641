"""The LLM layer: providers (Anthropic, OpenAI-compatible, offline), cache, usage ledger, pacing.

Only this package talks to a model. The pipeline calls `LLMGateway.ask` with a prompt built by a pure
function in `app.llm.prompts` and a Pydantic schema, and gets a validated `Answer` or a typed error.
"""

from __future__ import annotations

from app.llm.gateway import LLMGateway, Route
from app.llm.prompts import build_cover_letter_prompt, build_fit_prompt, build_review_prompt, build_tailor_prompt
from app.llm.types import Answer, InvalidAnswer, Prompt, ProviderUnavailable, StageOffline

__all__ = [
    "Answer",
    "InvalidAnswer",
    "LLMGateway",
    "Prompt",
    "ProviderUnavailable",
    "Route",
    "StageOffline",
    "build_cover_letter_prompt",
    "build_fit_prompt",
    "build_review_prompt",
    "build_tailor_prompt",
]
