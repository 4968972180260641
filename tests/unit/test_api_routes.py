"""Every route of the API declares what it answers (issue #15): a Pydantic model (or a list of one), or, for a
file or a stream, an explicit response_class; only the routes named here may do the latter. A bare `dict`,
`dict[str, Any]` or `Any` describes nothing and is refused, and so is an open (`Any`) field inside a model
unless it is named below with the reason it is open."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
from collections.abc import Iterable, Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.datastructures import DefaultPlaceholder
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel

import app.api
from app.main import create_app

# route name -> why it answers with bytes rather than a model
STREAMS_AND_FILES = {
    "download": "a document file",
    "export": "the applications CSV",
    "events": "server-sent events",
    "get_brief_docx": "a Word file",
}

# Model.field (or Model for extra="allow") -> why its content is open
OPEN_FIELDS = {
    "JobDetail.match": "the stored match result, JSON written by whichever version matched the job",
    "JobDetail.job": "the stored posting (app.domain Job as JSON), passed through as stored",
    "Review.match": "the stored match result, as in JobDetail.match",
    "SendResult.extra": "reserved for details a mail transport adds; free-form by design",
    "SettingsFiles.files": "each file's values follow that file's own config model (app.config.loader.FILES)",
    "SettingsSaved.values": "the saved file's values, in its own config model's shape",
    "Check": "each health check adds its own details (path, error, dir, problems...)",
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


def _label(r: APIRoute) -> str:
    return f"{','.join(sorted(r.methods or ()))} {r.path} ({r.endpoint.__module__}.{r.name})"


def _is_stream(r: APIRoute) -> bool:
    return r.name in STREAMS_AND_FILES and not isinstance(r.response_class, DefaultPlaceholder)


def _model_of(annotation: Any) -> type[BaseModel] | None:
    """The model a response_model names: `Model` or `list[Model]`; None for anything else (dict, Any...)."""
    if typing.get_origin(annotation) is list:
        (annotation,) = typing.get_args(annotation) or (None,)
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def undeclared(routes: Iterable[APIRoute]) -> list[str]:
    return [_label(r) for r in routes if r.response_model is None and not _is_stream(r)]


def untyped(routes: Iterable[APIRoute]) -> list[str]:
    """Routes whose response_model is not a model or a list of one (dict, dict[str, Any], Any, list[dict]...)."""
    return [
        f"{_label(r)}: {r.response_model}"
        for r in routes
        if r.response_model is not None and _model_of(r.response_model) is None
    ]


def _open(annotation: Any) -> bool:
    """`Any` anywhere in the annotation, or a bare dict/list."""
    if annotation is Any or annotation in (dict, list):
        return True
    return any(_open(a) for a in typing.get_args(annotation))


def _models_in(annotation: Any) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for arg in typing.get_args(annotation):
        yield from _models_in(arg)


def open_fields(models: Iterable[type[BaseModel]]) -> list[str]:
    """Every open field (and extra="allow" model) reachable from `models`, as Model.field (or Model)."""
    seen: set[type[BaseModel]] = set()
    found: list[str] = []
    todo = list(models)
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        if model.model_config.get("extra") == "allow":
            found.append(model.__name__)
        for name, field in model.model_fields.items():
            if _open(field.annotation):
                found.append(f"{model.__name__}.{name}")
            todo.extend(_models_in(field.annotation))
    return sorted(set(found))


def test_every_route_has_a_response_model_or_a_named_stream_class() -> None:
    routes = list(api_routes(create_app().routes))
    assert len(routes) > 40  # the walk reached the included routers
    assert undeclared(routes) == []


def test_every_response_model_is_a_model_or_a_list_of_one() -> None:
    assert untyped(api_routes(create_app().routes)) == []


def test_open_fields_in_responses_are_only_the_named_ones() -> None:
    routes = list(api_routes(create_app().routes))
    models = [m for r in routes if (m := _model_of(r.response_model)) is not None]
    assert open_fields(models) == sorted(OPEN_FIELDS)


def test_the_openapi_schema_names_a_component_for_every_json_answer() -> None:
    app = create_app()
    spec = app.openapi()
    components = spec["components"]["schemas"]
    streams = {(m, r.path) for r in api_routes(app.routes) if r.name in STREAMS_AND_FILES for m in r.methods or ()}
    missing = []
    checked = 0
    for path, operations in spec["paths"].items():
        for method, op in operations.items():
            if (method.upper(), path) in streams:
                continue
            for code, answer in op["responses"].items():
                if not code.startswith("2"):
                    continue
                schema = answer.get("content", {}).get("application/json", {}).get("schema", {})
                if schema.get("type") == "array":
                    schema = schema.get("items", {})
                ref = schema.get("$ref", "")
                checked += 1
                if not ref.startswith("#/components/schemas/") or ref.split("/")[-1] not in components:
                    missing.append(f"{method.upper()} {path} {code}: {schema}")
    assert checked > 40
    assert missing == []


def test_routers_define_no_models() -> None:
    """Request and response models live in app/api/schemas/, one module per router (issue #15)."""
    routers = [m.name for m in pkgutil.iter_modules(app.api.__path__, "app.api.") if not m.ispkg]
    assert "app.api.journey" in routers and "app.api.applications" in routers
    defined = [
        f"{name}.{cls.__name__}"
        for name in routers
        for cls in vars(importlib.import_module(name)).values()
        if inspect.isclass(cls) and issubclass(cls, BaseModel) and cls.__module__ == name
    ]
    assert defined == []


def test_a_route_without_a_response_model_is_reported() -> None:
    app = FastAPI()

    @app.get("/bare")
    def bare() -> JSONResponse:
        return JSONResponse({})

    @app.get("/export.csv", response_class=JSONResponse)
    def export() -> JSONResponse:
        return JSONResponse({})

    assert [line.split(" (")[0] for line in undeclared(api_routes(app.routes))] == ["GET /bare"]


class _Named(BaseModel):
    ok: bool


class _Loose(BaseModel):
    name: str
    blob: dict[str, Any]
    items: list[_Named]
    maybe: Any = None


def test_untyped_answers_and_open_fields_are_reported() -> None:
    app = FastAPI()

    @app.get("/a")
    def a() -> dict[str, Any]:
        return {}

    @app.get("/b", response_model=list[dict[str, Any]])
    def b() -> list[dict[str, Any]]:
        return []

    @app.get("/c", response_model=Any)
    def c() -> Any:
        return 1

    @app.get("/d", response_model=list[_Named])
    def d() -> list[_Named]:
        return []

    @app.get("/e", response_model=_Loose)
    def e() -> dict[str, Any]:
        return {}

    assert [line.split(" (")[0] for line in untyped(api_routes(app.routes))] == ["GET /a", "GET /b", "GET /c"]
    assert open_fields([_Loose]) == ["_Loose.blob", "_Loose.maybe"]
