"""Settings edited from the UI (app/api/settings.py)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

# Each file's values are the YAML file's own model (app.config.loader.FILES) dumped as JSON; their schemas
# are those models', so they are passed through here as objects rather than described twice.


class SettingsFiles(BaseModel):
    files: dict[str, dict[str, Any]] = Field(description="file name -> its current values, defaults filled in")
    read_only: str | None = Field(description="why these settings cannot be changed here, if they cannot")
    dir: str = Field(description="the configuration folder")


class SettingsSaved(BaseModel):
    ok: bool
    file: str
    values: dict[str, Any] = Field(description="the file's values as saved")
