"""LLM providers by short name: anthropic, openai (any compatible endpoint); offline has none."""

from __future__ import annotations

from app.llm.providers.base import (
    FatalProviderError,
    Provider,
    ProviderReply,
    ProviderRequest,
    TransientProviderError,
)

__all__ = ["FatalProviderError", "Provider", "ProviderReply", "ProviderRequest", "TransientProviderError"]
