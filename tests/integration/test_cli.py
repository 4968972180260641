"""The `jobsmith` command, embedded (no app running), through typer's CliRunner."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from app.cli import cli
from app.settings import get_settings

DEMO_POSTINGS = Path(__file__).resolve().parents[2] / "app" / "demo" / "postings"


@pytest.fixture
def env(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the CLI at the test's folders, and at a port where no app answers."""
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
    # Wide consoles, so table cells are not wrapped in the captured output.
    monkeypatch.setattr("app.cli.output.console", Console(width=250))
    monkeypatch.setattr("app.cli.output.err", Console(width=250, stderr=True))
    get_settings.cache_clear()
    yield workdir
    get_settings.cache_clear()


def test_init_writes_commented_config_and_folders(env: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CONFIG_DIR", str(tmp_path / "fresh"))
    get_settings.cache_clear()
    result = CliRunner().invoke(cli, ["init"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "fresh").iterdir()) == [
        "agents.yaml",
        "mail.yaml",
        "platforms.yaml",
        "search.yaml",
        "similarity.yaml",
    ]
    assert "# " in (tmp_path / "fresh" / "search.yaml").read_text()


def test_add_file_processes_it_embedded_and_status_shows_it(env: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["add", str(DEMO_POSTINGS / "derwentwater_lead_data_engineer.html")])
    assert result.exit_code == 0, result.output
    assert "Lead Data Engineer" in result.output and "awaiting_approval" in result.output
    status = runner.invoke(cli, ["status"])
    assert status.exit_code == 0, status.output
    assert "awaiting_approval" in status.output and "1 jobs" in status.output


def test_add_text_that_is_not_a_posting_fails_clearly(env: Path) -> None:
    result = CliRunner().invoke(cli, ["add", "--text", "   "])
    assert result.exit_code == 1
    assert "error:" in result.output


def test_add_missing_file_names_it(env: Path) -> None:
    result = CliRunner().invoke(cli, ["add", "no_such_posting.json"])
    assert result.exit_code == 1 and "no_such_posting.json" in result.output


def test_bad_configuration_refuses_the_start_with_file_key_and_reason(env: Path) -> None:
    (env / "config" / "agents.yaml").write_text("approval_mode: perhaps\n")
    result = CliRunner().invoke(cli, ["status"])
    assert result.exit_code == 1
    assert "agents.yaml" in result.output and "approval_mode" in result.output


def test_status_with_a_limit_out_of_range_is_a_one_line_error(env: Path) -> None:
    result = CliRunner().invoke(cli, ["status", "--limit", "0"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == ["error: --limit must be between 1 and 500 (got 0)"]


@pytest.mark.parametrize(("flags", "shown"), [([], False), (["--verbose"], True)])
def test_the_http_clients_log_lines_show_only_with_verbose(env: Path, flags: list[str], shown: bool) -> None:
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", "from app.cli import main; main()", *flags, "status"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=env,
        env={**os.environ, "PYTHONPATH": str(root), "LOG_LEVEL": "INFO"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "0 jobs" in done.stdout
    assert ("HTTP Request" in done.stderr) is shown, done.stderr[-2000:]
