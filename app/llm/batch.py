"""Bulk at half price: many asks of one stage through Anthropic's Message Batches, for non-urgent runs.

Each item goes through the same cache, budget (reserved at the batch price), validation and single repair
as `LLMGateway.ask`; only the first call of each item travels in the batch. A stage on another provider,
or with `batch: false`, falls back to one `ask` per item.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from anthropic.types import Message
from anthropic.types.messages.batch_create_params import Request

from app.errors import JobsmithError, ProviderUnavailable, TransientProviderError
from app.llm.cache import cache_key
from app.llm.gateway import Check, LLMGateway
from app.llm.ledger import Reservation, max_cost, usage_of
from app.llm.limiter import backoff_seconds
from app.llm.providers.anthropic import AnthropicProvider, message_params, reply_from_message, translate
from app.llm.providers.base import ProviderRequest
from app.llm.types import Answer, Prompt, T

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BatchItem:
    prompt: Prompt
    job_id: str


def ask_batch(
    gateway: LLMGateway,
    stage: str,
    items: list[BatchItem],
    schema: type[T],
    *,
    check: Check | None = None,
    poll_seconds: float = 30.0,
    max_wait_seconds: float = 24 * 3600,
    sleep: Callable[[float], None] = time.sleep,
) -> list[Answer[T] | JobsmithError]:
    """One answer or one typed error per item, in the items' order."""
    route = gateway.route(stage)
    cfg = gateway.agents.stage(stage)
    if route is None or route.provider != "anthropic" or not cfg.batch:
        return [_one(gateway, stage, item, schema, check) for item in items]
    provider = gateway.provider("anthropic")
    assert isinstance(provider, AnthropicProvider)
    price = gateway.agents.price(route.provider, route.model)
    results: list[Answer[T] | JobsmithError | None] = [None] * len(items)
    pending: dict[str, tuple[int, str, Reservation]] = {}
    requests: list[Request] = []
    for n, item in enumerate(items):
        key = cache_key(route.provider, route.model, item.prompt.prefix, item.prompt.user, schema)
        hit = gateway.from_cache(key, stage, route, schema, check)
        if hit is not None:
            results[n] = hit
            continue
        text = "\n".join([*item.prompt.prefix, item.prompt.user])
        try:
            hold = gateway.budget.reserve(
                item.job_id, stage, max_cost(price, prompt_text=text, max_output_tokens=route.max_tokens, batch=True)
            )
        except JobsmithError as exc:
            results[n] = exc
            continue
        request = ProviderRequest(
            model=route.model,
            prefix=item.prompt.prefix,
            messages=(("user", item.prompt.user),),
            schema=schema,
            max_tokens=route.max_tokens,
            prompt_caching=gateway.prompt_caching,
        )
        custom_id = f"item-{n}"
        pending[custom_id] = (n, key, hold)
        requests.append({"custom_id": custom_id, "params": message_params(request)})
    if requests:
        try:
            replies = _run_batch(gateway, provider, stage, requests, poll_seconds, max_wait_seconds, sleep)
        except JobsmithError as exc:
            for n, _key, hold in pending.values():
                hold.settle(0.0)
                results[n] = exc
            replies = {}
        for custom_id, (n, key, hold) in pending.items():
            item = items[n]
            message = replies.get(custom_id)
            if message is None:
                hold.settle(0.0)
                results[n] = results[n] or _safe(
                    partial(gateway.ask, stage, item.prompt, schema, job_id=item.job_id, check=check)
                )
                continue
            reply = reply_from_message(message)
            usage = usage_of(reply, provider=route.provider, model=route.model, stage=stage, price=price, batch=True)
            hold.settle(usage.cost)
            gateway.report(item.job_id, usage)
            results[n] = _safe(
                partial(
                    gateway.resolve,
                    stage,
                    route,
                    item.prompt,
                    schema,
                    job_id=item.job_id,
                    check=check,
                    key=key,
                    first=reply,
                    first_usage=usage,
                )
            )
    return [r if r is not None else ProviderUnavailable(stage, "no result", attempts=0) for r in results]


def _run_batch(
    gateway: LLMGateway,
    provider: AnthropicProvider,
    stage: str,
    requests: list[Request],
    poll_seconds: float,
    max_wait_seconds: float,
    sleep: Callable[[float], None],
) -> dict[str, Message]:
    """Create the batch, poll until it ends, and return the succeeded messages by custom_id."""
    cfg = gateway.agents.providers.anthropic
    batches = provider.client.messages.batches
    attempt = 0
    while True:
        attempt += 1
        try:
            batch = batches.create(requests=requests)
            break
        except Exception as exc:
            err = translate(exc)
            if not isinstance(err, TransientProviderError) or attempt >= cfg.max_attempts:
                raise ProviderUnavailable(stage, f"the batch could not be created: {err}", attempts=attempt) from exc
            sleep(backoff_seconds(attempt, cfg, err.retry_after))
    log.info("llm.batch_created stage=%s batch=%s items=%d", stage, batch.id, len(requests))
    deadline = time.monotonic() + max_wait_seconds
    while batch.processing_status != "ended":
        if time.monotonic() > deadline:
            batches.cancel(batch.id)
            raise ProviderUnavailable(stage, f"batch {batch.id} did not end in {max_wait_seconds:.0f}s", attempts=1)
        sleep(poll_seconds)
        try:
            batch = batches.retrieve(batch.id)
        except Exception as exc:
            if not isinstance(translate(exc), TransientProviderError):
                raise
    out: dict[str, Message] = {}
    for line in batches.results(batch.id):
        if line.result.type == "succeeded":
            out[line.custom_id] = line.result.message
        else:
            log.warning("llm.batch_item_failed batch=%s item=%s type=%s", batch.id, line.custom_id, line.result.type)
    return out


def _one(
    gateway: LLMGateway, stage: str, item: BatchItem, schema: type[T], check: Check | None
) -> Answer[T] | JobsmithError:
    return _safe(lambda: gateway.ask(stage, item.prompt, schema, job_id=item.job_id, check=check))


def _safe(fn: Callable[[], Answer[T]]) -> Answer[T] | JobsmithError:
    try:
        return fn()
    except JobsmithError as exc:
        return exc
