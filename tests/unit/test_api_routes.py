"""Every route of the API declares what it answers (issue #15): a response_model, or, for a file or a stream,
an explicit response_class; only the routes named here may do the latter."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.datastructures import DefaultPlaceholder
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute

from app.main import create_app

# route name -> why it answers with bytes rather than a model
STREAMS_AND_FILES = {
    "download": "a document file",
    "export": "the applications CSV",
    "events": "server-sent events",
    "get_brief_docx": "a Word file",
}


def api_routes(routes: Iterable[Any]) -> Iterator[APIRoute]:
    """Every APIRoute, also those inside included routers (however this FastAPI version nests them)."""
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        elif hasattr(route, "original_router"):
            yield from api_routes(route.original_router.routes)
        elif hasattr(route, "routes"):
            yield from api_routes(route.routes)


def undeclared(routes: Iterable[APIRoute]) -> list[str]:
    found = []
    for r in routes:
        streams = r.name in STREAMS_AND_FILES and not isinstance(r.response_class, DefaultPlaceholder)
        if r.response_model is None and not streams:
            found.append(f"{','.join(sorted(r.methods))} {r.path} ({r.endpoint.__module__}.{r.name})")
    return found


def test_every_route_has_a_response_model_or_a_named_stream_class() -> None:
    routes = list(api_routes(create_app().routes))
    assert len(routes) > 40  # the walk reached the included routers
    assert undeclared(routes) == []


def test_a_route_without_a_response_model_is_reported() -> None:
    app = FastAPI()

    @app.get("/bare")
    def bare() -> JSONResponse:
        return JSONResponse({})

    @app.get("/export.csv", response_class=JSONResponse)
    def export() -> JSONResponse:
        return JSONResponse({})

    assert [line.split(" (")[0] for line in undeclared(api_routes(app.routes))] == ["GET /bare"]
