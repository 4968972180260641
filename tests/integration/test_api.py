"""The API over a started app service (real DuckDB file, in-process workers, demo CV and criteria)."""

from __future__ import annotations

from pathlib import Path

from docx import Document

DEMO_POSTINGS = Path(__file__).resolve().parents[2] / "app" / "demo" / "postings"


def _upload(client, name: str) -> list[dict]:  # type: ignore[no-untyped-def]
    with (DEMO_POSTINGS / name).open("rb") as fh:
        resp = client.post("/api/jobs/upload", files={"file": (name, fh)})
    assert resp.status_code in (200, 201), resp.text  # 200: every posting was already known
    return resp.json()


def test_health_reports_database_queue_configuration_and_templates(client) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/health").json()
    assert body["ok"] is True
    assert set(body["checks"]) >= {"database", "queue", "configuration", "templates"}
    assert body["checks"]["queue"]["mode"] == "embedded"
    assert body["checks"]["templates"]["cv"] == "Alex_Morgan_CV.docx"


def test_added_posting_flows_to_awaiting_approval_with_documents(client, service, settings) -> None:  # type: ignore[no-untyped-def]
    added = _upload(client, "derwentwater_lead_data_engineer.html")
    assert len(added) == 1 and added[0]["status"] == "queued"
    assert service.wait_idle(60)
    job = client.get(f"/api/jobs/{added[0]['job_id']}").json()
    assert job["status"] == "awaiting_approval", job
    assert job["match"]["passed_gates"] and job["match"]["criteria"]
    names = {d["name"] for d in job["documents"]}
    assert {"Alex_Morgan_CV.docx", "Alex_Morgan_CL.docx", "job_info.json"} <= names
    folder = Path(job["folder"])
    assert folder.parent == settings.EXPORT_DIR.resolve() or folder.parent == settings.EXPORT_DIR
    assert folder.name.startswith(tuple("0123456789")) and "derwent_water" in folder.name
    resp = client.get(f"/api/jobs/{job['id']}/documents/Alex_Morgan_CV.docx")
    assert resp.status_code == 200
    out = folder / "Alex_Morgan_CV.docx"
    styles = {p.style.name for p in Document(str(out)).paragraphs}
    assert {"Title", "Heading 1", "List Bullet"} <= styles


def test_list_filters_by_status_and_paginates(client, service) -> None:  # type: ignore[no-untyped-def]
    for name in ("lever_koalaworks_postings.json", "remotive_remote_jobs.json", "example_jobs_feed.rss"):
        _upload(client, name)
    assert service.wait_idle(90)
    everything = client.get("/api/jobs", params={"limit": 500}).json()
    assert everything["total"] == len(everything["items"]) >= 5
    first = client.get("/api/jobs", params={"limit": 2, "offset": 0}).json()
    second = client.get("/api/jobs", params={"limit": 2, "offset": 2}).json()
    assert len(first["items"]) == 2 and first["total"] == everything["total"]
    assert not {j["id"] for j in first["items"]} & {j["id"] for j in second["items"]}
    for status in {j["status"] for j in everything["items"]}:
        page = client.get("/api/jobs", params={"status": status}).json()
        assert page["items"] and all(j["status"] == status for j in page["items"])
    stats = client.get("/api/stats").json()
    assert stats["total"] == everything["total"]


def test_approve_and_reject_follow_the_status_machine(client, service) -> None:  # type: ignore[no-untyped-def]
    jobs = _upload(client, "ashby_harbourline_job_board.json")
    assert service.wait_idle(60)
    status = {j["job_id"]: client.get(f"/api/jobs/{j['job_id']}").json()["status"] for j in jobs}
    ready = [i for i, s in status.items() if s == "awaiting_approval"]
    filtered = [i for i, s in status.items() if s == "filtered"]
    assert ready and filtered, status  # the contract data role matches; the UK programme roles do not
    ok = client.post(f"/api/jobs/{ready[0]}/approve")
    assert ok.status_code == 200 and ok.json()["status"] == "approved"
    again = client.post(f"/api/jobs/{ready[0]}/approve")
    assert again.status_code == 409 and "cannot go from approved to approved" in again.json()["error"]
    rejected = client.post(f"/api/jobs/{ready[0]}/reject", json={"reason": "not for me"})
    assert rejected.status_code == 200 and rejected.json()["status"] == "skipped"
    twice = client.post(f"/api/jobs/{ready[0]}/reject")
    assert twice.status_code == 409 and "cannot go from skipped to skipped" in twice.json()["error"]
    refused = client.post(f"/api/jobs/{filtered[0]}/approve")
    assert refused.status_code == 409 and "cannot go from filtered to approved" in refused.json()["error"]


def test_the_same_posting_added_twice_is_one_job(client, service) -> None:  # type: ignore[no-untyped-def]
    first = _upload(client, "lever_koalaworks_postings.json")
    second = _upload(client, "lever_koalaworks_postings.json")
    assert [r["job_id"] for r in first] == [r["job_id"] for r in second]
    assert all("already known" in r["note"] for r in second)
    assert service.wait_idle(60)
    assert client.get("/api/jobs").json()["total"] == len(first)


def test_unreadable_posting_gets_a_clear_error_and_nothing_is_lost(allow_loopback_fetches, client, service) -> None:  # type: ignore[no-untyped-def]
    _upload(client, "lever_koalaworks_postings.json")
    before = client.get("/api/jobs").json()["total"]
    resp = client.post("/api/jobs", json={"payload": '{"jobs": [{"broken": ', "filename": "board.json"})
    assert resp.status_code == 422
    assert resp.json()["error"]
    resp = client.post("/api/jobs", json={"text": "   "})
    assert resp.status_code == 422 and resp.json()["error"]
    resp = client.post("/api/jobs", json={"url": "http://127.0.0.1:9/nothing-listens-here"})
    assert resp.status_code == 502 and "did not answer" in resp.json()["error"]  # the site, not the input
    assert client.get("/health").json()["ok"]
    assert client.get("/api/jobs").json()["total"] == before


def test_cv_that_is_not_a_word_file_is_named_and_the_job_waits_in_pending(client, service, settings) -> None:  # type: ignore[no-untyped-def]
    for f in settings.TEMPLATES_DIR.glob("*.docx"):
        f.unlink()
    (settings.TEMPLATES_DIR / "Jane_Doe_CV.docx").write_text("this is not a Word file")
    health = client.get("/health").json()
    problems = health["checks"]["templates"]["problems"]
    assert problems and "Jane_Doe_CV.docx" in problems[0]
    added = _upload(client, "derwentwater_lead_data_engineer.html")
    assert service.wait_idle(60)
    job = client.get(f"/api/jobs/{added[0]['job_id']}").json()
    assert job["status"] == "pending"
    assert job["failed_stage"] == "tailor" and "no usable CV found" in job["error"]
    assert "Jane_Doe_CV.docx" in job["error"]


def test_bad_configuration_reload_is_refused_and_the_app_keeps_running(client, settings) -> None:  # type: ignore[no-untyped-def]
    (settings.CONFIG_DIR / "search.yaml").write_text("min_score: 7\n")
    resp = client.post("/api/config/reload")
    assert resp.status_code == 422
    err = resp.json()
    assert err["detail"]["file"].endswith("search.yaml") and err["detail"]["key"] == "min_score"
    health = client.get("/health").json()
    assert health["checks"]["configuration"]["ok"] is False
    assert health["checks"]["database"]["ok"] is True
    assert client.get("/api/jobs").status_code == 200


def test_unknown_job_is_a_404_with_the_error_shape(client) -> None:  # type: ignore[no-untyped-def]
    resp = client.get("/api/jobs/nope")
    assert resp.status_code == 404 and resp.json() == {"error": "no job with id nope", "detail": None}


def test_openapi_is_served(client) -> None:  # type: ignore[no-untyped-def]
    assert "/api/jobs" in client.get("/openapi.json").json()["paths"]
    assert client.get("/docs").status_code == 200
