"""The review, overview and settings routes over a real service and DuckDB file (in-process client)."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from tests.conftest import DEMO

PAGE = (DEMO / "postings" / "derwentwater_lead_data_engineer.html").read_text(encoding="utf-8")


def _ready(client: TestClient, service) -> str:  # type: ignore[no-untyped-def]
    job_id = client.post("/api/jobs", json={"payload": PAGE, "filename": "page.html"}).json()[0]["job_id"]
    assert service.wait_idle(120)
    assert client.get(f"/api/jobs/{job_id}").json()["status"] == "awaiting_approval"
    return job_id


def test_bulk_approve_requires_ids(client: TestClient) -> None:
    assert client.post("/api/applications/approve", json={"job_ids": []}).status_code == 422
    assert client.post("/api/applications/approve", json={}).status_code == 422


def test_bulk_approve_refuses_a_job_changed_since_the_page_showed_it(client: TestClient, service) -> None:  # type: ignore[no-untyped-def]
    job_id = _ready(client, service)
    seen = client.get(f"/api/review/{job_id}").json()["version"]
    client.post(f"/api/jobs/{job_id}/reject", json={"reason": "elsewhere"})
    client.post(f"/api/jobs/{job_id}/retry")
    assert service.wait_idle(120)
    res = client.post("/api/applications/approve", json={"job_ids": [job_id], "versions": {job_id: seen}}).json()
    assert res["approved"] == 0 and "changed since" in res["items"][0]["error"]
    assert client.get(f"/api/jobs/{job_id}").json()["status"] == "awaiting_approval"
    fresh = client.get(f"/api/review/{job_id}").json()["version"]
    res = client.post("/api/applications/approve", json={"job_ids": [job_id], "versions": {job_id: fresh}}).json()
    assert res["approved"] == 1


def test_review_shows_the_email_before_sending_and_what_approval_will_do(client: TestClient, service) -> None:  # type: ignore[no-untyped-def]
    job_id = _ready(client, service)
    r = client.get(f"/api/review/{job_id}").json()
    assert r["plan"]["how"] == "hold" and "mail is not set up" in r["plan"]["say"]  # no SMTP in these settings
    assert r["email"]["to"] == "careers@derwentwater.example" and "Lead Data Engineer" in r["email"]["subject"]
    assert r["documents"]["cv"] and r["documents"]["cv_original"] and r["letter_body"]
    assert "approve" in r["actions"]
    plan = client.post("/api/review/plan", json={"job_ids": [job_id]}).json()
    assert plan["summary"].startswith("1 job: 1 approved but not sent")


def test_settings_are_validated_per_field_saved_and_applied(client: TestClient, service, workdir: Path) -> None:  # type: ignore[no-untyped-def]
    bad = client.put("/api/settings/search.yaml", json={"min_score": 2})
    assert bad.status_code == 422 and bad.json()["detail"]["fields"][0]["field"] == "min_score"
    assert "min_score: 2" not in (workdir / "config" / "search.yaml").read_text()
    ok = client.put("/api/settings/agents.yaml", json={"budgets": {"per_day_usd": 3.25}})
    assert ok.status_code == 200
    assert service.config.agents.budgets.per_day_usd == 3.25  # applied without a restart
    assert client.get("/api/overview").json()["banner"]["budget_per_day"] == 3.25
    assert client.put("/api/settings/nope.yaml", json={}).status_code == 404


def test_overview_counts_cost_and_board(client: TestClient, service) -> None:  # type: ignore[no-untyped-def]
    job_id = _ready(client, service)
    client.post(f"/api/applications/{job_id}/applied", json={"note": "via the site"})
    o = client.get("/api/overview").json()
    assert {"banner", "pipeline", "board", "funnel", "cost_by_day", "cost_totals"} <= set(o)
    assert [b["status"] for b in o["board"]] == ["applied"]
    assert o["funnel"][0]["found"] == 1 and o["funnel"][0]["applied"] == 1
    assert client.get("/api/overview/cursor").json()["cursor"]


def test_a_letter_edit_survives_a_retry_until_discarded(client: TestClient, service) -> None:  # type: ignore[no-untyped-def]
    job_id = _ready(client, service)
    edited = client.put(f"/api/review/{job_id}/letter", json={"text": "My own words.\n\nAnd more of them."})
    assert edited.status_code == 200 and edited.json()["body"] == "My own words.\n\nAnd more of them."
    assert client.get(f"/api/review/{job_id}").json()["saved_edit"] is None  # the letter has it
    client.post(f"/api/jobs/{job_id}/retry")
    assert service.wait_idle(120)
    r = client.get(f"/api/review/{job_id}").json()
    assert r["letter_body"] != "My own words.\n\nAnd more of them."
    assert r["saved_edit"] == "My own words.\n\nAnd more of them."  # kept, offered back
    client.delete(f"/api/review/{job_id}/letter-edit")
    assert client.get(f"/api/review/{job_id}").json()["saved_edit"] is None
