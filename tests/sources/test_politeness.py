"""robots.txt, the User-Agent and per-host pacing, against a real loopback server."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from app.config.platforms import PlatformsConfig
from app.sources.discover import discover_source, fetch_page
from app.sources.http import Http
from app.sources.robots import ROBOTS

from .localserver import LocalServer, Reply, source_cfg

PAGE = b"""<html><head><title>Data Engineer</title><script type="application/ld+json">
{"@context": "https://schema.org", "@type": "JobPosting", "title": "Data Engineer",
 "hiringOrganization": {"@type": "Organization", "name": "Nimbus"},
 "jobLocation": {"@type": "Place", "address": {"addressLocality": "Hobart", "addressCountry": "AU"}},
 "description": "<p>Pipelines.</p>", "datePosted": "2026-11-20"}</script></head><body>x</body></html>"""


@pytest.fixture(autouse=True)
def _fresh_robots() -> Iterator[None]:
    ROBOTS.clear()
    yield
    ROBOTS.clear()


def _page_cfg(server: LocalServer, path: str):
    cfg = source_cfg("page", server, url=f"{server.url}{path}")
    return cfg


def test_page_fetch_is_refused_where_robots_txt_disallows_it(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.route("/robots.txt", Reply(b"User-agent: jobsmith-tests\nDisallow: /jobs/\n", content_type="text/plain"))
    server.route("/jobs/1", Reply(PAGE, content_type="text/html"))
    run = discover_source(_page_cfg(server, "/jobs/1"), platforms)
    assert not run.ok and "robots.txt disallows /jobs/1" in (run.error or "")
    assert [s.path for s in server.seen] == ["/robots.txt"]  # the page itself was never requested


def test_page_fetch_goes_ahead_where_robots_txt_allows_it(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.route("/robots.txt", Reply(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"))
    server.route("/jobs/1", Reply(PAGE, content_type="text/html"))
    run = discover_source(_page_cfg(server, "/jobs/1"), platforms)
    assert run.ok, run.error
    assert run.jobs[0].company == "Nimbus"
    assert [s.path for s in server.seen] == ["/robots.txt", "/jobs/1"]
    assert all(s.headers.get("User-Agent") == platforms.user_agent for s in server.seen)


def test_missing_robots_txt_allows_and_unreadable_robots_txt_refuses(
    server: LocalServer, platforms: PlatformsConfig
) -> None:
    server.route("/jobs/1", Reply(PAGE, content_type="text/html"))
    assert fetch_page(f"{server.url}/jobs/1", platforms)[0].title == "Data Engineer"  # robots.txt: 404
    ROBOTS.clear()
    server.route("/robots.txt", Reply(b"down", status=500, content_type="text/plain"))
    with pytest.raises(Exception, match="did not answer for its robots"):
        fetch_page(f"{server.url}/jobs/1", platforms)


def test_robots_txt_is_read_once_per_host(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.route("/robots.txt", Reply(b"User-agent: *\nAllow: /\n", content_type="text/plain"))
    server.route("/jobs/1", Reply(PAGE, content_type="text/html"))
    for _ in range(3):
        assert discover_source(_page_cfg(server, "/jobs/1"), platforms).ok
    assert [s.path for s in server.seen].count("/robots.txt") == 1


def test_board_apis_are_not_subject_to_robots_txt(server: LocalServer, platforms: PlatformsConfig) -> None:
    server.route("/robots.txt", Reply(b"User-agent: *\nDisallow: /\n", content_type="text/plain"))
    server.route("/v1/boards/acme/jobs", Reply(b'{"jobs": []}'))
    assert discover_source(source_cfg("greenhouse", server, board="acme"), platforms).ok


def test_requests_to_one_host_are_spaced_across_sources(server: LocalServer) -> None:
    server.route("/a", Reply(b"{}"))
    with httpx.Client() as client:
        # 0.5 s apart. Measured from before the first send: a request is never received before it is sent, while
        # the server's receipt of any one can lag under load, which would shorten a receipt-to-receipt gap.
        # Without the shared per-host turn the second source would send at once and the whole took 0.5 s.
        first = Http(client, user_agent="jobsmith-tests/1.0", timeout=5, requests_per_minute=120)
        second = Http(client, user_agent="jobsmith-tests/1.0", timeout=5, requests_per_minute=120)
        started = time.monotonic()
        first.get_json(f"{server.url}/a")
        second.get_json(f"{server.url}/a")  # another source, the same host: waits its turn
        first.get_json(f"{server.url}/a")
    after = [seen.at - started for seen in server.seen]
    assert len(after) == 3 and after[1] >= 0.5 and after[2] >= 1.0, after
