"""`jobsmith cv`, embedded (no app running): show the reading, edit it as YAML in a real $EDITOR, confirm."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from app.cli import cli
from app.settings import get_settings


@pytest.fixture
def env(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from tests.conftest import free_port

    for key, value in {
        "DUCKDB_PATH": workdir / "data" / "j.duckdb",
        "CONFIG_DIR": workdir / "config",
        "TEMPLATES_DIR": workdir / "current_cv_coverletter",
        "EXPORT_DIR": workdir / "export",
        "API_PORT": free_port(),
        "REDIS_URL": "",
    }.items():
        monkeypatch.setenv(key, str(value))
    monkeypatch.chdir(workdir)
    monkeypatch.setattr("app.cli.output.console", Console(width=250))
    monkeypatch.setattr("app.cli.output.err", Console(width=250, stderr=True))
    get_settings.cache_clear()
    yield workdir
    get_settings.cache_clear()


def test_cv_shows_how_the_cv_was_read(env: Path) -> None:
    result = CliRunner().invoke(cli, ["cv"])
    assert result.exit_code == 0, result.output
    assert "Alex_Morgan_CV.docx: read with high confidence, not yet confirmed" in result.output
    assert "name: Alex Morgan" in result.output and "alex.morgan@example.com" in result.output
    assert "Senior Data Engineer" in result.output and "Tasman Analytics" in result.output


def test_cv_edit_confirms_what_the_seeker_saves(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A real editor run non-interactively: sed rewrites the title in the YAML file it is given.
    monkeypatch.setenv("EDITOR", "sed -i s/title:\\ Senior\\ Data\\ Engineer/title:\\ Lead\\ Data\\ Engineer/")
    monkeypatch.delenv("VISUAL", raising=False)
    result = CliRunner().invoke(cli, ["cv", "--edit"])
    assert result.exit_code == 0, result.output
    assert "confirmed by you" in result.output and "Lead Data Engineer" in result.output
    again = CliRunner().invoke(cli, ["cv"])
    assert "confirmed by you" in again.output and "Lead Data Engineer" in again.output


def test_cv_edit_without_an_editor_says_how_to_set_one(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    result = CliRunner().invoke(cli, ["cv", "--edit"])
    assert result.exit_code == 1 and "set EDITOR" in result.output
