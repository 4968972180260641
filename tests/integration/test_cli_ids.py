"""Job ids in the `jobsmith` command: any unique prefix (≥ 4 characters) names a job; an ambiguous or unknown
one is a one-line error; tables show whole ids when there is room, else each id's shortest unique prefix."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from rich.console import Console
from typer.testing import CliRunner

from app.cli import cli
from app.domain.models import Job
from app.domain.status import Status
from app.settings import get_settings
from app.store import Store
from app.store import jobs as q

# Two ids share their first 8 characters (so the shortest unique prefixes are 9 long); a third stands alone.
NEAR_A, NEAR_B, ALONE = "abcd1234e0000001", "abcd1234f0000002", "9f00aa11bb22cc33"


def _seed(store: Store) -> None:
    for job_id, title in ((NEAR_A, "Data Engineer A"), (NEAR_B, "Data Engineer B"), (ALONE, "Platform Lead")):
        job = Job(id=job_id, title=title, company="Acme", source="manual", source_id=job_id)
        store.write(lambda cur, job=job: q.insert_job(cur, job, Status.AWAITING_APPROVAL))


@pytest.fixture
def env(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The CLI embedded over a database holding the three jobs, and at a port where no app answers."""
    from tests.conftest import free_port

    db = workdir / "data" / "j.duckdb"
    for key, value in {
        "DUCKDB_PATH": db,
        "CONFIG_DIR": workdir / "config",
        "TEMPLATES_DIR": workdir / "current_cv_coverletter",
        "EXPORT_DIR": workdir / "export",
        "API_PORT": free_port(),
        "REDIS_URL": "",
    }.items():
        monkeypatch.setenv(key, str(value))
    monkeypatch.chdir(workdir)
    store = Store(db).open()
    _seed(store)
    store.close()
    monkeypatch.setattr("app.cli.output.console", Console(width=250))
    monkeypatch.setattr("app.cli.output.err", Console(width=250, stderr=True))
    get_settings.cache_clear()
    yield workdir
    get_settings.cache_clear()


def _run(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output.strip().splitlines()


def test_a_unique_prefix_names_the_job(env: Path) -> None:
    code, lines = _run("show", "abcd1234e")
    assert code == 0, lines
    assert lines[0].startswith("Data Engineer A — Acme: awaiting_approval")


def test_an_ambiguous_prefix_is_a_one_line_error_listing_the_candidates(env: Path) -> None:
    code, lines = _run("show", "abcd")
    assert code == 1
    assert lines == [f"error: job id abcd is ambiguous: it starts {NEAR_A}, {NEAR_B}"]


def test_an_unknown_prefix_is_a_one_line_no_job_error(env: Path) -> None:
    code, lines = _run("reject", "ffff0000")
    assert code == 1
    assert lines == ["error: no job with id ffff0000"]


def test_a_prefix_shorter_than_four_characters_is_refused(env: Path) -> None:
    code, lines = _run("show", "9f0")
    assert code == 1
    assert lines == ["error: a job id needs at least 4 characters (got '9f0')"]


def test_commands_that_change_a_job_accept_prefixes(env: Path) -> None:
    code, lines = _run("reject", "9f00", "--reason", "not for me")
    assert code == 0, lines
    assert lines == ["Platform Lead — Acme: skipped"]
    code, lines = _run("approve", "abcd1234f", "abcd1234e")
    assert any(line.startswith(f"{NEAR_B}:") for line in lines) and any(line.startswith(f"{NEAR_A}:") for line in lines)


def _status_ids(width: int, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr("app.cli.output.console", Console(width=width))
    code, lines = _run("status")
    assert code == 0, lines
    return "\n".join(lines)


def test_a_narrow_status_table_shows_the_shortest_unique_prefixes_uncut(
    env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _status_ids(60, monkeypatch)
    for short in ("abcd1234e", "abcd1234f", "9f00aa11"):
        assert f" {short} " in shown, shown
    assert NEAR_A not in shown and ALONE not in shown


def test_a_wide_status_table_shows_whole_ids(env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _status_ids(200, monkeypatch)
    for whole in (NEAR_A, NEAR_B, ALONE):
        assert whole in shown, shown


def test_the_api_resolves_a_prefix_and_gives_shortest_unique_prefixes(client: TestClient, service) -> None:  # type: ignore[no-untyped-def]
    _seed(service.store)
    assert client.get("/api/jobs/resolve", params={"prefix": "abcd"}).json() == {
        "prefix": "abcd",
        "matches": [NEAR_A, NEAR_B],
        "more": False,
    }
    assert client.get("/api/jobs/resolve", params={"prefix": "9f00aa"}).json()["matches"] == [ALONE]
    assert client.get("/api/jobs/resolve", params={"prefix": "abc"}).status_code == 422
    short = client.post("/api/jobs/short-ids", json={"ids": [NEAR_A, ALONE, "0000000000000000"], "min_length": 4})
    assert short.json() == {"short": {NEAR_A: "abcd1234e", ALONE: "9f00", "0000000000000000": "0000000000000000"}}
