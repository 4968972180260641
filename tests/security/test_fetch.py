"""The guarded fetcher against real loopback servers: internal addresses in every spelling, redirects,
a slow-drip server and a gzip bomb."""

from __future__ import annotations

import gzip
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from app.config.platforms import PlatformsConfig, SourceConfig
from app.errors import FetchDeadline, FetchRefused, FetchTooLarge, SourceError
from app.net.fetch import FetchPolicy, fetch, why_blocked
from app.sources.discover import discover_source

PAGE = (
    b"<html><head><title>Internal admin - Intranet</title></head>"
    b"<body><h1>Internal secret page</h1><p>root password</p></body></html>"
)
Handler = Callable[[BaseHTTPRequestHandler], None]


@contextmanager
def server(routes: dict[str, Handler], host: str = "127.0.0.1") -> Iterator[tuple[str, list[str]]]:
    """A loopback HTTP server; yields its base URL and the paths it was asked for."""
    hits: list[str] = []

    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            hits.append(self.path)
            route = routes.get(self.path.split("?")[0])
            if route is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            with suppress(BrokenPipeError, ConnectionResetError):
                route(self)

        def log_message(self, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer((host, 0), H)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://{host}:{httpd.server_address[1]}", hits
    finally:
        httpd.shutdown()
        httpd.server_close()


def page(h: BaseHTTPRequestHandler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(len(PAGE)))
    h.end_headers()
    h.wfile.write(PAGE)


def redirect_to(url: str) -> Handler:
    def handler(h: BaseHTTPRequestHandler) -> None:
        h.send_response(302)
        h.send_header("Location", url)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return handler


DEFAULT = FetchPolicy()  # no allow list: what a seeker gets


def test_internal_addresses_are_refused_in_every_spelling() -> None:
    with server({"/": page}) as (base, hits):
        port = base.rsplit(":", 1)[1]
        for host in (
            "127.0.0.1",
            "localhost",
            "2130706433",
            "0x7f000001",
            "0x7f.0.0.1",
            "127.1",
            "0177.0.0.1",
            "[::ffff:127.0.0.1]",
            "[::ffff:7f00:1]",
            "[::1]",
            "0.0.0.0",
        ):
            with pytest.raises(FetchRefused) as refused:
                fetch(f"http://{host}:{port}/", DEFAULT)
            assert "refused" in refused.value.message, host
        assert hits == []  # refused before connecting


@pytest.mark.parametrize(
    "address",
    [
        "10.0.0.1",
        "172.16.5.4",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "224.0.0.1",
        "240.0.0.1",
        "fd00:ec2::254",
        "fe80::1",
        "::ffff:10.0.0.1",
        "64:ff9b::a00:1",
        "2002:c0a8:101::1",
        "0.1.2.3",
        "255.255.255.255",
    ],
)
def test_private_link_local_metadata_and_reserved_ranges_are_blocked(address: str) -> None:
    import ipaddress

    assert why_blocked(ipaddress.ip_address(address)) is not None


def test_public_addresses_pass() -> None:
    import ipaddress

    for address in ("93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "1.1.1.1"):
        assert why_blocked(ipaddress.ip_address(address)) is None


def test_other_schemes_are_refused() -> None:
    for url in ("file:///etc/passwd", "ftp://example.com/x", "gopher://127.0.0.1:6379/_PING"):
        with pytest.raises(SourceError):
            fetch(url, DEFAULT)


def test_a_redirect_to_an_internal_address_is_refused() -> None:
    # The "outside" server is 127.0.0.2, allowed on purpose; it redirects to 127.0.0.1, which is not.
    with (
        server({"/secret": page}) as (internal, internal_hits),
        server({"/job": redirect_to(f"{internal}/secret")}, host="127.0.0.2") as (outside, _),
    ):
        allowed = FetchPolicy.from_settings(_settings("127.0.0.2"))
        with pytest.raises(FetchRefused):
            fetch(f"{outside}/job", allowed)
        assert internal_hits == []


def test_the_allow_list_permits_an_intranet_host() -> None:
    with server({"/": page}) as (base, hits):
        resp = fetch(f"{base}/", FetchPolicy.from_settings(_settings("127.0.0.0/8")))
        assert resp.status_code == 200 and resp.content == PAGE and hits == ["/"]


def test_redirects_are_limited() -> None:
    routes: dict[str, Handler] = {}
    with server(routes) as (base, hits):
        routes["/loop"] = redirect_to(f"{base}/loop")
        with pytest.raises(SourceError) as err:
            fetch(f"{base}/loop", FetchPolicy.from_settings(_settings("127.0.0.1", max_redirects=3)))
        assert "TooManyRedirects" in err.value.message and len(hits) == 4


def test_a_slow_drip_server_stops_at_the_deadline() -> None:
    stop = threading.Event()

    def drip(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        while not stop.is_set():
            h.wfile.write(b"x")
            h.wfile.flush()
            time.sleep(0.2)

    with server({"/": drip}) as (base, _):
        policy = FetchPolicy.from_settings(_settings("127.0.0.1", deadline=1.5))
        started = time.monotonic()
        with pytest.raises(FetchDeadline):
            fetch(f"{base}/", policy)
        elapsed = time.monotonic() - started
        stop.set()
    assert 1.4 <= elapsed < 2.5, elapsed


def test_a_silent_server_stops_at_the_deadline() -> None:
    stop = threading.Event()

    def silent(h: BaseHTTPRequestHandler) -> None:
        stop.wait(10)

    with server({"/": silent}) as (base, _):
        started = time.monotonic()
        with pytest.raises(SourceError):
            fetch(f"{base}/", FetchPolicy.from_settings(_settings("127.0.0.1", deadline=1.0)))
        elapsed = time.monotonic() - started
        stop.set()
    assert elapsed < 2.0, elapsed


def test_a_gzip_bomb_stops_at_the_size_cap_with_memory_bounded() -> None:
    bomb = gzip.compress(b"\0" * (200 * 1024 * 1024), compresslevel=9)  # 200 MB of zeros, ~200 KB on the wire
    assert len(bomb) < 400_000

    def send_bomb(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Encoding", "gzip")
        h.send_header("Content-Length", str(len(bomb)))
        h.end_headers()
        h.wfile.write(bomb)

    with server({"/": send_bomb}) as (base, _):
        policy = FetchPolicy.from_settings(_settings("127.0.0.1", max_bytes=2 * 1024 * 1024))
        tracemalloc.start()
        try:
            with pytest.raises(FetchTooLarge) as err:
                fetch(f"{base}/", policy)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert "once decoded" in err.value.message
    assert peak < 16 * 1024 * 1024, peak


def test_a_huge_body_stops_at_the_size_cap_on_the_wire() -> None:
    def endless(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Connection", "close")
        h.end_headers()
        for _ in range(400):  # 25 MB, no Content-Length
            h.wfile.write(b"a" * 65536)

    with server({"/": endless}) as (base, _), pytest.raises(FetchTooLarge) as err:
        fetch(f"{base}/", FetchPolicy.from_settings(_settings("127.0.0.1", max_bytes=1024 * 1024)))
    assert "on the wire" in err.value.message


def test_add_by_url_refuses_internal_addresses_and_stores_nothing(client: Any, service: Any) -> None:
    with server({"/": page, "/r": redirect_to("http://127.0.0.1:1/")}) as (base, hits):
        port = base.rsplit(":", 1)[1]
        for url in (
            f"{base}/",
            f"http://0x7f000001:{port}/",
            f"http://[::ffff:127.0.0.1]:{port}/",
            f"http://2130706433:{port}/",
        ):
            resp = client.post("/api/jobs", json={"url": url})
            assert resp.status_code == 422, (url, resp.text)
            assert "refused" in resp.json()["error"]
        assert hits == []
    assert service.store.scalar("SELECT count(*) FROM jobs") == 0


def test_a_discovery_source_that_redirects_inward_fails_with_the_reason() -> None:
    with (
        server({"/secret": page}) as (internal, internal_hits),
        server({"/jobs": redirect_to(f"{internal}/secret")}, host="127.0.0.2") as (outside, _),
    ):
        cfg = SourceConfig(name="evil", type="page", params={"url": f"{outside}/jobs"})
        from app.net.fetch import guarded_client

        with guarded_client(FetchPolicy.from_settings(_settings("127.0.0.2"))) as client:
            run = discover_source(cfg, PlatformsConfig(), client)
        assert not run.ok and "refused" in (run.error or "")
        assert internal_hits == []


def test_discovery_by_default_refuses_a_loopback_source() -> None:
    with server({"/jobs": page}) as (base, hits):
        run = discover_source(SourceConfig(name="lan", type="page", params={"url": f"{base}/jobs"}), PlatformsConfig())
        assert not run.ok and "refused" in (run.error or "")
        assert hits == []


def _settings(allow: str, *, max_bytes: int = 10 * 1024 * 1024, deadline: float = 10.0, max_redirects: int = 5) -> Any:
    from app.settings import Settings

    return Settings(
        _env_file=None,
        FETCH_ALLOW_HOSTS=allow,
        FETCH_MAX_BYTES=max_bytes,
        FETCH_DEADLINE_SECONDS=deadline,
        FETCH_MAX_REDIRECTS=max_redirects,
    )


def test_slow_pages_never_take_every_api_thread(settings: Any) -> None:
    import httpx

    from app.intake import FETCH_SLOTS
    from app.main import create_app
    from app.service import Jobsmith
    from tests.security.servers import serve

    stop = threading.Event()

    def drip(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        while not stop.is_set():
            h.wfile.write(b" ")
            h.wfile.flush()
            time.sleep(0.3)

    s = settings.model_copy(update={"FETCH_ALLOW_HOSTS": "127.0.0.1", "FETCH_DEADLINE_SECONDS": 6.0})
    svc = Jobsmith(s).start()
    answers: list[int] = []
    try:
        with server({"/": drip}) as (slow, _), serve(create_app(s, svc)) as api:

            def add() -> None:
                answers.append(httpx.post(f"{api}/api/jobs", json={"url": f"{slow}/"}, timeout=30).status_code)

            threads = [threading.Thread(target=add) for _ in range(FETCH_SLOTS)]
            for t in threads:
                t.start()
            time.sleep(1.5)  # every slot is taken by a dripping page
            extra = httpx.post(f"{api}/api/jobs", json={"url": f"{slow}/"}, timeout=5)
            assert extra.status_code == 429 and "try again" in extra.json()["error"]
            started = time.monotonic()
            assert httpx.get(f"{api}/health", timeout=5).status_code == 200
            assert time.monotonic() - started < 2
            for t in threads:
                t.join(30)
            stop.set()
    finally:
        svc.stop()
    assert answers == [504] * FETCH_SLOTS  # each stopped at the deadline


def test_an_allowed_name_with_several_addresses_reaches_the_one_that_listens() -> None:
    with server({"/": page}) as (base, hits):  # 127.0.0.1 only; on some systems "localhost" gives ::1 first
        port = base.rsplit(":", 1)[1]
        resp = fetch(f"http://localhost:{port}/", FetchPolicy.from_settings(_settings("localhost")))
        assert resp.status_code == 200 and hits == ["/"]
