"""Every door of the API: token, Host names, cross-site requests, body size and JSON depth, response headers.

One pure ASGI middleware, outermost, so no route can be added without it (docs/security.md):

- **Token.** Required on every route but `/health` as soon as the API is reachable beyond loopback (bound
  beyond it, a non-loopback Host allowed, or the request arrived on/from a non-loopback address), and
  whenever a token is configured. `Authorization: Bearer <token>` or `X-API-Token: <token>`; no cookie
  ever carries it, so a browser can never attach it to a request another site makes.
- **Cross-site requests.** A state-changing request a browser marks as coming from another site or origin
  (`Sec-Fetch-Site`, `Origin`) is refused, token or not: a form on a web page the seeker visits never works.
- **Host names** (DNS rebinding): loopback names, API_HOST and ALLOWED_HOSTS only.
- **Bodies**: at most MAX_BODY_BYTES (counted as they stream: 413); a JSON body nested deeper than
  MAX_JSON_DEPTH is refused (422) before any parser recurses into it.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import logging
import os
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from app.errors import BodyTooLarge
from app.settings import Settings
from app.sources.limits import json_depth

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

OPEN_PATHS = frozenset({"/health"})
TOKEN_HEADER = "x-api-token"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
IN_PROCESS_CLIENT = "testclient"  # Starlette's TestClient: an in-process call (the CLI's embedded mode)
_DOCS = ("/docs", "/redoc")
HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
]
CSP = b"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"


def is_loopback(host: str | None) -> bool:
    """127.0.0.0/8, ::1, ::ffff:127.x and `localhost`; False for wildcards and anything else."""
    if not host:
        return False
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        addr = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return addr.is_loopback


def _split_host(value: str) -> str:
    """`Host` header value without its port, lower case, IPv6 without brackets."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def _names(csv: str) -> list[str]:
    return [n.strip() for n in csv.split(",") if n.strip()]


# -- the token ------------------------------------------------------------------------------------


def read_token(settings: Settings) -> str | None:
    """API_TOKEN, else the token file `jobsmith init` wrote; None when neither is set."""
    if settings.API_TOKEN is not None:
        return settings.API_TOKEN.get_secret_value().strip() or None
    path = settings.api_token_file
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if mode & 0o077:
        log.warning("security.token_file_readable_by_others path=%s mode=%o: chmod 600 it", path, mode & 0o777)
    return path.read_text(encoding="utf-8").strip() or None


def ensure_token_file(path: Path) -> tuple[str, bool]:
    """The token in `path`, generated (readable only by its owner, mode 0600) when absent; (token, created)."""
    if path.is_file() and path.read_text(encoding="utf-8").strip():
        return path.read_text(encoding="utf-8").strip(), False
    path.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(token + "\n")
    os.chmod(path, 0o600)  # an existing file keeps its mode through O_CREAT
    return token, True


# -- the policy -----------------------------------------------------------------------------------


@dataclass
class Policy:
    token: str | None
    bound_beyond_loopback: bool
    allowed_hosts: set[str]
    any_host: bool
    cors_origins: set[str] = field(default_factory=set)
    max_body: int = 8 * 1024 * 1024
    max_depth: int = 64

    @classmethod
    def from_settings(cls, settings: Settings) -> Policy:
        extra = [h.lower() for h in _names(settings.ALLOWED_HOSTS)]
        hosts = set(LOOPBACK_NAMES) | {_split_host(h) for h in extra if h != "*"}
        if settings.API_HOST not in ("0.0.0.0", "::", ""):
            hosts.add(_split_host(settings.API_HOST))
        return cls(
            token=read_token(settings),
            bound_beyond_loopback=not is_loopback(settings.API_HOST),
            allowed_hosts=hosts,
            any_host="*" in extra,
            cors_origins={o.rstrip("/").lower() for o in _names(settings.CORS_ORIGINS)},
            max_body=settings.MAX_BODY_BYTES,
            max_depth=settings.MAX_JSON_DEPTH,
        )

    def auth_required(self, scope: Scope) -> bool:
        if self.token is not None or self.bound_beyond_loopback or self.any_host:
            return True
        if any(not is_loopback(h) for h in self.allowed_hosts):
            return True
        client, server = scope.get("client"), scope.get("server")
        if client and client[0] != IN_PROCESS_CLIENT and not is_loopback(client[0]):
            return True
        return bool(server and server[0] and not is_loopback(server[0]) and client and client[0] != IN_PROCESS_CLIENT)


# -- the middleware -------------------------------------------------------------------------------


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name and isinstance(value, bytes):
            return value.decode("latin-1")
    return None


class Guard:
    """The pure ASGI middleware described in the module docstring."""

    def __init__(self, app: ASGIApp, policy: Policy) -> None:
        self.app, self.policy = app, policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":  # none today; a future one gets the same checks, or is closed
            refusal = self._refusal({**scope, "method": "POST"}, scope.get("path", ""))
            if refusal is not None:
                await send({"type": "websocket.close", "code": 1008, "reason": refusal[1][:120]})
                return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in HEADERS if k not in present]
                if not path.startswith(_DOCS) and b"content-security-policy" not in present:
                    headers.append((b"content-security-policy", CSP))
                message["headers"] = headers
            await send(message)

        refusal = self._refusal(scope, path)
        if refusal is not None:
            status, error = refusal
            log.warning(
                "security.refused path=%s method=%s status=%d reason=%s", path, scope.get("method"), status, error
            )
            await _respond(send_with_headers, status, error)
            return
        await self._bounded(scope, receive, send_with_headers)

    def _refusal(self, scope: Scope, path: str) -> tuple[int, str] | None:
        policy, method = self.policy, scope.get("method", "GET")
        client = scope.get("client")
        in_process = bool(client and client[0] == IN_PROCESS_CLIENT)
        host = _header(scope, b"host")
        if not in_process and not policy.any_host and (host is None or _split_host(host) not in policy.allowed_hosts):
            return 400, "this Host name is not allowed (set ALLOWED_HOSTS to add one; docs/security.md)"
        if method in UNSAFE or method == "OPTIONS":
            crossing = self._cross_site(scope, host)
            if crossing:
                return 403, crossing
        if path in OPEN_PATHS or method == "OPTIONS":
            return None
        if policy.auth_required(scope):
            if policy.token is None:
                return 401, (
                    "an API token is required beyond loopback: set API_TOKEN or run `jobsmith init` (docs/security.md)"
                )
            given = _header(scope, TOKEN_HEADER.encode()) or ""
            auth = _header(scope, b"authorization") or ""
            if auth[:7].lower() == "bearer ":
                given = given or auth[7:].strip()
            if not given or not hmac.compare_digest(given.encode(), policy.token.encode()):
                return 401, "missing or wrong API token (Authorization: Bearer <token>)"
        return None

    def _cross_site(self, scope: Scope, host: str | None) -> str | None:
        origin = (_header(scope, b"origin") or "").rstrip("/").lower()
        if origin and origin in self.policy.cors_origins:
            return None
        site = (_header(scope, b"sec-fetch-site") or "").lower()
        if site in ("cross-site", "same-site"):
            return f"cross-site request refused (Sec-Fetch-Site: {site})"
        if origin and (origin == "null" or urlsplit(origin).netloc != (host or "").lower()):
            return "cross-origin request refused (Origin does not match this API)"
        return None

    async def _bounded(self, scope: Scope, receive: Receive, send: Send) -> None:
        policy = self.policy
        length = _header(scope, b"content-length")
        if length is not None and length.isdigit() and int(length) > policy.max_body:
            await _respond(send, 413, f"request body larger than {policy.max_body} bytes")
            return
        ctype = (_header(scope, b"content-type") or "").lower()
        if "json" in ctype and scope.get("method") in UNSAFE:
            await self._json_checked(scope, receive, send)
            return
        await self.app(scope, _counted(receive, policy.max_body), send)

    async def _json_checked(self, scope: Scope, receive: Receive, send: Send) -> None:
        """A JSON body is read whole first (at most max_body), its nesting checked, then replayed to the app."""
        policy = self.policy
        try:
            body = await _read_body(receive, policy.max_body)
        except BodyTooLarge:
            await _respond(send, 413, f"request body larger than {policy.max_body} bytes")
            return
        if body is None:  # the client went away
            return
        if json_depth(body, policy.max_depth) > policy.max_depth:
            await _respond(send, 422, f"JSON nested deeper than {policy.max_depth} levels")
            return
        await self.app(scope, _replay(body, receive), send)


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole request body; None when the client disconnected; BodyTooLarge past `limit` bytes."""
    body, more = bytearray(), True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        body += message.get("body", b"")
        more = message.get("more_body", False)
        if len(body) > limit:
            raise BodyTooLarge(f"request body larger than {limit} bytes")
    return bytes(body)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive that gives the body already read, then whatever the client sends next (a disconnect)."""
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


def _counted(receive: Receive, limit: int) -> Receive:
    """A receive that counts the body as the app reads it and answers 413 past `limit` bytes."""
    seen = 0

    async def counted() -> Message:
        nonlocal seen
        message = await receive()
        seen += len(message.get("body", b""))
        if seen > limit:
            from starlette.exceptions import HTTPException

            raise HTTPException(413, f"request body larger than {limit} bytes")
        return message

    return counted


async def _respond(send: Send, status: int, error: str) -> None:
    body = json.dumps({"error": error, "detail": None}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


def install(app: Any, settings: Settings) -> Policy:
    """Put the guard around the whole app (outermost), and CORS for the configured origins only."""
    policy = Policy.from_settings(settings)
    if policy.cors_origins:
        from starlette.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=sorted(policy.cors_origins),
            allow_credentials=False,
            allow_methods=["GET", "POST", "PUT", "DELETE"],
            allow_headers=["Authorization", "X-API-Token", "Content-Type"],
        )
    app.add_middleware(Guard, policy=policy)
    return policy
