"""The LLM layer: providers (Anthropic, OpenAI-compatible, offline), cache, usage ledger, pacing.

Only this package talks to a model. The pipeline calls `LLMGateway.ask` with a prompt built by a pure
function in `app.llm.prompts` and a Pydantic schema, and gets a validated `Answer` or a typed error.
Importing the package stays pure: the gateway (and with it the SDKs, Redis and `limits`) loads on first
use of `LLMGateway` or `Route`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.llm.prompts import build_cover_letter_prompt, build_fit_prompt, build_review_prompt, build_tailor_prompt
from app.llm.types import Answer, Prompt

if TYPE_CHECKING:
    from app.llm.gateway import LLMGateway, Route

__all__ = [
    "Answer",
    "LLMGateway",
    "Prompt",
    "Route",
    "build_cover_letter_prompt",
    "build_fit_prompt",
    "build_review_prompt",
    "build_tailor_prompt",
]


def __getattr__(name: str) -> Any:
    if name in ("LLMGateway", "Route"):
        from app.llm import gateway

        return getattr(gateway, name)
    raise AttributeError(f"module 'app.llm' has no attribute {name!r}")
