"""The gateway's value types: a prompt, an answer, and the typed errors of an LLM call."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Generic, TypeVar

from pydantic import BaseModel

from app.domain.models import Usage

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
