"""The journey's commands, embedded (no app running), through typer's CliRunner."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from app.cli import cli
from tests.integration.test_cli import env  # noqa: F401  (the fixture)

POSTING = """Senior Data Engineer
Company: Fjordline \x1b]8;;http://evil.example\x07Analytics [link=http://evil.example]x[/link]
Location: Hobart, Tasmania (remote)
Requirements:
- Python and SQL for batch pipelines
- Azure Data Factory or AWS Glue"""


def test_outside_application_answers_and_brief_from_the_command_line(env: Path) -> None:  # noqa: F811
    runner = CliRunner()
    out = runner.invoke(
        cli,
        [
            "applied-elsewhere",
            "--title",
            "Analytics Engineer",
            "--company",
            "Southern Lights",
            "--channel",
            "recruiter",
            "--on",
            "2026-11-20",
        ],
    )
    assert out.exit_code == 0, out.output
    assert "is applied" in out.output

    added = runner.invoke(cli, ["add", "--text", POSTING])
    assert added.exit_code == 0, added.output
    from app.settings import get_settings
    from app.store import Store

    store = Store(get_settings().DUCKDB_PATH).open()
    job_id = store.scalar("SELECT id FROM jobs WHERE title = 'Senior Data Engineer'")
    store.close()

    answers = runner.invoke(
        cli,
        ["answers", job_id, "-q", "Describe the pipelines you have built.", "-q", "What are your salary expectations?"],
    )
    assert answers.exit_code == 0, answers.output
    assert "drafted from your CV" in answers.output and "left for you" in answers.output
    assert "personal question (salary)" in answers.output

    brief = runner.invoke(cli, ["brief", job_id, "--docx", str(env / "brief.docx")])
    assert brief.exit_code == 0, brief.output
    assert "Interview brief: Senior Data Engineer" in brief.output and "\x1b]8" not in brief.output
    assert (env / "brief.docx").stat().st_size > 1000

    assert "no replies waiting" in runner.invoke(cli, ["replies"]).output
    assert "no follow-ups waiting" in runner.invoke(cli, ["followups"]).output
    bad = runner.invoke(cli, ["followup", "send", "x"])
    assert bad.exit_code == 1 and "approve, dismiss or done" in bad.output
