"""The pacer keeps every worker sharing Redis under the provider's window; backoff is capped and jittered."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from app.config.agents import ProviderConfig
from app.errors import PacingTimeout
from app.llm.limiter import Pacer, backoff_seconds, storage_for


def _cfg(**kw) -> ProviderConfig:
    base = {
        "default_model": "m",
        "requests_per_minute": 10,
        "tokens_per_minute": 1_000_000,
        "window_seconds": 2,
        "max_wait_seconds": 10.0,
    }
    return ProviderConfig(**{**base, **kw})


def test_pacers_sharing_redis_admit_no_more_than_the_window_allows(redis_url, redis_client) -> None:
    cfg = _cfg()
    pacers = [Pacer("anthropic", cfg, storage_for(redis_url)) for _ in range(4)]
    admitted: list[float] = []

    def run(n: int) -> None:
        pacers[n % 4].acquire(100)
        admitted.append(time.time())

    t0 = time.time()
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(run, range(20)))
    admitted.sort()
    # 9 per 2-second window (10 less the headroom): the 19th and 20th wait for a third window
    assert admitted[-1] - t0 >= 3.9
    # and no window holds more than 9, nor any second more than 5 (250 ms allowed for thread scheduling)
    for i, t in enumerate(admitted):
        assert sum(1 for u in admitted[i:] if u < t + 1.75) <= 9
        assert sum(1 for u in admitted[i:] if u < t + 0.75) <= 5


def test_token_budget_of_the_window_is_shared(redis_url, redis_client) -> None:
    cfg = _cfg(requests_per_minute=1000, tokens_per_minute=1000, max_wait_seconds=0.5)
    a, b = Pacer("openai", cfg, storage_for(redis_url)), Pacer("openai", cfg, storage_for(redis_url))
    a.acquire(600)
    with pytest.raises(PacingTimeout):
        b.acquire(600)


def test_backoff_is_capped_and_honours_retry_after() -> None:
    cfg = _cfg(backoff_base_seconds=1.0, backoff_cap_seconds=4.0)
    pauses = [backoff_seconds(10, cfg) for _ in range(200)]
    assert max(pauses) <= 4.0 and min(pauses) >= 0 and len(set(pauses)) > 100  # jittered, capped
    assert all(2.5 <= backoff_seconds(1, cfg, retry_after=2.5) <= 2.75 for _ in range(50))
