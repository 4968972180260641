"""Adding a posting that is already known answers "already known" with the existing job, not an error."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from app.cli import cli
from tests.integration.test_cli import env  # noqa: F401  (the CLI's embedded settings)

POSTING = """Senior Payroll Officer
Company: Wattlebrook Health
Location: Hobart TAS 7000
We need a payroll officer to run fortnightly pay for 900 staff. Full time, permanent.
"""


def test_repasting_a_posting_through_the_api_answers_already_known(client) -> None:  # type: ignore[no-untyped-def]
    first = client.post("/api/jobs", json={"text": POSTING})
    assert first.status_code == 201, first.text
    [job] = first.json()
    again = client.post("/api/jobs", json={"text": POSTING.replace("900 staff", "900 people")})
    assert again.status_code == 200, again.text
    [known] = again.json()
    assert known["already_known"] is True
    assert known["job_id"] == job["job_id"]
    assert known["status"] == client.get(f"/api/jobs/{job['job_id']}").json()["status"]
    assert known["note"].startswith("already known") and job["job_id"] in known["note"]
    assert client.get("/api/jobs").json()["total"] == 1


def test_repasting_through_the_cli_prints_already_known_with_the_job(env: Path) -> None:  # noqa: F811
    runner = CliRunner()
    first = runner.invoke(cli, ["add", "--text", POSTING, "--no-wait"])
    assert first.exit_code == 0, first.output
    again = runner.invoke(cli, ["add", "--text", POSTING, "--no-wait"])
    assert again.exit_code == 0, again.output
    assert "already known: Senior Payroll Officer at Wattlebrook Health is job" in again.output
    status = runner.invoke(cli, ["status"])
    assert "1 jobs" in status.output
