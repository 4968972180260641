"""Approval mode and dry-run mode, stored in the `settings` table over agents.yaml's defaults."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from typing import Any

import duckdb

from app.config.agents import AgentsConfig
from app.domain.status import Status
from app.store import Store
from app.store import settings as kv

log = logging.getLogger(__name__)
KEYS = ("approval_mode", "dry_run")


@dataclass(frozen=True)
class Modes:
    approval_mode: bool = True
    dry_run: bool = False

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def get_modes(store: Store, defaults: AgentsConfig | None = None) -> Modes:
    """The stored modes; a mode never set falls back to agents.yaml (approval on, dry-run off)."""
    base = defaults or AgentsConfig()
    values: dict[str, bool] = {"approval_mode": base.approval_mode, "dry_run": base.dry_run}
    for key, stored in kv.values(store, list(KEYS)).items():
        values[key] = bool(stored)
    return Modes(**values)


def set_modes(
    store: Store,
    *,
    approval_mode: bool | None = None,
    dry_run: bool | None = None,
    defaults: AgentsConfig | None = None,
) -> Modes:
    """Store the modes given (None leaves one as it is) and return the modes now in force."""
    changes = {k: v for k, v in (("approval_mode", approval_mode), ("dry_run", dry_run)) if v is not None}

    def write(cur: duckdb.DuckDBPyConnection) -> None:
        for key, value in changes.items():
            kv.put(cur, key, bool(value))

    if changes:
        store.write(write)
        log.info("mail.modes_changed %s", " ".join(f"{k}={v}" for k, v in changes.items()))
    return get_modes(store, defaults)


def status_after_documents(store: Store, defaults: AgentsConfig | None = None) -> Status:
    """Where a job goes when its documents are ready: dry_run_complete, awaiting_approval or approved."""
    modes = get_modes(store, defaults)
    if modes.dry_run:
        return Status.DRY_RUN_COMPLETE
    return Status.AWAITING_APPROVAL if modes.approval_mode else Status.APPROVED
