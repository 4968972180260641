"""Edit the YAML configuration from the UI: read, validate with the same models as the files, save, apply.

A change is merged into the file's current values, validated by the file's own Pydantic model (errors
come back per field), written to config/<file>, and applied at once by reloading the configuration.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import yaml
from fastapi import APIRouter, Depends
from pydantic import ValidationError

from app.api.deps import get_service
from app.api.schemas.settings import SettingsFiles, SettingsSaved
from app.config.loader import FILES, load_file
from app.demo import DEMO_DIR
from app.documents.export import atomic_write
from app.errors import Conflict, InputError, NotFound
from app.service import Jobsmith

router = APIRouter(prefix="/api/settings", tags=["settings"])
Service = Annotated[Jobsmith, Depends(get_service)]


def _merge(base: dict[str, Any], change: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in change.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def _read_only(svc: Jobsmith) -> str | None:
    try:
        if svc.settings.CONFIG_DIR.resolve().is_relative_to(DEMO_DIR.resolve()):
            return "this is the demo: its bundled settings cannot be changed (use your own CV to get your own)"
    except OSError:
        return None
    return None


@router.get("", response_model=SettingsFiles)
def read_settings(svc: Service) -> dict[str, Any]:
    """Each file's current values (defaults filled in), and whether they can be changed here."""
    files = {}
    for name, model in FILES.items():
        files[name] = load_file(Path(svc.settings.CONFIG_DIR) / name, model).model_dump(mode="json")
    return {"files": files, "read_only": _read_only(svc), "dir": str(svc.settings.CONFIG_DIR)}


@router.put("/{name}", response_model=SettingsSaved)
def save_settings(name: str, change: dict[str, Any], svc: Service) -> dict[str, Any]:
    """Merge `change` into the file, validate it, save it and apply it without a restart."""
    model = FILES.get(name)
    if model is None:
        raise NotFound(f"no settings file {name!r}; expected one of {', '.join(FILES)}")
    if why := _read_only(svc):
        raise Conflict(why)
    path = Path(svc.settings.CONFIG_DIR) / name
    current = load_file(path, model).model_dump(mode="json", exclude_unset=False)
    merged = _merge(current, change)
    try:
        valid = model.model_validate(merged)
    except ValidationError as exc:
        fields = [{"field": ".".join(str(p) for p in e["loc"]), "message": e["msg"]} for e in exc.errors()]
        first = fields[0]
        raise InputError(f"{name}: {first['field']}: {first['message']}", detail={"fields": fields}) from exc
    data = yaml.safe_dump(valid.model_dump(mode="json"), sort_keys=False, allow_unicode=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, ("# saved from the jobsmith UI\n" + data).encode())
    svc.reload_config()
    return {"ok": True, "file": name, "values": valid.model_dump(mode="json")}
