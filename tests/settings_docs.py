"""The one walker that checks configuration models are documented (every field has a description)."""

from __future__ import annotations

from typing import Any, get_args

from pydantic import BaseModel


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """The Pydantic models inside an annotation: `Model`, `Model | None`, `list[Model]`, `dict[str, Model]`."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in get_args(annotation) for m in _models_in(arg)]


def undocumented(model: type[BaseModel], prefix: str = "") -> list[str]:
    """Dotted names of the fields of `model`, and of the models it holds, that have no description."""
    missing: list[str] = []
    for name, field in model.model_fields.items():
        if not field.description:
            missing.append(prefix + name)
        for inner in _models_in(field.annotation):
            missing += undocumented(inner, f"{prefix}{name}.")
    return missing
