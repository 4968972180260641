"""The CLI prints posting text as inert text: no terminal escape sequences, no Rich markup."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from app.cli import cli
from app.settings import get_settings
from app.terminal import plain, safe

TITLE = "Data Engineer \x1b]8;;http://evil\x07click me\x1b]8;;\x07 [link=http://evil]x[/link] \x1b[2J\x9b31m[bold]"
COMPANY = "Acme [red]Verify your account[/red]\x1b[5m"


def test_plain_removes_every_sequence_and_control_character() -> None:
    out = plain(TITLE)
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "http://evil" in out  # the link markup text itself stays visible, as text
    assert plain("a\x1bP1;2|payload\x1b\\b") == "ab"
    assert plain("x\u202ey") == "xy"


def test_safe_escapes_rich_markup() -> None:
    console = Console(file=io.StringIO(), width=300, force_terminal=True)
    console.print(safe("[link=http://evil]x[/link] [bold]b"), highlight=False)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert "[link=http://evil]x[/link]" in out and "\x1b]8" not in out


@pytest.fixture
def env(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
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
    out = Console(file=io.StringIO(), width=400, force_terminal=True)  # a real terminal: colours, links
    monkeypatch.setattr("app.cli.output.console", out)
    monkeypatch.setattr("app.cli.output.err", out)
    get_settings.cache_clear()
    yield workdir, out
    get_settings.cache_clear()


def _store_hostile_job(workdir: Path) -> None:
    """A job stored with hostile text, as older data or another path might have it."""
    from app.domain.models import Job
    from app.domain.status import Status
    from app.store import Store
    from app.store import jobs as q

    store = Store(workdir / "data" / "j.duckdb").open()
    try:
        job = Job(title=TITLE, company=COMPANY, source="manual", source_id="x1", url="https://example.com/1")
        store.write(lambda cur: q.insert_job(cur, job, Status.DISCOVERED, content_hash="h", group_id="g"))
    finally:
        store.close()


def test_status_prints_hostile_titles_as_inert_text(env: Any) -> None:
    workdir, out = env
    _store_hostile_job(workdir)
    result = CliRunner().invoke(cli, ["status"])
    assert result.exit_code == 0, result.output
    printed = out.file.getvalue()
    assert "Data Engineer" in printed
    assert "\x1b]8;;http://evil" not in printed and "\x1b[2J" not in printed and "\x9b" not in printed
    assert "\x1b[5m" not in printed
    assert "[link=http://evil]x[/link]" in printed  # shown, not interpreted
    assert "[red]Verify your account[/red]" in printed
