"""Every sentence the fact gate removed is shown in the API's job detail and by `jobsmith show`."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from app.cli import cli
from tests.integration.test_cli import DEMO_POSTINGS, env  # noqa: F401  (fixture)
from tests.integration.test_pipeline_llm import FABRICATION, POSTING, fabrication, llm_env  # noqa: F401  (fixtures)


def test_job_detail_lists_the_removed_sentence_with_its_reasons(llm_env, service, client) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    with POSTING.open("rb") as fh:
        job_id = client.post("/api/jobs/upload", files={"file": (POSTING.name, fh)}).json()[0]["job_id"]
    assert service.wait_idle(120)
    gate = client.get(f"/api/jobs/{job_id}").json()["fact_gate"]
    assert gate["passed"] is False
    [removal] = [r for r in gate["removals"] if r["sentence"] == FABRICATION]
    assert removal["document"] == "cv" and removal["replaced_by"]
    assert "number not in the cited text: 97%" in removal["reasons"]


def test_show_prints_the_fact_gate_result(env: Path) -> None:  # noqa: F811
    runner = CliRunner()
    added = runner.invoke(cli, ["add", str(DEMO_POSTINGS / "derwentwater_lead_data_engineer.html")])
    assert added.exit_code == 0, added.output
    job_id = re.search(r"\b[0-9a-f]{16}\b", runner.invoke(cli, ["status"]).output).group(0)
    shown = runner.invoke(cli, ["show", job_id])
    assert shown.exit_code == 0, shown.output
    assert "Lead Data Engineer" in shown.output and "fact gate: passed" in shown.output


def test_a_letter_cut_short_by_the_gate_sends_the_job_to_a_person(llm_env, service, client) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    llm_env.state.answers["CoverLetterDraft"] = {
        "salutation": "Dear Hiring Manager,",
        "paragraphs": [
            {"text": "I am applying for the Lead Data Engineer role.", "source_ids": []},
            {"text": "I also hold a doctorate in computer science.", "source_ids": []},
        ],
    }
    with POSTING.open("rb") as fh:
        job_id = client.post("/api/jobs/upload", files={"file": (POSTING.name, fh)}).json()[0]["job_id"]
    assert service.wait_idle(120)
    job = client.get(f"/api/jobs/{job_id}").json()
    assert job["status"] == "pending" and job["failed_stage"] == "check"
    assert "the cover letter has only" in job["error"]
    removed = [r for r in job["fact_gate"]["removals"] if r["document"] == "cover_letter"]
    assert removed[0]["sentence"] == "I also hold a doctorate in computer science."
