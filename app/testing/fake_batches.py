"""The fake provider's Message Batches endpoints: create, retrieve, results (JSONL), cancel."""

from __future__ import annotations

import json
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from app.testing.fake_state import FakeState


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat().replace("+00:00", "Z")


def _view(batch: dict[str, Any], base_url: str) -> dict[str, Any]:
    ended = time.time() >= batch["ready_at"] or batch["canceled"]
    n = len(batch["results"])
    ok = sum(1 for r in batch["results"] if r["result"]["type"] == "succeeded")
    counts = (
        {"processing": 0, "succeeded": ok, "errored": n - ok, "canceled": 0, "expired": 0}
        if ended
        else {"processing": n, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0}
    )
    return {
        "id": batch["id"],
        "type": "message_batch",
        "processing_status": "ended" if ended else "in_progress",
        "request_counts": counts,
        "created_at": _iso(batch["created"]),
        "expires_at": _iso(batch["created"] + timedelta(days=1).total_seconds()),
        "ended_at": _iso(batch["ready_at"]) if ended else None,
        "archived_at": None,
        "cancel_initiated_at": None,
        "results_url": f"{base_url}v1/messages/batches/{batch['id']}/results" if ended else None,
    }


def add_batch_routes(app: FastAPI, state: FakeState) -> None:
    from app.testing.fake_llm import anthropic_message

    @app.post("/v1/messages/batches")
    async def create(request: Request) -> Response:
        body = await request.json()
        state.count("batch_create")
        results = []
        for item in body.get("requests", []):
            state.count("batch_items")
            try:
                message = anthropic_message(state, item["params"], None, batch=True)
                result: dict[str, Any] = {"type": "succeeded", "message": message}
            except KeyError as exc:
                result = {
                    "type": "errored",
                    "error": {"type": "error", "error": {"type": "invalid_request_error", "message": str(exc)}},
                }
            results.append({"custom_id": item["custom_id"], "result": result})
        now = time.time()
        batch_id = f"msgbatch_{uuid.uuid4().hex[:20]}"
        batch = {
            "id": batch_id,
            "created": now,
            "ready_at": now + state.batch_delay,
            "results": results,
            "canceled": False,
        }
        with state.lock:
            state.batches[batch_id] = batch
        return JSONResponse(_view(batch, str(request.base_url)))

    @app.get("/v1/messages/batches/{batch_id}")
    async def retrieve(batch_id: str, request: Request) -> Response:
        state.count("batch_retrieve")
        batch = state.batches.get(batch_id)
        if batch is None:
            return JSONResponse(
                {"type": "error", "error": {"type": "not_found_error", "message": batch_id}}, status_code=404
            )
        return JSONResponse(_view(batch, str(request.base_url)))

    @app.get("/v1/messages/batches/{batch_id}/results")
    async def results(batch_id: str) -> Response:
        state.count("batch_results")
        batch = state.batches[batch_id]
        lines = "\n".join(json.dumps(r) for r in batch["results"]) + "\n"
        return Response(lines, media_type="application/x-jsonl")

    @app.post("/v1/messages/batches/{batch_id}/cancel")
    async def cancel(batch_id: str, request: Request) -> Response:
        state.count("batch_cancel")
        batch = state.batches[batch_id]
        batch["canceled"] = True
        return JSONResponse(_view(batch, str(request.base_url)))
