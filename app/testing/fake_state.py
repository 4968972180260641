"""The fake provider's state: answers per schema, faults on demand, prompt-cache and usage accounting."""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

FAULT_KINDS = ("429", "529", "500", "timeout", "malformed", "truncate")
Answerer = Callable[["FakeRequest"], Any]
"""From a request to an answer: a dict/list (sent as JSON) or a str (sent verbatim, e.g. broken JSON)."""


@dataclass
class FakeRequest:
    """What an answerer sees of one call."""

    api: str  # "anthropic" or "openai"
    model: str
    schema_name: str
    system: str
    messages: list[dict[str, str]]
    max_tokens: int

    @property
    def last_user(self) -> str:
        users = [m["content"] for m in self.messages if m["role"] == "user"]
        return users[-1] if users else ""

    @property
    def is_repair(self) -> bool:
        return any(m["role"] == "assistant" for m in self.messages)

    @property
    def text(self) -> str:
        return self.system + "\n" + "\n".join(m["content"] for m in self.messages)


_PIECES = re.compile(r" ?[^\W\d_]+| ?\d+| ?[^\w\s]+|\s+")


def tokens(text: str) -> int:
    """The fake's tokenizer, shaped like a byte-pair encoder's pieces rather than a flat characters ratio.

    A word (with its leading space) is one token up to six letters and one more per six after that; digits
    go three to a token; a run of punctuation is a token per two characters (JSON's `": "` costs what it
    does in a real encoder); a run of whitespace is one. English prose comes to about 1.3 tokens a word,
    JSON to about a token per three characters, as providers' own counters show.
    """
    count = 0
    for piece in _PIECES.findall(text):
        body = piece.strip()
        if not body:
            count += 1
        elif body[0].isdigit():
            count += math.ceil(len(body) / 3)
        elif body[0].isalpha():
            count += math.ceil(len(body) / 6)
        else:
            count += math.ceil(len(body) / 2)
    return count


@dataclass
class FakeState:
    answers: dict[str, Answerer | Any] = field(default_factory=dict)
    latency: float = 0.0  # seconds before every answer (time to first token)
    output_tokens_per_second: float = 0.0  # > 0: an answer also takes its output tokens / this rate, as streaming
    fault_rate: float = 0.0
    fault_kinds: tuple[str, ...] = FAULT_KINDS
    seed: int = 0
    retry_after: float = 0.05
    timeout_sleep: float = 3.0
    min_cache_tokens: int = 1024
    cache_ttl: float = 300.0
    rate_limit: tuple[int, float] | None = None  # (requests, per seconds), moving window
    batch_delay: float = 0.2
    usage_override: dict[str, int] | None = None  # fixed usage figures, e.g. {"output_tokens": 500}

    def __post_init__(self) -> None:
        self.lock = threading.Lock()
        self.rng = random.Random(self.seed)
        self.queued: deque[str] = deque()
        self.stats: Counter[str] = Counter()
        self.usage_log: list[dict[str, Any]] = []
        self._prompt_cache: dict[str, float] = {}
        self._window: deque[float] = deque()
        self.batches: dict[str, dict[str, Any]] = {}

    # -- faults and limits -------------------------------------------------------------------------

    def next_fault(self) -> str | None:
        with self.lock:
            if self.queued:
                return self.queued.popleft()
            if self.fault_rate and self.rng.random() < self.fault_rate:
                return self.rng.choice(self.fault_kinds)
            return None

    def rate_limited(self) -> float | None:
        """Seconds to wait when the server's own limit is reached, else None (and the request counts)."""
        if not self.rate_limit:
            return None
        amount, per = self.rate_limit
        now = time.time()
        with self.lock:
            while self._window and self._window[0] <= now - per:
                self._window.popleft()
            if len(self._window) >= amount:
                return max(0.001, self._window[0] + per - now)
            self._window.append(now)
            return None

    def count(self, *names: str) -> None:
        with self.lock:
            for name in names:
                self.stats[name] += 1

    # -- answers -----------------------------------------------------------------------------------

    def answer(self, req: FakeRequest) -> str:
        spec = self.answers.get(req.schema_name, self.answers.get("*"))
        if spec is None:
            raise KeyError(f"no fake answer configured for schema {req.schema_name!r}")
        value = spec(req) if callable(spec) else spec
        return value if isinstance(value, str) else json.dumps(value)

    # -- usage -------------------------------------------------------------------------------------

    def prompt_cache(self, model: str, blocks: list[tuple[str, bool]]) -> tuple[int, int, int]:
        """(cache_read, cache_write, uncached) tokens of the system blocks; (text, has_breakpoint) each.

        Like the real API: the longest cached breakpoint prefix is read; the prefix up to the last
        breakpoint is written; prefixes shorter than `min_cache_tokens` are not cached.
        """
        now = time.time()
        read = write_upto = 0
        running, digest = 0, hashlib.sha256(model.encode())
        total = sum(tokens(t) for t, _ in blocks)
        with self.lock:
            for text, breakpoint_ in blocks:
                digest.update(text.encode())
                running += tokens(text)
                if not breakpoint_ or running < self.min_cache_tokens:
                    continue
                key = digest.hexdigest()
                if self._prompt_cache.get(key, 0) > now:
                    read = running
                write_upto = running
                self._prompt_cache[key] = now + self.cache_ttl
        write = max(0, write_upto - read)
        return read, write, total - read - write

    def record_usage(self, api: str, model: str, usage: dict[str, int], batch: bool = False, schema: str = "") -> None:
        """Log the usage reported for one answer (after `usage_override`, which the caller applies)."""
        with self.lock:
            self.usage_log.append(
                {"api": api, "model": model, "batch": batch, "schema": schema, "at": time.time(), **usage}
            )

    def snapshot(self) -> dict[str, Any]:
        with self.lock:
            return {"counts": dict(self.stats), "usage": list(self.usage_log)}

    def reset(self) -> None:
        with self.lock:
            self.stats.clear()
            self.usage_log.clear()
            self.queued.clear()
            self._prompt_cache.clear()
            self._window.clear()
