"""Content-addressed bytes in Redis: templates go up with the work order, documents come back by hash."""

from __future__ import annotations

import logging

import redis

from app import keys
from app.errors import MissingBlob
from app.runtime.blobs import sha256

log = logging.getLogger(__name__)


class RedisBlobs:
    """`put` stores bytes under `keys.blob_key(sha256)` with a TTL; `get` refreshes the TTL and checks the hash."""

    def __init__(self, conn: redis.Redis, ttl_s: int = 7 * 24 * 3600) -> None:
        self.conn, self.ttl_s = conn, ttl_s

    def put(self, data: bytes) -> str:
        digest = sha256(data)
        key = keys.blob_key(digest)
        with self.conn.pipeline(transaction=False) as pipe:
            pipe.set(key, data, ex=self.ttl_s, nx=True)  # the same bytes are never sent twice
            pipe.expire(key, self.ttl_s)
            pipe.execute()
        return digest

    def get(self, digest: str) -> bytes:
        data = self.conn.getex(keys.blob_key(digest), ex=self.ttl_s)
        if data is None:
            raise MissingBlob(digest)
        raw = data if isinstance(data, bytes) else data.encode()
        if sha256(raw) != digest:
            log.error("blobs.corrupt sha256=%s", digest)
            raise MissingBlob(digest)
        return raw
