"""Claude through the official `anthropic` SDK: structured output and prompt caching."""

from __future__ import annotations

import logging
from functools import cached_property
from typing import Any

import anthropic
from anthropic import transform_schema
from anthropic.types import CacheControlEphemeralParam, MessageParam, TextBlockParam
from anthropic.types.message_create_params import MessageCreateParamsNonStreaming

from app.errors import TransientProviderError
from app.llm.providers.base import (
    ProviderReply,
    ProviderRequest,
    Role,
    status_error,
)

log = logging.getLogger(__name__)

CACHE_CONTROL: CacheControlEphemeralParam = {"type": "ephemeral"}


def json_schema_for(schema: type[Any]) -> dict[str, Any]:
    """The schema as Anthropic's structured output accepts it (the SDK's own transform)."""
    return transform_schema(schema.model_json_schema())


def _message(role: Role, text: str) -> MessageParam:
    if role == "user":
        return {"role": "user", "content": text}
    return {"role": "assistant", "content": text}


def message_params(request: ProviderRequest) -> MessageCreateParamsNonStreaming:
    """The body of a Messages API call (shared by the direct and the batch path)."""
    system: list[TextBlockParam] = []
    for block in request.prefix:
        item: TextBlockParam = {"type": "text", "text": block}
        if request.prompt_caching:
            item["cache_control"] = {**CACHE_CONTROL}
        system.append(item)
    messages = [_message(role, text) for role, text in request.messages]
    return {
        "model": request.model,
        "max_tokens": request.max_tokens,
        "system": system,
        "messages": messages,
        "output_config": {"format": {"type": "json_schema", "schema": json_schema_for(request.schema)}},
    }


def reply_from_message(message: Any) -> ProviderReply:
    """Text and usage of a `Message` (direct call or a batch result)."""
    text = "".join(b.text for b in message.content if getattr(b, "type", "") == "text")
    usage = message.usage
    return ProviderReply(
        text=text,
        input_tokens=usage.input_tokens or 0,
        output_tokens=usage.output_tokens or 0,
        cache_write_tokens=usage.cache_creation_input_tokens or 0,
        cache_read_tokens=usage.cache_read_input_tokens or 0,
        truncated=message.stop_reason == "max_tokens",
        stop_reason=message.stop_reason or "",
    )


class AnthropicProvider:
    """Messages API with `output_config.format` (JSON schema) and `cache_control` on the prefix blocks.

    `messages.create` is used rather than `messages.parse`: `parse` validates inside the SDK and would lose
    the raw text, which the gateway needs for the repair attempt and for the `pending` job.
    """

    name = "anthropic"

    def __init__(self, *, api_key: str, base_url: str | None, timeout: float, connect_timeout: float) -> None:
        self._api_key, self._base_url = api_key, base_url
        self._timeout = anthropic.Timeout(timeout, connect=connect_timeout)

    @cached_property
    def client(self) -> anthropic.Anthropic:
        # max_retries=0: the gateway is the only layer that retries (no retry storms).
        return anthropic.Anthropic(api_key=self._api_key, base_url=self._base_url, max_retries=0, timeout=self._timeout)

    def complete(self, request: ProviderRequest) -> ProviderReply:
        try:
            message = self.client.messages.create(**message_params(request))
        except Exception as exc:
            raise translate(exc) from exc
        return reply_from_message(message)


def translate(exc: Exception) -> Exception:
    """An SDK exception as a transient or fatal provider error."""
    if isinstance(exc, anthropic.APITimeoutError):
        return TransientProviderError("timeout", "the request timed out")
    if isinstance(exc, anthropic.APIConnectionError):
        return TransientProviderError("connection", "could not reach the provider")
    if isinstance(exc, anthropic.APIStatusError):
        return status_error(exc.status_code, exc.response.headers, exc.api_message)
    return exc
