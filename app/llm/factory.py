"""Build an `LLMGateway` from the environment settings and agents.yaml (no I/O until the first call)."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable
from typing import Any

from app.config.agents import STAGES, AgentsConfig
from app.domain.models import Usage
from app.llm.cache import AnswerCache, DiskCache, NoCache, RedisCache
from app.llm.gateway import LLMGateway, Route
from app.llm.ledger import Budget, Counters, MemoryCounters, RedisCounters
from app.llm.limiter import Pacer, storage_for
from app.llm.providers.base import Provider

log = logging.getLogger(__name__)


def _secret(value: Any) -> str | None:
    if value is None:
        return None
    return value.get_secret_value() if hasattr(value, "get_secret_value") else str(value)


def resolve_routes(settings: Any, agents: AgentsConfig) -> dict[str, Route | None]:
    """Per stage, the provider and model that answer it, or None for the deterministic engine."""
    anthropic_key = _secret(settings.ANTHROPIC_API_KEY)
    openai_ready = bool(
        _secret(settings.OPENAI_API_KEY) or settings.OPENAI_BASE_URL or agents.providers.openai.base_url
    )
    routes: dict[str, Route | None] = {}
    for stage in STAGES:
        cfg = agents.stage(stage)
        provider = cfg.provider
        if provider == "auto":
            provider = "anthropic" if anthropic_key else "offline"
        ready = {"anthropic": bool(anthropic_key), "openai": openai_ready}.get(provider, False)
        if provider != "offline" and not ready:
            log.warning("llm.stage_offline stage=%s provider=%s reason=no key or endpoint", stage, provider)
        if provider == "offline" or not ready:
            routes[stage] = None
            continue
        model = cfg.model or getattr(agents.providers, provider).default_model
        routes[stage] = Route(provider=provider, model=model, max_tokens=cfg.max_output_tokens)
    return routes


def provider_factories(settings: Any, agents: AgentsConfig) -> dict[str, Callable[[], Provider]]:
    """Constructors of the SDK-backed providers; the environment's base URL wins over agents.yaml."""

    def anthropic() -> Provider:
        from app.llm.providers.anthropic import AnthropicProvider

        cfg = agents.providers.anthropic
        return AnthropicProvider(
            api_key=_secret(settings.ANTHROPIC_API_KEY) or "",
            base_url=settings.ANTHROPIC_BASE_URL or cfg.base_url,
            timeout=cfg.timeout_seconds,
            connect_timeout=cfg.connect_timeout_seconds,
        )

    def openai() -> Provider:
        from app.llm.providers.openai_compat import OpenAICompatProvider

        cfg = agents.providers.openai
        return OpenAICompatProvider(
            api_key=_secret(settings.OPENAI_API_KEY),
            base_url=settings.OPENAI_BASE_URL or cfg.base_url,
            timeout=cfg.timeout_seconds,
            connect_timeout=cfg.connect_timeout_seconds,
        )

    return {"anthropic": anthropic, "openai": openai}


def build_gateway(
    settings: Any,
    agents: AgentsConfig,
    *,
    redis_client: Any = None,
    on_usage: Callable[[str, Usage], None] | None = None,
    prompt_caching: bool = True,
    sleep: Callable[[float], None] = time.sleep,
) -> LLMGateway:
    """The gateway: with REDIS_URL, cache, budget counters and pacing are shared by every worker."""
    redis_url = settings.REDIS_URL
    ttl = agents.cache.ttl_days * 24 * 3600
    counters: Counters
    cache: AnswerCache
    if redis_url:
        if redis_client is None:
            import redis

            redis_client = redis.Redis.from_url(redis_url)  # connects on first command, not here
        counters = RedisCounters(redis_client)
        cache = RedisCache(redis_client, ttl)
    else:
        counters = MemoryCounters()
        cache = DiskCache(settings.CACHE_DIR, ttl)
    if not agents.cache.enabled:
        cache = NoCache()
    storage = storage_for(redis_url)
    pacers = {name: Pacer(name, getattr(agents.providers, name), storage) for name in ("anthropic", "openai")}
    return LLMGateway(
        agents,
        routes=resolve_routes(settings, agents),
        providers=provider_factories(settings, agents),
        pacers=pacers,
        budget=Budget(agents, counters),
        cache=cache,
        on_usage=on_usage,
        prompt_caching=prompt_caching,
        sleep=sleep,
    )


@functools.cache
def _gateway(agents_json: str) -> LLMGateway:
    from app.settings import get_settings

    return LLMGateway.from_settings(get_settings(), AgentsConfig.model_validate_json(agents_json))


def gateway_for(agents: AgentsConfig) -> LLMGateway:
    """The process's gateway for this agents config (one per distinct config; built on first use)."""
    return _gateway(agents.model_dump_json())
