"""Every route but /health needs the token when auth is on; Host names, cross-origin posts, body limits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from starlette.websockets import WebSocket, WebSocketDisconnect

from app.api.security import ensure_token_file, json_depth, read_token
from app.main import create_app
from tests.security.servers import serve

TOKEN = "t0ken-for-tests-0123456789abcdef"


def _routes(app: Any) -> list[tuple[str, str]]:
    """(method, path) of every route the app has, path parameters filled in."""
    from fastapi.routing import iter_route_contexts  # flattens included routers (FastAPI's own walk)

    found = []
    for route in iter_route_contexts(app.routes):
        for method in sorted(getattr(route, "methods", None) or {"GET"}):
            if method == "HEAD":
                continue
            found.append((method, re.sub(r"\{[^}]+\}", "x", route.path)))
    return found


@pytest.fixture
def beyond_loopback(settings: Any, service: Any) -> Iterator[TestClient]:
    s = settings.model_copy(update={"API_HOST": "0.0.0.0", "API_TOKEN": SecretStr(TOKEN)})
    with TestClient(create_app(s, service)) as c:
        yield c


def test_every_route_but_health_refuses_a_request_without_the_token(beyond_loopback: TestClient) -> None:
    routes = _routes(beyond_loopback.app)
    assert len(routes) > 20  # the enumeration really saw the app
    for method, path in routes:
        resp = beyond_loopback.request(method, path)
        if path == "/health":
            assert resp.status_code in (200, 503), (method, path)
        else:
            assert resp.status_code == 401, (method, path, resp.status_code, resp.text[:200])


def test_every_route_refuses_a_wrong_token(beyond_loopback: TestClient) -> None:
    for method, path in _routes(beyond_loopback.app):
        if path != "/health":
            resp = beyond_loopback.request(method, path, headers={"Authorization": "Bearer wrong"})
            assert resp.status_code == 401, (method, path)


def test_the_token_opens_the_api(beyond_loopback: TestClient) -> None:
    assert beyond_loopback.get("/api/stats", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    assert beyond_loopback.get("/api/stats", headers={"X-API-Token": TOKEN}).status_code == 200


def test_bound_beyond_loopback_without_a_token_refuses_everything_but_health(settings: Any, service: Any) -> None:
    s = settings.model_copy(update={"API_HOST": "0.0.0.0"})
    with TestClient(create_app(s, service)) as c:
        resp = c.get("/api/stats")
        assert resp.status_code == 401 and "jobsmith init" in resp.json()["error"]
        assert c.get("/health").status_code == 200


def test_on_loopback_the_token_is_optional_but_enforced_once_set(settings: Any, service: Any) -> None:
    with TestClient(create_app(settings, service)) as c:
        assert c.get("/api/stats").status_code == 200
    with TestClient(create_app(settings.model_copy(update={"API_TOKEN": SecretStr(TOKEN)}), service)) as c:
        assert c.get("/api/stats").status_code == 401


def test_a_request_from_another_machine_needs_the_token_even_when_bound_to_loopback(
    settings: Any, service: Any
) -> None:
    with TestClient(create_app(settings, service), client=("192.168.1.20", 50000)) as c:
        assert c.get("/api/stats", headers={"Host": "127.0.0.1"}).status_code == 401


def test_init_writes_a_token_file_only_the_owner_can_read(settings: Any, tmp_path: Path) -> None:
    path = tmp_path / "data" / "api_token"
    token, created = ensure_token_file(path)
    assert created and len(token) >= 32 and path.stat().st_mode & 0o777 == 0o600
    assert ensure_token_file(path) == (token, False)
    assert read_token(settings.model_copy(update={"API_TOKEN_FILE": path})) == token


def test_cli_init_generates_the_token_and_the_client_sends_it(
    settings: Any, service: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from app.cli import cli
    from app.settings import get_settings
    from app.ui.client import ApiClient

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("API_TOKEN", raising=False)
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["init"])
        assert result.exit_code == 0, result.output
        token_file = tmp_path / "data" / "api_token"
        assert token_file.stat().st_mode & 0o777 == 0o600
        s = settings.model_copy(update={"API_TOKEN_FILE": token_file})
        with TestClient(create_app(s, service)) as c:
            assert c.get("/api/stats").status_code == 401
            assert ApiClient("http://testserver", http=c).stats()["total"] == 0  # reads data/api_token
    finally:
        get_settings.cache_clear()


def test_a_wrong_host_header_is_refused(settings: Any, service: Any) -> None:
    with serve(create_app(settings, service)) as base:
        assert httpx.get(f"{base}/api/stats").status_code == 200
        for host in ("evil.example", "evil.example:8000", "127.0.0.1.evil.example", "attacker.localhost.evil"):
            resp = httpx.get(f"{base}/api/stats", headers={"Host": host})
            assert resp.status_code == 400, host
        assert httpx.get(f"{base}/health", headers={"Host": "rebind.evil.example"}).status_code == 400


def test_allowed_hosts_adds_a_name_and_then_the_token_is_required(settings: Any, service: Any) -> None:
    s = settings.model_copy(update={"ALLOWED_HOSTS": "jobsmith.lan", "API_TOKEN": SecretStr(TOKEN)})
    with serve(create_app(s, service)) as base:
        resp = httpx.get(f"{base}/api/stats", headers={"Host": "jobsmith.lan", "Authorization": f"Bearer {TOKEN}"})
        assert resp.status_code == 200
        assert httpx.get(f"{base}/api/stats", headers={"Host": "jobsmith.lan"}).status_code == 401


def test_cross_origin_posts_are_refused_even_on_loopback(client: TestClient, service: Any) -> None:
    cases = [
        {"Origin": "http://127.0.0.1:9999"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site", "Origin": "http://localhost:7000"},
    ]
    for headers in cases:
        resp = client.post("/api/jobs", json={"text": "Data Engineer\nCompany: Evil"}, headers=headers)
        assert resp.status_code == 403, headers
        resp = client.post(
            "/api/jobs/upload", files={"file": ("p.txt", b"Data Engineer\nCompany: Evil")}, headers=headers
        )
        assert resp.status_code == 403, headers
    assert service.store.scalar("SELECT count(*) FROM jobs") == 0
    same = client.post(
        "/api/jobs",
        json={"text": "Data Engineer\nCompany: Acme"},
        headers={"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"},
    )
    assert same.status_code == 201


def test_cors_is_closed_by_default(client: TestClient) -> None:
    resp = client.options(
        "/api/jobs", headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"}
    )
    assert "access-control-allow-origin" not in resp.headers
    assert "access-control-allow-origin" not in client.get("/api/stats", headers={"Origin": "http://e.x"}).headers


def test_security_headers_on_api_responses(client: TestClient) -> None:
    for resp in (client.get("/api/stats"), client.get("/health"), client.get("/api/jobs/nope")):
        assert resp.headers["x-content-type-options"] == "nosniff"
        assert resp.headers["x-frame-options"] == "DENY"
        assert "default-src 'none'" in resp.headers["content-security-policy"]
        assert resp.headers["referrer-policy"] == "no-referrer"


def test_body_limit_counts_streamed_bytes(settings: Any, service: Any) -> None:
    s = settings.model_copy(update={"MAX_BODY_BYTES": 64 * 1024})
    with serve(create_app(s, service)) as base:

        def chunks() -> Iterator[bytes]:
            # a well-formed start, so the multipart parser keeps reading until the limit stops it
            yield b'--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.json"\r\n\r\n'
            for _ in range(64):  # 4 MB, no Content-Length: chunked
                yield b"x" * 65536

        resp = httpx.post(
            f"{base}/api/jobs/upload", content=chunks(), headers={"Content-Type": "multipart/form-data; boundary=zzz"}
        )
        assert resp.status_code == 413, resp.text
        resp = httpx.post(
            f"{base}/api/jobs", content=b"{" + b" " * 100_000 + b"}", headers={"Content-Type": "application/json"}
        )
        assert resp.status_code == 413
        big = httpx.post(f"{base}/api/jobs", json={"text": "x" * 100_000})
        assert big.status_code == 413 and "larger than" in big.json()["error"]


def test_deeply_nested_json_is_refused_with_422(client: TestClient) -> None:
    deep = "[" * 5000 + "]" * 5000
    resp = client.post(
        "/api/jobs",
        content=('{"payload": "x", "x": ' + deep + "}").encode(),
        headers={"Content-Type": "application/json"},
    )
    assert resp.status_code == 422 and "nested deeper" in resp.json()["error"]
    assert json_depth(b'{"a": "[[[[", "b": [[1]]}', 64) == 3


def test_a_websocket_route_added_later_is_refused_without_the_token(settings: Any, service: Any) -> None:
    app = create_app(settings.model_copy(update={"API_TOKEN": SecretStr(TOKEN)}), service)

    @app.websocket("/ws")
    async def ws(websocket: WebSocket) -> None:
        await websocket.accept()
        await websocket.send_text("hello")
        await websocket.close()

    with TestClient(app) as c:
        with pytest.raises(WebSocketDisconnect), c.websocket_connect("/ws") as conn:
            conn.receive_text()
        with c.websocket_connect("/ws", headers={"Authorization": f"Bearer {TOKEN}"}) as conn:
            assert conn.receive_text() == "hello"
