"""Fixtures for source tests: a session-wide local HTTP server, reset per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.config.platforms import PlatformsConfig

from .localserver import LocalServer


@pytest.fixture(scope="session")
def _server() -> Iterator[LocalServer]:
    server = LocalServer()
    server.thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


@pytest.fixture
def server(_server: LocalServer, allow_loopback_fetches: None) -> Iterator[LocalServer]:
    _server.routes.clear()
    _server.seen.clear()
    yield _server
    _server.routes.clear()


@pytest.fixture
def platforms() -> PlatformsConfig:
    return PlatformsConfig(user_agent="jobsmith-tests/1.0 (+https://example.invalid/jobsmith)")
