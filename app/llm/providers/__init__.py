"""LLM providers by short name: anthropic, openai (any compatible endpoint); offline has none."""

from __future__ import annotations

from app.llm.providers.base import Provider, ProviderReply, ProviderRequest

__all__ = ["Provider", "ProviderReply", "ProviderRequest"]
