"""A failing source is marked failed with the reason; it never raises and the others go on."""

from __future__ import annotations

import time

from app.config.platforms import PlatformsConfig, SourceConfig
from app.sources.discover import discover_all, discover_source

from .localserver import POSTINGS, LocalServer, Reply, source_cfg


def test_http_500_marks_the_source_failed(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.route("/v1/boards/acme/jobs", Reply(b"oops", status=500, content_type="text/plain"))
    run = discover_source(source_cfg("greenhouse", server, board="acme"), platforms)
    assert not run.ok and run.jobs == []
    assert "HTTP 500" in run.error


def test_timeout_marks_the_source_failed(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.route("/api/remote-jobs", Reply(b"{}", delay=1.5))
    started = time.monotonic()
    run = discover_source(source_cfg("remotive", server, timeout_seconds=0.3), platforms)
    assert not run.ok
    assert "timed out after 0.3s" in run.error
    assert time.monotonic() - started < 1.4


def test_429_with_long_retry_after_fails_with_the_wait(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.route("/api/remote-jobs", Reply(b"slow down", status=429, headers={"Retry-After": "120"}))
    run = discover_source(source_cfg("remotive", server), platforms)
    assert not run.ok
    assert "rate limited (HTTP 429, retry after 120s)" in run.error
    assert len(server.seen) == 1  # a long wait is not sat out: the run fails and the schedule retries later


def test_429_with_short_retry_after_is_retried_once(server: LocalServer, platforms: PlatformsConfig) -> None:
    body = (POSTINGS / "remotive_remote_jobs.json").read_bytes()
    server.route("/api/remote-jobs", [Reply(b"", status=429, headers={"Retry-After": "0"}), Reply(body)])
    run = discover_source(source_cfg("remotive", server), platforms)
    assert run.ok, run.error
    assert len(run.jobs) == 2 and len(server.seen) == 2


def test_malformed_json_marks_the_source_failed(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.route("/posting-api/job-board/acme", Reply(b'{"jobs": [ {"title": '))
    run = discover_source(source_cfg("ashby", server, board="acme"), platforms)
    assert not run.ok and "malformed JSON" in run.error


def test_wrong_shape_payload_marks_the_source_failed(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.route("/v1/boards/acme/jobs", Reply(b'{"postings": []}'))
    run = discover_source(source_cfg("greenhouse", server, board="acme"), platforms)
    assert not run.ok and "malformed greenhouse payload" in run.error


def test_posting_without_title_marks_the_source_failed(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.route("/api/remote-jobs", Reply(b'{"jobs": [{"id": 1, "company_name": "X"}]}'))
    run = discover_source(source_cfg("remotive", server), platforms)
    assert not run.ok and "malformed remotive posting" in run.error and "title" in run.error


def test_unknown_source_type_and_missing_param_fail_cleanly(platforms: PlatformsConfig) -> None:
    run = discover_source(SourceConfig(name="x", type="nosuch"), platforms)
    assert not run.ok and "unknown source type 'nosuch'" in run.error
    run = discover_source(SourceConfig(name="gh", type="greenhouse"), platforms)
    assert not run.ok and "`board` parameter is required" in run.error


def test_one_failing_source_does_not_stop_the_others(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.file("/api/remote-jobs", "remotive_remote_jobs.json")
    server.route("/v1/boards/broken/jobs", Reply(b"", status=503))
    server.file("/posting-api/job-board/harbourline", "ashby_harbourline_job_board.json")
    platforms = platforms.model_copy(
        update={
            "sources": [
                source_cfg("greenhouse", server, board="broken"),
                source_cfg("remotive", server),
                source_cfg("ashby", server, board="harbourline"),
                source_cfg("ashby", server, board="harbourline").model_copy(update={"name": "off", "enabled": False}),
            ]
        }
    )
    runs = discover_all(platforms)
    assert [(r.type, r.ok) for r in runs] == [("greenhouse", False), ("remotive", True), ("ashby", True)]
    assert "HTTP 503" in runs[0].error
    assert len(runs[1].jobs) == 2 and len(runs[2].jobs) == 2


def test_requests_are_spaced_to_the_rate_limit(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.route("/jobs/api", Reply(b'{"totalCount": 6, "jobs": [{"title": "A", "companyName": "B", "guid": "g"}]}'))
    cfg = source_cfg("himalayas", server, page_size=1, max_pages=3, requests_per_minute=300)
    started = time.monotonic()
    run = discover_source(cfg, platforms)
    assert run.ok and run.pages == 3
    # 300 a minute: one request every 0.2 s, so the third is sent 0.4 s after the first at the earliest. Measured
    # from before the run: the server's receipt of a request can lag under load (the first one's too, which
    # shortens a receipt-to-receipt span), but a request is never received before it is sent.
    assert len(server.seen) == 3 and server.seen[-1].at - started >= 0.4


def test_malformed_feed_marks_the_source_failed(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.route("/feed", Reply(b"<html><body>Not a feed <p>at all", content_type="text/html"))
    run = discover_source(source_cfg("rss", server, url=f"{server.url}/feed"), platforms)
    assert not run.ok and "malformed rss payload" in run.error


def test_an_empty_feed_is_a_successful_run_with_no_jobs(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.route(
        "/feed",
        Reply(
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>Jobs</title></channel></rss>',
            content_type="application/rss+xml",
        ),
    )
    run = discover_source(source_cfg("rss", server, url=f"{server.url}/feed"), platforms)
    assert run.ok and run.jobs == [] and run.pages == 1
