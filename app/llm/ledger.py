"""Usage and cost of each call from the price table, and budgets enforced before a call.

A call first reserves its largest possible cost against the job's and the day's budget (atomically, in
Redis when it is shared), and is refused with `BudgetExceeded` if either would be passed; after the call
the reservation is replaced by the real cost. So concurrent workers can never overspend together.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from datetime import UTC, datetime
from typing import Protocol

from app import keys
from app.config.agents import AgentsConfig, ModelPrice
from app.domain.models import Usage
from app.errors import BudgetExceeded
from app.llm.providers.base import ProviderReply

MILLION = 1_000_000
DAY_TTL = 3 * 24 * 3600
JOB_TTL = 90 * 24 * 3600


def cost_of(
    price: ModelPrice | None,
    *,
    input_tokens: int,
    output_tokens: int,
    cache_write_tokens: int = 0,
    cache_read_tokens: int = 0,
    batch: bool = False,
) -> float:
    """USD for the given token counts; 0 for an unpriced (local) model; batch calls at the batch discount."""
    if price is None:
        return 0.0
    usd = (
        input_tokens * price.input
        + output_tokens * price.output
        + cache_write_tokens * price.cache_write
        + cache_read_tokens * price.cache_read
    ) / MILLION
    return usd * price.batch_discount if batch else usd


def usage_of(
    reply: ProviderReply, *, provider: str, model: str, stage: str, price: ModelPrice | None, batch: bool = False
) -> Usage:
    """The `Usage` record of one paid call."""
    return Usage(
        provider=provider,
        model=model,
        stage=stage,
        input_tokens=reply.input_tokens,
        output_tokens=reply.output_tokens,
        cache_write_tokens=reply.cache_write_tokens,
        cache_read_tokens=reply.cache_read_tokens,
        cost=cost_of(
            price,
            input_tokens=reply.input_tokens,
            output_tokens=reply.output_tokens,
            cache_write_tokens=reply.cache_write_tokens,
            cache_read_tokens=reply.cache_read_tokens,
            batch=batch,
        ),
        at=datetime.now(UTC),
    )


def max_tokens_in(text: str) -> int:
    """An upper bound of the tokens in `text`: a byte-level tokenizer makes at most one token per UTF-8
    byte; plus a margin for the message framing and the schema."""
    return len(text.encode()) + 256


def max_cost(price: ModelPrice | None, *, prompt_text: str, max_output_tokens: int, batch: bool = False) -> float:
    """The most a call can cost: every prompt token at the dearer of input and cache-write, full output."""
    if price is None:
        return 0.0
    tokens = max_tokens_in(prompt_text)
    usd = (tokens * max(price.input, price.cache_write) + max_output_tokens * price.output) / MILLION
    return usd * price.batch_discount if batch else usd


def add_usage(a: Usage, b: Usage) -> Usage:
    """Two calls of one answer (an answer and its repair) as one record."""
    return a.model_copy(
        update={
            "input_tokens": a.input_tokens + b.input_tokens,
            "output_tokens": a.output_tokens + b.output_tokens,
            "cache_write_tokens": a.cache_write_tokens + b.cache_write_tokens,
            "cache_read_tokens": a.cache_read_tokens + b.cache_read_tokens,
            "cost": a.cost + b.cost,
            "at": b.at or a.at,
        }
    )


class Counters(Protocol):
    """Shared spend counters: reserve (atomic check-and-add on two keys) and adjust."""

    def reserve(
        self, job_key: str, day_key: str, amount: float, job_limit: float, day_limit: float
    ) -> tuple[str | None, float, float]: ...

    def adjust(self, job_key: str, day_key: str, delta: float) -> None: ...

    def get(self, key: str) -> float: ...


class MemoryCounters:
    """In-process counters for embedded mode (one process)."""

    def __init__(self) -> None:
        self._values: dict[str, float] = defaultdict(float)
        self._lock = threading.Lock()

    def reserve(
        self, job_key: str, day_key: str, amount: float, job_limit: float, day_limit: float
    ) -> tuple[str | None, float, float]:
        with self._lock:
            job, day = self._values[job_key], self._values[day_key]
            if job + amount > job_limit + 1e-12:
                return "job", job, day
            if day + amount > day_limit + 1e-12:
                return "day", job, day
            self._values[job_key], self._values[day_key] = job + amount, day + amount
            return None, job + amount, day + amount

    def adjust(self, job_key: str, day_key: str, delta: float) -> None:
        with self._lock:
            self._values[job_key] += delta
            self._values[day_key] += delta

    def get(self, key: str) -> float:
        with self._lock:
            return self._values[key]


_RESERVE = """
local job = tonumber(redis.call('GET', KEYS[1]) or '0')
local day = tonumber(redis.call('GET', KEYS[2]) or '0')
local amount = tonumber(ARGV[1])
if job + amount > tonumber(ARGV[2]) + 1e-12 then return {'job', tostring(job), tostring(day)} end
if day + amount > tonumber(ARGV[3]) + 1e-12 then return {'day', tostring(job), tostring(day)} end
job = redis.call('INCRBYFLOAT', KEYS[1], ARGV[1])
day = redis.call('INCRBYFLOAT', KEYS[2], ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[4])
redis.call('EXPIRE', KEYS[2], ARGV[5])
return {'', job, day}
"""


class RedisCounters:
    """Counters shared by every worker: a Lua check-and-reserve, then INCRBYFLOAT to settle."""

    def __init__(self, redis_client: object) -> None:
        self._r = redis_client
        self._reserve = self._r.register_script(_RESERVE)  # type: ignore[attr-defined]

    def reserve(
        self, job_key: str, day_key: str, amount: float, job_limit: float, day_limit: float
    ) -> tuple[str | None, float, float]:
        which, job, day = self._reserve(
            keys=[job_key, day_key], args=[repr(amount), repr(job_limit), repr(day_limit), JOB_TTL, DAY_TTL]
        )
        which = which.decode() if isinstance(which, bytes) else which
        return (which or None), float(job), float(day)

    def adjust(self, job_key: str, day_key: str, delta: float) -> None:
        pipe = self._r.pipeline()  # type: ignore[attr-defined]
        pipe.incrbyfloat(job_key, delta)
        pipe.incrbyfloat(day_key, delta)
        pipe.execute()

    def get(self, key: str) -> float:
        value = self._r.get(key)  # type: ignore[attr-defined]
        return float(value) if value else 0.0


class Budget:
    """Per-job and per-day spending limits over shared counters."""

    def __init__(self, agents: AgentsConfig, counters: Counters) -> None:
        self._cfg, self.counters = agents.budgets, counters

    @staticmethod
    def today() -> str:
        return datetime.now(UTC).strftime("%Y-%m-%d")

    def reserve(self, job_id: str, stage: str, amount: float) -> Reservation:
        """Hold `amount` USD for one call, or raise BudgetExceeded with the reason, before any call."""
        job_key, day_key = keys.llm_spend_job(job_id), keys.llm_spend_day(self.today())
        which, job, day = self.counters.reserve(job_key, day_key, amount, self._cfg.per_job_usd, self._cfg.per_day_usd)
        if which == "job":
            raise BudgetExceeded(
                f"LLM budget per job reached for job {job_id}: spent ${job:.4f} of ${self._cfg.per_job_usd:.2f}; "
                f"the {stage} call could cost up to ${amount:.4f}",
                detail={
                    "scope": "job",
                    "job_id": job_id,
                    "stage": stage,
                    "spent": job,
                    "limit": self._cfg.per_job_usd,
                    "needed": amount,
                },
            )
        if which == "day":
            raise BudgetExceeded(
                f"LLM budget per day reached: spent ${day:.4f} of ${self._cfg.per_day_usd:.2f} today (UTC); "
                f"the {stage} call for job {job_id} could cost up to ${amount:.4f}",
                detail={
                    "scope": "day",
                    "job_id": job_id,
                    "stage": stage,
                    "spent": day,
                    "limit": self._cfg.per_day_usd,
                    "needed": amount,
                },
            )
        return Reservation(self, job_key, day_key, amount)

    def spent(self, job_id: str | None = None) -> float:
        return self.counters.get(keys.llm_spend_job(job_id) if job_id else keys.llm_spend_day(self.today()))


class Reservation:
    """Money held for one call; `settle` swaps it for the real cost (0 when the call failed unbilled)."""

    def __init__(self, budget: Budget, job_key: str, day_key: str, amount: float) -> None:
        self._budget, self._job_key, self._day_key, self.amount = budget, job_key, day_key, amount
        self._open = True

    def settle(self, actual: float) -> None:
        if self._open:
            self._open = False
            self._budget.counters.adjust(self._job_key, self._day_key, actual - self.amount)
