"""A fake LLM provider on loopback: the Anthropic Messages API (with batches) and OpenAI chat completions.

Test support: real SDK clients talk to it over HTTP. Answers are configured per schema name (a value or a
function of the request), faults are injected on demand (`POST /_faults`) or at a seeded rate, usage
figures come from a word-and-punctuation tokenizer (`fake_state.tokens`) with Anthropic-style prompt caching,
answers can take a latency plus their length at an output rate, and `GET /_stats` counts requests per kind.

    with FakeLLMServer(answers={"FitAssessment": {...}}) as fake:
        client = anthropic.Anthropic(api_key="test", base_url=fake.url, max_retries=0)
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
import uuid
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from app.testing.fake_state import Answerer, FakeRequest, FakeState, tokens

_ERRORS = {"429": (429, "rate_limit_error"), "529": (529, "overloaded_error"), "500": (500, "api_error")}


def _schema_name(body: dict[str, Any]) -> str:
    fmt = (body.get("output_config") or {}).get("format") or {}
    if fmt.get("schema"):
        return str(fmt["schema"].get("title", "*"))
    if body.get("tools"):
        return str(body["tools"][0].get("name", "*"))
    rf = body.get("response_format") or {}
    return str((rf.get("json_schema") or {}).get("name", "*"))


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    return "".join(part.get("text", "") for part in content if isinstance(part, dict))


def _error(api: str, status: int, kind: str, retry_after: float | None = None) -> JSONResponse:
    headers = {"retry-after": f"{retry_after:.3f}"} if retry_after is not None else {}
    body = (
        {"type": "error", "error": {"type": kind, "message": f"fake {kind}"}}
        if api == "anthropic"
        else {"error": {"type": kind, "message": f"fake {kind}", "code": kind}}
    )
    return JSONResponse(body, status_code=status, headers=headers)


def anthropic_message(state: FakeState, body: dict[str, Any], fault: str | None, batch: bool = False) -> dict[str, Any]:
    """A Messages API answer (as the API's JSON) for one request body."""
    system = body.get("system") or []
    blocks = (
        [(system, False)] if isinstance(system, str) else [(b.get("text", ""), "cache_control" in b) for b in system]
    )
    messages = [{"role": m["role"], "content": _text_of(m["content"])} for m in body.get("messages", [])]
    req = FakeRequest(
        "anthropic",
        body.get("model", ""),
        _schema_name(body),
        "\n\n".join(t for t, _ in blocks),
        messages,
        int(body.get("max_tokens", 1024)),
    )
    text = state.answer(req)
    stop = "end_turn"
    if fault == "malformed":
        text = text[: max(1, len(text) // 2)] + "<<not json"
    if fault == "truncate" or tokens(text) > req.max_tokens:
        text, stop = text[: max(1, min(len(text) // 2, req.max_tokens * 4))], "max_tokens"
    read, write, uncached = state.prompt_cache(req.model, blocks)
    usage = {
        "input_tokens": uncached + sum(tokens(m["content"]) for m in messages),
        "output_tokens": tokens(text),
        "cache_creation_input_tokens": write,
        "cache_read_input_tokens": read,
        **(state.usage_override or {}),
    }
    state.record_usage("anthropic", req.model, usage, batch=batch, schema=req.schema_name)
    if body.get("tools") and not body.get("output_config"):
        content: list[dict[str, Any]] = [
            {
                "type": "tool_use",
                "id": f"toolu_{uuid.uuid4().hex[:12]}",
                "name": req.schema_name,
                "input": json.loads(text),
            }
        ]
    else:
        content = [{"type": "text", "text": text}]
    return {
        "id": f"msg_{uuid.uuid4().hex[:16]}",
        "type": "message",
        "role": "assistant",
        "model": req.model,
        "content": content,
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": usage,
    }


def openai_completion(state: FakeState, body: dict[str, Any], fault: str | None) -> dict[str, Any]:
    msgs = [{"role": m["role"], "content": _text_of(m.get("content", ""))} for m in body.get("messages", [])]
    system = "\n\n".join(m["content"] for m in msgs if m["role"] in ("system", "developer"))
    rest = [m for m in msgs if m["role"] not in ("system", "developer")]
    max_tokens = int(body.get("max_completion_tokens") or body.get("max_tokens") or 1024)
    req = FakeRequest("openai", body.get("model", ""), _schema_name(body), system, rest, max_tokens)
    text, finish = state.answer(req), "stop"
    if fault == "malformed":
        text = text[: max(1, len(text) // 2)] + "<<not json"
    if fault == "truncate" or tokens(text) > max_tokens:
        text, finish = text[: max(1, min(len(text) // 2, max_tokens * 4))], "length"
    read, _write, uncached = state.prompt_cache(req.model, [(system, True)])
    prompt = read + uncached + sum(tokens(m["content"]) for m in rest)
    usage = {
        "prompt_tokens": prompt,
        "completion_tokens": tokens(text),
        "total_tokens": prompt + tokens(text),
        "prompt_tokens_details": {"cached_tokens": read},
    }
    state.record_usage(
        "openai",
        req.model,
        {
            "input_tokens": prompt - read,
            "output_tokens": tokens(text),
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": read,
        },
    )
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:16]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": req.model,
        "usage": usage,
        "choices": [
            {
                "index": 0,
                "finish_reason": finish,
                "logprobs": None,
                "message": {"role": "assistant", "content": text, "refusal": None},
            }
        ],
    }


async def _answer(state: FakeState, api: str, request: Request, build: Any) -> Response:
    """One provider call: rate limit, then any injected fault, else the built answer at the model's pace."""
    body = await request.json()
    state.count(f"{api}_requests")
    wait = state.rate_limited()
    if wait is not None:
        state.count("status_429", "rate_limit_hits")
        return _error(api, 429, "rate_limit_error", wait)
    fault = state.next_fault()
    if fault:
        state.count(f"fault_{fault}")
    if state.latency:
        await asyncio.sleep(state.latency)
    failed = await _fault_reply(state, api, fault)
    if failed is not None:
        return failed
    state.count(f"{api}_answered", "status_200")
    reply = build(state, body, fault)
    if state.output_tokens_per_second > 0:  # a real model writes its answer at a rate: long answers take longer
        usage = reply.get("usage") or {}
        written = usage.get("output_tokens", usage.get("completion_tokens", 0))
        await asyncio.sleep(written / state.output_tokens_per_second)
    return JSONResponse(reply)


async def _fault_reply(state: FakeState, api: str, fault: str | None) -> Response | None:
    """The error an injected fault answers with; None for no fault or one the answer itself shows."""
    if fault in _ERRORS:
        status, kind = _ERRORS[fault]
        state.count(f"status_{status}")
        return _error(api, status, kind, state.retry_after if status in (429, 529) else None)
    if fault == "timeout":  # hold the request past the client's timeout; nothing is billed
        await asyncio.sleep(state.timeout_sleep)
        return _error(api, 504, "timeout_error")
    return None


def create_app(state: FakeState) -> FastAPI:
    app = FastAPI(title="fake LLM provider")

    @app.post("/v1/messages")
    async def messages(request: Request) -> Response:
        return await _answer(state, "anthropic", request, anthropic_message)

    @app.post("/v1/chat/completions")
    async def chat(request: Request) -> Response:
        return await _answer(state, "openai", request, openai_completion)

    from app.testing.fake_batches import add_batch_routes

    add_batch_routes(app, state)

    @app.get("/_stats")
    async def stats() -> dict[str, Any]:
        return state.snapshot()

    @app.post("/_faults")
    async def faults(request: Request) -> dict[str, Any]:
        body = await request.json()
        with state.lock:
            state.queued.extend(body.get("queue", []))
            if "rate" in body:
                state.fault_rate = float(body["rate"])
            if "latency" in body:
                state.latency = float(body["latency"])
        return {"queued": len(state.queued), "rate": state.fault_rate, "latency": state.latency}

    @app.post("/_reset")
    async def reset() -> dict[str, str]:
        state.reset()
        return {"status": "reset"}

    return app


class FakeLLMServer:
    """The fake provider served by uvicorn in a thread on 127.0.0.1 and a free port."""

    def __init__(self, answers: dict[str, Answerer | Any] | None = None, **options: Any) -> None:
        self.state = FakeState(answers=dict(answers or {}), **options)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    def start(self) -> FakeLLMServer:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        config = uvicorn.Config(
            create_app(self.state), log_level="warning", lifespan="off", timeout_graceful_shutdown=1
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("the fake LLM server did not start")
            time.sleep(0.01)
        self.url = f"http://127.0.0.1:{port}"
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeLLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # conveniences for tests (same effect as the admin endpoints)
    def stats(self) -> dict[str, Any]:
        return self.state.snapshot()

    def counts(self) -> dict[str, int]:
        return dict(self.state.snapshot()["counts"])

    def queue_faults(self, *kinds: str) -> None:
        with self.state.lock:
            self.state.queued.extend(kinds)

    def reset(self) -> None:
        self.state.reset()
