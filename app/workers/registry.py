"""The only functions a worker will run: jobsmith's own tasks, each with the model its payload must fit.

Anyone who can write to Redis can put a job on a queue naming any importable function (`os.system`).
A worker therefore never imports a name it reads from Redis: it looks the name up here, and a name
that is not here is refused before anything is imported (`app.workers.guard`).
`JOBSMITH_EXTRA_TASKS` (exact dotted names, comma-separated) adds tasks the operator trusts; the
test-suite uses it for its own probe tasks. It is read from the worker's environment, never from Redis.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.config.platforms import PlatformsConfig, SourceConfig
from app.runtime.rq_tasks import register_task_lookup

EXTRA_TASKS_ENV = "JOBSMITH_EXTRA_TASKS"


class DiscoveryOrder(BaseModel):
    """The payload of a discovery task."""

    model_config = ConfigDict(extra="forbid")

    run_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")
    source: SourceConfig
    platforms: PlatformsConfig


def _pipeline_model() -> type[BaseModel]:
    from app.pipeline.orders import WorkOrder

    return WorkOrder


@dataclass(frozen=True)
class Task:
    """A registered task: where it lives and what its payload must validate against."""

    module: str
    attr: str
    payload: Callable[[], type[BaseModel]] | None = None

    def function(self) -> Callable[[dict[str, Any]], Any]:
        # A dynamic import is untyped; every registered task is a function of its JSON payload.
        fn: Callable[[dict[str, Any]], Any] = getattr(importlib.import_module(self.module), self.attr)
        return fn

    def validate(self, payload: Any) -> None:
        if not isinstance(payload, dict):
            raise TypeError(f"the payload must be a JSON object, not {type(payload).__name__}")
        if self.payload is not None:
            self.payload().model_validate(payload)


BUILTIN: dict[str, Task] = {
    "app.workers.tasks.run_pipeline_task": Task("app.workers.tasks", "run_pipeline_task", _pipeline_model),
    "app.workers.tasks.run_discovery_task": Task("app.workers.tasks", "run_discovery_task", lambda: DiscoveryOrder),
}


def tasks() -> dict[str, Task]:
    """The registry: built-in tasks plus the exact names in JOBSMITH_EXTRA_TASKS."""
    found = dict(BUILTIN)
    for name in filter(None, (n.strip() for n in os.environ.get(EXTRA_TASKS_ENV, "").split(","))):
        module, _, attr = name.rpartition(".")
        if module and attr.isidentifier():
            found[name] = Task(module, attr)
    return found


def lookup(name: Any) -> Task | None:
    """The registered task called `name`, or None; never imports anything."""
    return tasks().get(name) if isinstance(name, str) else None


register_task_lookup(lookup)  # run_task (app/runtime/rq_tasks.py) asks the registry through this
