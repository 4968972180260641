"""Answers cached by sha256 of (provider, model, prompt, schema): Redis when shared, local disk otherwise.

The cache is the checkpoint of a job (ARCHITECTURE rule 4): a re-run after a crash makes no paid call.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import time
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel

from app import keys

log = logging.getLogger(__name__)


def cache_key(provider: str, model: str, prefix: tuple[str, ...], user: str, schema: type[BaseModel]) -> str:
    """The sha256 that names one answer."""
    basis = json.dumps(
        {
            "provider": provider,
            "model": model,
            "prefix": list(prefix),
            "user": user,
            "schema": schema.__name__,
            "json_schema": schema.model_json_schema(),
        },
        sort_keys=True,
        ensure_ascii=False,
    )
    return hashlib.sha256(basis.encode()).hexdigest()


class AnswerCache(Protocol):
    def get(self, key: str) -> dict[str, Any] | None: ...

    def put(self, key: str, entry: dict[str, Any]) -> None: ...


class DiskCache:
    """One JSON file per answer under CACHE_DIR/llm/, written atomically (temp file, then rename)."""

    def __init__(self, root: Path, ttl_seconds: int) -> None:
        self.root, self.ttl = Path(root) / "llm", ttl_seconds

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        path = self._path(key)
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if entry.get("expires", 0) < time.time():
            return None
        return entry  # type: ignore[no-any-return]

    def put(self, key: str, entry: dict[str, Any]) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        body = json.dumps({**entry, "expires": time.time() + self.ttl}, ensure_ascii=False)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(body)
        os.replace(tmp, path)


class RedisCache:
    """Answers as Redis strings with a TTL, shared by every worker."""

    def __init__(self, redis_client: Any, ttl_seconds: int) -> None:
        self._r, self.ttl = redis_client, ttl_seconds

    def get(self, key: str) -> dict[str, Any] | None:
        value = self._r.get(keys.llm_answer(key))
        if not value:
            return None
        try:
            return json.loads(value)  # type: ignore[no-any-return]
        except ValueError:
            return None

    def put(self, key: str, entry: dict[str, Any]) -> None:
        self._r.set(keys.llm_answer(key), json.dumps(entry, ensure_ascii=False), ex=self.ttl)


class NoCache:
    def get(self, key: str) -> dict[str, Any] | None:
        return None

    def put(self, key: str, entry: dict[str, Any]) -> None:
        return None
