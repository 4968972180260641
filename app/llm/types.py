"""The gateway's value types: a prompt, an answer, and the typed errors of an LLM call."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Generic, TypeVar

from pydantic import BaseModel

from app.domain.models import Usage
from app.errors import ProviderError

T = TypeVar("T", bound=BaseModel)


@dataclass(frozen=True)
class Prompt:
    """One request to a model, built by a pure function in `app.llm.prompts`.

    `prefix` is the stable part, in blocks (shared rules and the seeker's facts and criteria, then the
    stage's instructions): the same for every job of one seeker, so each block ends a prompt-cache
    breakpoint. `user` holds the per-job part, with the posting inside a delimited untrusted-data block.
    """

    prefix: tuple[str, ...]
    user: str

    @property
    def system(self) -> str:
        return "\n\n".join(self.prefix)

    def digest(self) -> str:
        return hashlib.sha256(json.dumps([list(self.prefix), self.user]).encode()).hexdigest()


@dataclass(frozen=True)
class Answer(Generic[T]):
    """A validated answer, the usage it cost (cached=True and zero cost when from the cache), and the raw text."""

    value: T
    usage: Usage
    raw: str
    attempts: int = 1  # 0 = from the cache, 2 = after the repair attempt


class InvalidAnswer(ProviderError):
    """The model's answer did not validate, even after one repair attempt. `raw` keeps the last answer.

    The pipeline puts the job in `pending` with this message and keeps `raw` for a person to read.
    """

    status_code = 422

    def __init__(self, stage: str, message: str, *, raw: str, errors: list[str], usage: list[Usage]) -> None:
        super().__init__(message, detail={"stage": stage, "raw": raw, "errors": errors})
        self.stage, self.raw, self.errors, self.usage = stage, raw, errors, usage


class ProviderUnavailable(ProviderError):
    """The provider kept failing (rate limits, overload, server errors, timeouts) after every retry."""

    def __init__(self, stage: str, message: str, *, attempts: int, usage: list[Usage] | None = None) -> None:
        super().__init__(message, detail={"stage": stage, "attempts": attempts})
        self.stage, self.attempts, self.usage = stage, attempts, usage or []


class StageOffline(ProviderError):
    """The stage has no model (provider offline, or no key): the caller uses the deterministic engine."""

    status_code = 409
