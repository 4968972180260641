"""Pacing shared by every worker (requests and tokens per window, per provider) and retry backoff.

The windows live in Redis when REDIS_URL is set (the `limits` library's strategies, atomic in Lua), so
four worker processes together stay under the provider's limit; in memory otherwise. Backoff is
exponential with full jitter and a cap, and never shorter than the provider's `retry-after`.
"""

from __future__ import annotations

import logging
import math
import random
import time
from collections.abc import Callable

from limits import RateLimitItemPerSecond
from limits.storage import MemoryStorage, RedisStorage, Storage
from limits.strategies import MovingWindowRateLimiter, SlidingWindowCounterRateLimiter

from app import keys
from app.config.agents import ProviderConfig
from app.errors import PacingTimeout

log = logging.getLogger(__name__)

# Keep a little headroom under the provider's limit: clocks and network delays differ between the
# pacer and the provider, and a request admitted at the edge of the window can arrive just inside it.
HEADROOM = 0.03


def storage_for(redis_url: str | None) -> Storage:
    """Redis storage for shared pacing, memory for one process."""
    if redis_url:
        return RedisStorage(redis_url, key_prefix=keys.LLM_PACE_PREFIX)
    return MemoryStorage()


class Pacer:
    """Requests and tokens per window for one provider, shared through the given storage."""

    def __init__(
        self, provider: str, cfg: ProviderConfig, storage: Storage, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self.provider, self.cfg, self._sleep = provider, cfg, sleep
        # Requests: an exact moving window (one entry per request). Tokens: a sliding-window counter, since
        # a moving window would store one entry per token.
        self._limiter = MovingWindowRateLimiter(storage)
        self._token_limiter = SlidingWindowCounterRateLimiter(storage)
        allowed = _with_headroom(cfg.requests_per_minute)
        self._requests = RateLimitItemPerSecond(allowed, cfg.window_seconds, namespace="req")
        # Spread the window's quota over tenths of it: providers also enforce limits over short intervals
        # (a 60/min limit may act as 1/s), so a whole window's quota sent at once would meet 429s.
        slice_seconds = max(1, cfg.window_seconds // 10)
        self._burst = RateLimitItemPerSecond(
            math.ceil(allowed * slice_seconds / cfg.window_seconds), slice_seconds, namespace="burst"
        )
        self._tokens = RateLimitItemPerSecond(
            _with_headroom(cfg.tokens_per_minute), cfg.window_seconds, namespace="tok"
        )

    def acquire(self, tokens: int) -> float:
        """Block until one request of about `tokens` tokens may go; return the seconds waited."""
        tokens = max(1, min(tokens, self._tokens.amount))
        start = time.monotonic()
        deadline = start + self.cfg.max_wait_seconds
        while True:
            tokens_free = self._token_limiter.test(self._tokens, self.provider, cost=tokens)
            if (
                tokens_free
                and self._limiter.test(self._requests, self.provider)
                and self._limiter.hit(self._burst, self.provider)
                and self._limiter.hit(self._requests, self.provider)
            ):
                if self._token_limiter.hit(self._tokens, self.provider, cost=tokens):
                    return time.monotonic() - start
                tokens_free = False  # another worker took them in between; the request slot is spent
            wait = self._until_free(tokens_free)
            if time.monotonic() + wait > deadline:
                raise PacingTimeout(
                    f"{self.provider}: no room in the rate limit within {self.cfg.max_wait_seconds:.0f}s"
                )
            self._sleep(wait)

    def _until_free(self, tokens_free: bool) -> float:
        """Seconds until the oldest entry of the full window leaves it, plus a little jitter."""
        now, waits = time.time(), []
        for item in (self._requests, self._burst):
            stats = self._limiter.get_window_stats(item, self.provider)
            if stats.remaining <= 0:
                waits.append(stats.reset_time - now)
        if not tokens_free:  # the counter frees gradually as the previous window's weight decays
            waits.append(self.cfg.window_seconds / 20)
        base = max([0.01, *waits])
        return min(base, self.cfg.window_seconds) + random.uniform(0.002, 0.02)


def _with_headroom(limit: int) -> int:
    return max(1, math.floor(limit * (1 - HEADROOM)))


def backoff_seconds(attempt: int, cfg: ProviderConfig, retry_after: float | None = None) -> float:
    """Pause before try `attempt + 1`: full jitter up to base·2^(attempt-1), capped; at least retry-after."""
    ceiling = min(cfg.backoff_cap_seconds, cfg.backoff_base_seconds * 2 ** (attempt - 1))
    pause = random.uniform(0, ceiling)
    if retry_after is not None:
        pause = max(pause, min(retry_after, cfg.max_wait_seconds) * random.uniform(1.0, 1.1))
    return pause
