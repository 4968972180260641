from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.settings import Settings


def test_everything_is_optional_and_embedded_by_default() -> None:
    s = Settings(_env_file=None)
    assert s.embedded
    assert str(s.DUCKDB_PATH) == "data/job_applications.duckdb"
    assert s.api_url == "http://127.0.0.1:8000"


def test_deployment_names_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDIS_URL", "redis://redis:6379")
    monkeypatch.setenv("SMTP_PORT", "465")
    monkeypatch.setenv("SENDER_PASSWORD", "s3cret-app-password")
    s = Settings(_env_file=None)
    assert not s.embedded
    assert s.SMTP_PORT == 465
    assert "s3cret" not in repr(s)  # secrets never show in logs or reprs


def test_placeholder_secret_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", "changeme")
    with pytest.raises(ValidationError, match="placeholder"):
        Settings(_env_file=None)


def test_dotenv_file_is_read(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / ".env").write_text("SENDER_EMAIL=me@example.com\nDUCKDB_PATH=x/y.duckdb\n")
    monkeypatch.chdir(tmp_path)
    s = Settings()
    assert s.SENDER_EMAIL == "me@example.com"
    assert str(s.DUCKDB_PATH) == "x/y.duckdb"
