"""Content-addressed bytes (CV templates, generated documents) shared between app and workers."""

from __future__ import annotations

import hashlib
import threading
from typing import Protocol

from app.errors import MissingBlob


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BlobStore(Protocol):
    def put(self, data: bytes) -> str: ...

    def get(self, digest: str) -> bytes: ...


class MemoryBlobs:
    """Embedded mode: a dict in the one process."""

    def __init__(self) -> None:
        self._data: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def put(self, data: bytes) -> str:
        digest = sha256(data)
        with self._lock:
            self._data[digest] = data
        return digest

    def get(self, digest: str) -> bytes:
        try:
            return self._data[digest]
        except KeyError:
            raise MissingBlob(digest) from None
