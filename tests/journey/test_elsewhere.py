"""Applications made elsewhere, "apply anyway" and a pending job applied to by hand: each is tracked and
counted like any other application, with the seeker's words in the history."""

from __future__ import annotations

from app.domain.status import Status
from app.store.jobs import transition

GRADUATE = """Graduate Data Analyst
Company: Apple Isle Insurance
Location: Brisbane, Queensland (on-site)
Graduate program for recent graduates. Permanent, full-time. Salary AUD 65,000 a year.
Apply at https://apple-isle.example/careers/77"""


def test_an_outside_application_is_tracked_and_counted_in_metrics(client, service) -> None:  # type: ignore[no-untyped-def]
    before = client.get("/api/applications/metrics").json()
    resp = client.post(
        "/api/applications/outside",
        json={
            "title": "Analytics Engineer",
            "company": "Southern Lights Energy",
            "url": "https://jobs.example/ae-1",
            "applied_on": "2026-11-20",
            "channel": "LinkedIn Easy Apply",
            "notes": "referred by Sam",
        },
    )
    assert resp.status_code == 201, resp.text
    job_id = resp.json()["job_id"]
    job = client.get(f"/api/jobs/{job_id}").json()
    assert job["status"] == "applied" and job["source"] == "outside"
    reason = job["history"][-1]["reason"]
    assert reason == "applied outside jobsmith via LinkedIn Easy Apply on 2026-11-20: referred by Sam"
    after = client.get("/api/applications/metrics").json()
    assert after["applied"] == before["applied"] + 1
    assert [r for r in after["funnel"] if r["source"] == "outside"]

    outcome = client.post(f"/api/applications/{job_id}/outcome", json={"outcome": "interview"})
    assert outcome.status_code == 200, outcome.text
    assert client.get("/api/applications/metrics").json()["responded"] == before["responded"] + 1


def test_the_same_outside_application_twice_is_refused_as_already_applied(client, service) -> None:  # type: ignore[no-untyped-def]
    body = {
        "title": "Analytics Engineer",
        "company": "Southern Lights Energy",
        "url": "https://jobs.example/ae-2",
        "channel": "recruiter",
    }
    assert client.post("/api/applications/outside", json=body).status_code == 201
    again = client.post("/api/applications/outside", json=body)
    assert again.status_code == 409 and "already applied" in again.json()["error"]


def test_an_outside_application_needs_title_and_company(client) -> None:  # type: ignore[no-untyped-def]
    resp = client.post("/api/applications/outside", json={"title": " ", "company": "Acme"})
    assert resp.status_code == 422


def test_apply_anyway_tailors_a_filtered_job_and_keeps_the_reason(client, service) -> None:  # type: ignore[no-untyped-def]
    [added] = client.post("/api/jobs", json={"text": GRADUATE}).json()
    assert service.wait_idle(60)
    job = client.get(f"/api/jobs/{added['job_id']}").json()
    assert job["status"] in ("filtered", "rejected"), job["status"]
    assert client.post(f"/api/jobs/{job['id']}/apply-anyway", json={"reason": " "}).status_code == 422

    resp = client.post(f"/api/jobs/{job['id']}/apply-anyway", json={"reason": "a friend works there"})

    assert resp.status_code == 200, resp.text
    assert service.wait_idle(60)
    job = client.get(f"/api/jobs/{job['id']}").json()
    assert job["status"] == "awaiting_approval", job["status_reason"]
    reasons = [h["reason"] for h in job["history"]]
    assert "apply anyway, by you: a friend works there" in reasons
    assert any((r or "").startswith("applied anyway (a friend works there); score") for r in reasons), reasons
    assert client.post(f"/api/jobs/{job['id']}/apply-anyway", json={"reason": "again"}).status_code == 409


def test_a_pending_job_can_be_marked_applied_by_hand(client, service) -> None:  # type: ignore[no-untyped-def]
    [added] = client.post("/api/jobs", json={"text": GRADUATE}).json()
    assert service.wait_idle(60)
    job_id = added["job_id"]
    assert client.get(f"/api/jobs/{job_id}").json()["status"] == "filtered"

    def to_pending(cur):  # type: ignore[no-untyped-def]  # a run that needed the seeker, as the recorder would
        for step in (Status.QUEUED, Status.PROCESSING, Status.PENDING):
            transition(cur, job_id, step, reason="test")

    service.store.write(to_pending)

    resp = client.post(f"/api/applications/{job_id}/applied", json={"note": "applied on their site"})

    assert resp.status_code == 200, resp.text
    job = client.get(f"/api/jobs/{job_id}").json()
    assert job["status"] == "applied" and job["history"][-1]["reason"] == "applied on their site"
    assert client.get("/api/applications/metrics").json()["applied"] == 1
