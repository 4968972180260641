"""Liveness: a posting is re-checked before its documents are made and before sending; a closed one
becomes `expired` with the evidence and is never sent. Real loopback server, real service and DuckDB."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import httpx
import pytest

from app.domain.models import Job
from app.sources.http import Http
from app.sources.liveness import check
from app.sources.robots import ROBOTS

from .localserver import LocalServer, Reply

TODAY = date(2026, 11, 30)
OPEN_PAGE = b"<html><body><h1>Data Engineer</h1><p>Apply now.</p></body></html>"


@pytest.fixture(autouse=True)
def _fresh_robots() -> Iterator[None]:
    ROBOTS.clear()
    yield
    ROBOTS.clear()


def _job(url: str, **kw: object) -> Job:
    return Job(title="Data Engineer", company="Nimbus", url=url, source=kw.pop("source", "page"), **kw)  # type: ignore[arg-type]


def _check(job: Job) -> tuple[str, str]:
    with httpx.Client() as client:
        verdict = check(
            job, Http(client, user_agent="jobsmith-tests/1.0", timeout=5, requests_per_minute=0, retries=0), today=TODAY
        )
    return verdict.state, verdict.evidence


@pytest.mark.parametrize(
    ("reply", "state", "evidence"),
    [
        (Reply(b"gone", status=404, content_type="text/html"), "closed", "HTTP 404"),
        (Reply(b"gone", status=410, content_type="text/html"), "closed", "HTTP 410"),
        (Reply(b"<p>This position has been filled.</p>", content_type="text/html"), "closed", "has been filled"),
        (
            Reply(b"<p>We are no longer accepting applications for this role.</p>", content_type="text/html"),
            "closed",
            "no longer accepting applications",
        ),
        (
            Reply(
                b'<script type="application/ld+json">{"@type": "JobPosting", "validThrough": "2026-10-01"}</script>',
                content_type="text/html",
            ),
            "closed",
            "validThrough 2026-10-01",
        ),
        (Reply(b"busy", status=503, content_type="text/html"), "unreachable", "HTTP 503"),
        (Reply(OPEN_PAGE, content_type="text/html"), "open", "reads as open"),
    ],
)
def test_a_posting_page_is_read_for_closure(server: LocalServer, reply: Reply, state: str, evidence: str) -> None:
    server.route("/jobs/1", reply)
    got_state, got_evidence = _check(_job(f"{server.url}/jobs/1"))
    assert got_state == state and evidence in got_evidence


def test_a_passed_closing_date_in_the_posting_needs_no_request(server: LocalServer) -> None:
    job = _job(f"{server.url}/jobs/1", raw={"expiryDate": 1790000000})  # 2026-09-21
    assert _check(job)[0] == "closed"
    assert server.seen == []


def test_robots_txt_refusal_is_unreachable_not_closed(server: LocalServer) -> None:
    server.route("/robots.txt", Reply(b"User-agent: *\nDisallow: /\n", content_type="text/plain"))
    server.route("/jobs/1", Reply(OPEN_PAGE, content_type="text/html"))
    state, evidence = _check(_job(f"{server.url}/jobs/1"))
    assert state == "unreachable" and "robots.txt" in evidence


def test_workday_posting_no_longer_posted_is_closed(server: LocalServer) -> None:
    path = "/job/Sydney/Data-Engineer_R1"
    server.route(
        f"/wday/cxs/127/External{path}",
        Reply(json.dumps({"jobPostingInfo": {"title": "Data Engineer", "posted": False, "canApply": False}}).encode()),
    )
    job = _job(f"{server.url}/External{path}", source="workday", source_id=path)
    assert _check(job)[0] == "closed"
    server.route(f"/wday/cxs/127/External{path}", Reply(b'{"errorCode": "NOT_FOUND"}', status=404))
    assert _check(job)[0] == "closed"


# -- through the service: before approval, and before sending ------------------------------------


@pytest.fixture
def live_service(workdir, server: LocalServer) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from app.service import Jobsmith
    from app.settings import Settings

    settings = Settings(
        _env_file=None,
        DUCKDB_PATH=workdir / "data" / "jobs.duckdb",
        CONFIG_DIR=workdir / "config",
        TEMPLATES_DIR=workdir / "current_cv_coverletter",
        EXPORT_DIR=workdir / "export",
        CACHE_DIR=workdir / "data" / "cache",
        EMBEDDED_WORKERS=2,
        LIVENESS_CHECKS=True,
        SMTP_SERVER="127.0.0.1",
        SMTP_PORT=1,
        SENDER_EMAIL="alex@example.org",
    )
    svc = Jobsmith(settings).start()
    yield svc
    svc.stop()


def test_an_expired_posting_never_reaches_approval_and_is_never_sent(live_service, server: LocalServer) -> None:  # type: ignore[no-untyped-def]
    from tests.runtime.jobs import make_jobs

    svc = live_service
    closed, still_open = make_jobs(2, every_match=1)
    closed = closed.model_copy(update={"url": f"{server.url}/jobs/closed", "apply_email": "jobs@nimbus.example"})
    still_open = still_open.model_copy(update={"url": f"{server.url}/jobs/open", "apply_email": "jobs@koala.example"})
    server.route("/jobs/closed", Reply(b"gone", status=410, content_type="text/html"))
    server.route("/jobs/open", Reply(OPEN_PAGE, content_type="text/html"))
    svc.add_jobs([closed, still_open])
    assert svc.wait_idle(120)
    rows = {r["url"]: r for r in svc.store.read("SELECT id, url, status, status_reason FROM jobs")}
    gone = rows[f"{server.url}/jobs/closed"]
    assert gone["status"] == "expired" and "HTTP 410" in gone["status_reason"]
    history = [
        r["to_status"]
        for r in svc.store.read(
            "SELECT to_status FROM status_history WHERE job_id = ? ORDER BY changed_at", [gone["id"]]
        )
    ]
    assert "awaiting_approval" not in history and "documents_ready" not in history
    live = rows[f"{server.url}/jobs/open"]
    assert live["status"] == "awaiting_approval"

    # the open one closes while it waits for approval: approving it sends nothing
    from app.applications.hooks import change_modes

    change_modes(svc, approval_mode=True, dry_run=False)
    server.route("/jobs/open", Reply(b"<p>This job has expired.</p>", content_type="text/html"))
    result = svc.approve(live["id"])
    assert result is not None and result.state == "expired"
    after = svc.store.read_one("SELECT status, status_reason FROM jobs WHERE id = ?", [live["id"]])
    assert after["status"] == "expired" and "has expired" in after["status_reason"]
    assert svc.store.scalar("SELECT count(*) FROM outbox") == 0
    assert svc.store.scalar("SELECT count(*) FROM applications") == 0


def test_a_posting_that_fails_the_gates_is_never_fetched(live_service, server: LocalServer) -> None:  # type: ignore[no-untyped-def]
    from tests.runtime.jobs import make_jobs

    svc = live_service
    good, junior = make_jobs(2, every_match=2)  # the second is a junior on-site role: it fails the gates
    good = good.model_copy(update={"url": f"{server.url}/jobs/good"})
    junior = junior.model_copy(update={"url": f"{server.url}/jobs/junior"})
    server.route("/jobs/good", Reply(OPEN_PAGE, content_type="text/html"))
    server.route("/jobs/junior", Reply(OPEN_PAGE, content_type="text/html"))
    svc.add_jobs([good, junior])
    assert svc.wait_idle(120)
    status = {r["url"]: r["status"] for r in svc.store.read("SELECT url, status FROM jobs")}
    assert status[f"{server.url}/jobs/junior"] == "filtered"
    assert status[f"{server.url}/jobs/good"] == "awaiting_approval"
    fetched = [s.path for s in server.seen if s.path.startswith("/jobs/")]
    assert fetched == ["/jobs/good"]
    stages = svc.store.read(
        "SELECT j.url, s.stage FROM stage_runs s JOIN jobs j ON j.id = s.job_id WHERE s.state = 'finished'"
    )
    assert ("liveness" in {s["stage"] for s in stages if s["url"].endswith("/good")}) and (
        "liveness" not in {s["stage"] for s in stages if s["url"].endswith("/junior")}
    )


def test_migration_009_keeps_every_job_and_admits_expired(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import duckdb

    from app.store.db import Store, migration_files

    path = tmp_path / "jobs.duckdb"
    con = duckdb.connect(str(path))  # a database as it was before 009, with a job in it
    con.execute(
        "CREATE TABLE schema_migrations (version VARCHAR PRIMARY KEY, applied_at TIMESTAMP NOT NULL DEFAULT now())"
    )
    for name, sql in migration_files():
        if name < "009":
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations (version) VALUES (?)", [name])
    con.execute(
        "INSERT INTO jobs (id, status, title, company, source, job, score) "
        "VALUES ('j1', 'awaiting_approval', 'Data Engineer', 'Nimbus', 'page', '{}', 0.8)"
    )
    con.close()

    store = Store(path).open()
    try:
        row = store.read_one("SELECT status, title, score FROM jobs WHERE id = 'j1'")
        assert row == {"status": "awaiting_approval", "title": "Data Engineer", "score": 0.8}
        store.write(lambda cur: cur.execute("UPDATE jobs SET status = 'expired' WHERE id = 'j1'"))
        with pytest.raises(duckdb.ConstraintException):
            store.write(lambda cur: cur.execute("UPDATE jobs SET status = 'vanished' WHERE id = 'j1'"))
    finally:
        store.close()
