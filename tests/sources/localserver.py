"""A real HTTP server on 127.0.0.1 that serves fixture payloads and synthetic answers to sources."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from app.config.platforms import SourceConfig

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
POSTINGS = FIXTURES / "postings"


@dataclass
class Reply:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Seen:
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    at: float
    method: str = "GET"
    body: bytes = b""


class LocalServer:
    """Routes are `path` or `path?query` (exact query match wins); a list of replies is served in turn."""

    def __init__(self) -> None:
        self.routes: dict[str, Reply | list[Reply]] = {}
        self.seen: list[Seen] = []
        handler = self._handler()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def route(self, path: str, reply: Reply | list[Reply]) -> None:
        self.routes[path] = reply

    def file(self, path: str, name: str, content_type: str = "application/json") -> None:
        self.route(path, Reply((POSTINGS / name).read_bytes(), content_type=content_type))

    def _pick(self, raw_path: str) -> Reply:
        parts = urlsplit(raw_path)
        for key in (raw_path, parts.path):
            reply = self.routes.get(key)
            if isinstance(reply, list):
                return reply.pop(0) if len(reply) > 1 else reply[0]
            if reply is not None:
                return reply
        return Reply(b'{"error": "not found"}', status=404)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                self.do_GET(method="POST")

            def do_GET(self, method: str = "GET") -> None:
                parts = urlsplit(self.path)
                size = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(size) if size else b""
                server.seen.append(
                    Seen(parts.path, parse_qs(parts.query), dict(self.headers.items()), time.monotonic(), method, body)
                )
                reply = server._pick(self.path)
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    self.send_header("Content-Length", str(len(reply.body)))
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                return

        return Handler


def source_cfg(kind: str, server: LocalServer, **params: object) -> SourceConfig:
    """A SourceConfig pointed at the local server, with no request spacing unless asked for."""
    rpm = int(params.pop("requests_per_minute", 0))  # type: ignore[call-overload]
    timeout = float(params.pop("timeout_seconds", 5.0))  # type: ignore[arg-type]
    return SourceConfig(
        name=f"{kind}-test",
        type=kind,
        params={"base_url": server.url, **params},
        requests_per_minute=rpm,
        timeout_seconds=timeout,
    )
