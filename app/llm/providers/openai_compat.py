"""Any OpenAI-compatible endpoint (OpenAI, Ollama, llama.cpp, vLLM, OpenRouter) via the `openai` SDK."""

from __future__ import annotations

import logging
from functools import cached_property
from typing import Any

import openai
from openai.lib._pydantic import to_strict_json_schema  # the SDK's own strict-schema helper
from openai.types.chat import ChatCompletionMessageParam
from openai.types.shared_params import ResponseFormatJSONSchema

from app.errors import TransientProviderError
from app.llm.providers.base import (
    ProviderReply,
    ProviderRequest,
    Role,
    status_error,
)

log = logging.getLogger(__name__)


def response_format_for(schema: type[Any]) -> ResponseFormatJSONSchema:
    return {
        "type": "json_schema",
        "json_schema": {"name": schema.__name__, "schema": to_strict_json_schema(schema), "strict": True},
    }


def _message(role: Role, text: str) -> ChatCompletionMessageParam:
    if role == "user":
        return {"role": "user", "content": text}
    return {"role": "assistant", "content": text}


class OpenAICompatProvider:
    """Chat completions with `response_format` json_schema (strict). Prefix caching is the server's own."""

    name = "openai"

    def __init__(self, *, api_key: str | None, base_url: str | None, timeout: float, connect_timeout: float) -> None:
        # Local servers (Ollama, llama.cpp) need no key, but the SDK insists on one.
        self._api_key, self._base_url = api_key or "unused-local-endpoint", base_url
        self._timeout = openai.Timeout(timeout, connect=connect_timeout)

    @cached_property
    def client(self) -> openai.OpenAI:
        return openai.OpenAI(api_key=self._api_key, base_url=self._base_url, max_retries=0, timeout=self._timeout)

    def complete(self, request: ProviderRequest) -> ProviderReply:
        messages: list[ChatCompletionMessageParam] = [{"role": "system", "content": "\n\n".join(request.prefix)}]
        messages += [_message(role, text) for role, text in request.messages]
        try:
            completion = self.client.chat.completions.create(
                model=request.model,
                messages=messages,
                response_format=response_format_for(request.schema),
                max_completion_tokens=request.max_tokens,
            )
        except Exception as exc:
            raise translate(exc) from exc
        if not completion.choices:
            raise TransientProviderError("empty", "the answer had no choices")
        choice = completion.choices[0]
        usage = completion.usage
        details = usage.prompt_tokens_details if usage else None
        cached = (details.cached_tokens or 0) if details else 0
        written = (details.cache_write_tokens or 0) if details else 0
        prompt = usage.prompt_tokens if usage else 0
        return ProviderReply(
            text=choice.message.content or "",
            input_tokens=max(0, prompt - cached - written),
            output_tokens=usage.completion_tokens if usage else 0,
            cache_write_tokens=written,
            cache_read_tokens=cached,
            truncated=choice.finish_reason == "length",
            stop_reason=choice.finish_reason or "",
        )


def translate(exc: Exception) -> Exception:
    if isinstance(exc, openai.APITimeoutError):
        return TransientProviderError("timeout", "the request timed out")
    if isinstance(exc, openai.APIConnectionError):
        return TransientProviderError("connection", "could not reach the provider")
    if isinstance(exc, openai.APIStatusError):
        return status_error(exc.status_code, exc.response.headers)
    return exc
