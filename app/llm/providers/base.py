"""What every provider implements: one structured call, with transient failures told apart."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

from pydantic import BaseModel

from app.errors import FatalProviderError, TransientProviderError

Role = Literal["user", "assistant"]


@dataclass(frozen=True)
class ProviderRequest:
    """One call: a cacheable prefix, the conversation so far, and the answer's schema."""

    model: str
    prefix: tuple[str, ...]
    messages: tuple[tuple[Role, str], ...]
    schema: type[BaseModel]
    max_tokens: int
    prompt_caching: bool = True


@dataclass(frozen=True)
class ProviderReply:
    """The raw text of an answer and the token counts the provider reported for it."""

    text: str
    input_tokens: int = 0
    output_tokens: int = 0
    cache_write_tokens: int = 0
    cache_read_tokens: int = 0
    truncated: bool = False
    stop_reason: str = ""
    extra: dict[str, str] = field(default_factory=dict)


class Provider(Protocol):
    """A model provider reached through its official SDK, with the SDK's own retries off."""

    name: str

    def complete(self, request: ProviderRequest) -> ProviderReply: ...


def retry_after_seconds(headers: object) -> float | None:
    """`retry-after-ms` or `retry-after` (seconds) from a response's headers, when present."""
    get = getattr(headers, "get", None)
    if get is None:
        return None
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = get(name)
        if value:
            try:
                return max(0.0, float(value) * scale)
            except ValueError:
                continue
    return None


def status_error(status: int, headers: object, refused: str | None = None) -> Exception:
    """An HTTP error answer of either provider as a transient (retry) or fatal provider error."""
    after = retry_after_seconds(headers)
    if status == 429:
        return TransientProviderError("rate_limited", "429 too many requests", retry_after=after)
    if status == 529:  # Anthropic's "overloaded"
        return TransientProviderError("overloaded", "529 overloaded", retry_after=after)
    if status >= 500 or status in (408, 409):
        return TransientProviderError(f"http_{status}", f"server error {status}", retry_after=after)
    return FatalProviderError(f"http_{status}", refused or f"request refused with {status}")
