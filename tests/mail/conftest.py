"""Mail fixtures: one real SMTP server on loopback for the module, a store per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.applications.outbox import Outbox
from app.config.mail import LimitsConfig, MailConfig
from app.store import Store
from app.testing.smtp_server import SmtpTestServer
from tests.mail.helpers import mail_settings


@pytest.fixture(scope="session")
def smtp_server() -> Iterator[SmtpTestServer]:
    with SmtpTestServer() as srv:
        yield srv


@pytest.fixture
def smtp(smtp_server: SmtpTestServer) -> Iterator[SmtpTestServer]:
    smtp_server.handler.reset()
    yield smtp_server
    smtp_server.handler.reset()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "data" / "jobs.duckdb").open()
    yield s
    s.close()


@pytest.fixture
def mail_config() -> MailConfig:
    config = MailConfig(limits=LimitsConfig(min_spacing_seconds=0, per_hour=100, per_day=1000))
    config.smtp.timeout_seconds = 2
    config.smtp.connect_timeout_seconds = 2
    return config


@pytest.fixture
def outbox(store: Store, smtp: SmtpTestServer, tmp_path: Path, mail_config: MailConfig) -> Outbox:
    return Outbox(
        store, mail_settings(tmp_path / "data" / "jobs.duckdb", smtp.port), mail_config, seeker_name="Alex Morgan"
    )
