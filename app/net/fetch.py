"""The one guarded fetcher: every outbound request for postings (add by URL, discovery) goes through it.

`guarded_client()` is an `httpx.Client` whose transport, for the first request and for every redirect:

- allows http and https only;
- resolves the host and checks *every* address against loopback, private, link-local, multicast,
  reserved, shared (CGNAT), unspecified and cloud-metadata ranges, with IPv4-mapped, NAT64 and 6to4
  IPv6 forms unwrapped; numeric spellings (`0x7f000001`, `2130706433`, `127.1`) resolve to what they
  mean and are checked as such;
- connects to the address it checked (the URL's host is swapped for it; Host header and TLS SNI keep the
  name), so a DNS answer that changes between check and connect (rebinding) changes nothing;
- reads at most `max_bytes` before and after decoding (gzip/deflate decoded here, in bounded steps), and
  stops everything at one overall deadline, redirects included.

FETCH_ALLOW_HOSTS names the intranet hosts (names, addresses or CIDR networks) a seeker really wants.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from app.errors import FetchDeadline, FetchRefused, FetchTooLarge, SourceError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

_METADATA = [ipaddress.ip_network(n) for n in ("169.254.169.254/32", "fd00:ec2::254/128", "100.100.100.200/32")]
_SHARED = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_6TO4 = ipaddress.ip_network("2002::/16")
_STEP = 64 * 1024


@dataclass(frozen=True)
class FetchPolicy:
    allow_names: frozenset[str] = frozenset()
    allow_networks: tuple[IPNetwork, ...] = ()
    max_bytes: int = 10 * 1024 * 1024
    deadline_s: float = 30.0
    max_redirects: int = 5
    schemes: frozenset[str] = field(default_factory=lambda: frozenset({"http", "https"}))

    @classmethod
    def from_settings(cls, settings: Any) -> FetchPolicy:
        names, nets = set(), []
        for entry in (e.strip().lower() for e in settings.FETCH_ALLOW_HOSTS.split(",")):
            if not entry:
                continue
            try:
                nets.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
            except ValueError:
                names.add(entry)
        return cls(
            allow_names=frozenset(names),
            allow_networks=tuple(nets),
            max_bytes=settings.FETCH_MAX_BYTES,
            deadline_s=settings.FETCH_DEADLINE_SECONDS,
            max_redirects=settings.FETCH_MAX_REDIRECTS,
        )

    def allows(self, addr: IPAddress) -> bool:
        return any(addr.version == net.version and addr in net for net in self.allow_networks)


def default_policy() -> FetchPolicy:
    from app.settings import get_settings

    return FetchPolicy.from_settings(get_settings())


def why_blocked(addr: IPAddress) -> str | None:
    """Why `addr` is not a public internet address, or None when it is."""
    if isinstance(addr, ipaddress.IPv6Address):
        if addr.ipv4_mapped is not None:
            return why_blocked(addr.ipv4_mapped)
        if addr in _NAT64:
            return why_blocked(ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF))
        if addr in _6TO4:
            return why_blocked(ipaddress.IPv4Address((int(addr) >> 80) & 0xFFFFFFFF))
    if any(addr.version == n.version and addr in n for n in _METADATA):
        return "a cloud metadata address"
    checks = [
        ("is_unspecified", "an unspecified address"),
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address"),
        ("is_multicast", "a multicast address"),
        ("is_private", "a private address"),
        ("is_reserved", "a reserved address"),
    ]
    for attr, reason in checks:
        if getattr(addr, attr):
            return reason
    if isinstance(addr, ipaddress.IPv4Address) and addr in _SHARED:
        return "a shared (carrier-grade NAT) address"
    if not addr.is_global:
        return "not a public address"
    return None


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address `host` resolves to (numeric spellings included, as the system reads them)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise SourceError(f"cannot resolve {host}: {exc}") from exc
    found: list[IPAddress] = []
    for info in infos:
        addr = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if addr not in found:
            found.append(addr)
    if not found:
        raise SourceError(f"cannot resolve {host}: no address")
    return found


def checked_address(url: httpx.URL, policy: FetchPolicy) -> IPAddress:
    """The address to connect to for `url`, after every address of its host passed the policy."""
    return checked_addresses(url, policy)[0]


def checked_addresses(url: httpx.URL, policy: FetchPolicy) -> list[IPAddress]:
    """Every address of `url`'s host, in the resolver's order, after each passed the policy."""
    if url.scheme not in policy.schemes:
        raise FetchRefused(f"refused {url.scheme}:// (only http and https are fetched)")
    host = url.host.strip("[]").lower()
    if not host:
        raise FetchRefused("refused a URL without a host")
    port = url.port or (443 if url.scheme == "https" else 80)
    addrs = resolve(host, port)
    if host.rstrip(".") in policy.allow_names:
        return addrs
    for addr in addrs:
        reason = None if policy.allows(addr) else why_blocked(addr)
        if reason:
            raise FetchRefused(
                f"refused {url.host}: it resolves to {addr}, {reason} "
                "(add it to FETCH_ALLOW_HOSTS to fetch it on purpose)",
                detail={"host": url.host, "address": str(addr), "reason": reason},
            )
    return addrs


_local = threading.local()


def _deadline(policy: FetchPolicy) -> float:
    return getattr(_local, "deadline", None) or time.monotonic() + policy.deadline_s


class _Bounded(httpx.SyncByteStream):
    """The response body: at most `max_bytes` read and at most `max_bytes` decoded, before the deadline."""

    def __init__(
        self, raw: httpx.SyncByteStream, encoding: str, policy: FetchPolicy, deadline: float, url: str
    ) -> None:
        self.raw, self.encoding, self.policy, self.deadline, self.url = raw, encoding, policy, deadline, url

    def _check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise FetchDeadline(f"gave up on {self.url} after {self.policy.deadline_s:g}s (FETCH_DEADLINE_SECONDS)")

    def _too_large(self, what: str) -> FetchTooLarge:
        return FetchTooLarge(f"{self.url}: response larger than {self.policy.max_bytes} bytes {what} (FETCH_MAX_BYTES)")

    def __iter__(self) -> Iterator[bytes]:
        limit = self.policy.max_bytes
        decoder = None
        if self.encoding == "gzip":
            decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif self.encoding == "deflate":
            decoder = zlib.decompressobj()
        read = decoded = 0
        for chunk in self.raw:
            self._check_time()
            read += len(chunk)
            if read > limit:
                raise self._too_large("on the wire")
            if decoder is None:
                decoded = read
                yield chunk
                continue
            data = chunk
            while data:
                try:
                    out = decoder.decompress(data, _STEP)  # never more than _STEP at once: a bomb stays small
                except zlib.error as exc:
                    raise SourceError(f"{self.url}: bad {self.encoding} data: {exc}") from exc
                data = decoder.unconsumed_tail
                decoded += len(out)
                if decoded > limit:
                    raise self._too_large("once decoded")
                if out:
                    yield out
                self._check_time()
        self._check_time()

    def close(self) -> None:
        self.raw.close()


class GuardedTransport(httpx.BaseTransport):
    """Checks and pins the address of every request (each redirect is a request), bounds every response."""

    def __init__(self, policy: FetchPolicy, inner: httpx.BaseTransport | None = None) -> None:
        self.policy = policy
        self.inner = inner or httpx.HTTPTransport(retries=0, trust_env=False)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        deadline = _deadline(self.policy)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchDeadline(f"gave up on {request.url} after {self.policy.deadline_s:g}s")
        addrs = checked_addresses(request.url, self.policy)
        name = request.url.host
        request.headers["Host"] = request.headers.get("Host") or name
        if request.url.scheme == "https":
            request.extensions = {**request.extensions, "sni_hostname": name}
        timeout = dict(request.extensions.get("timeout") or {})
        request.extensions = {
            **request.extensions,
            "timeout": {
                k: min(v, remaining) if v is not None else remaining
                for k, v in {**{"connect": None, "read": None, "write": None, "pool": None}, **timeout}.items()
            },
        }
        request.headers["Accept-Encoding"] = "gzip, deflate"
        try:
            for n, addr in enumerate(addrs):  # each one checked; the next only when this one refuses to connect
                request.url = request.url.copy_with(host=str(addr))  # connect to the address that was checked
                try:
                    response = self.inner.handle_request(request)
                    break
                except httpx.ConnectError:
                    if n == len(addrs) - 1:
                        raise
        finally:
            request.url = request.url.copy_with(host=name)  # redirects and errors name the real host
        encoding = response.headers.get("Content-Encoding", "identity").strip().lower() or "identity"
        if encoding not in ("identity", "gzip", "deflate"):
            response.close()
            raise FetchRefused(f"{request.url}: unsupported Content-Encoding {encoding!r}")
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and encoding == "identity" and int(length) > self.policy.max_bytes:
            response.close()
            raise FetchTooLarge(
                f"{request.url}: response of {length} bytes is larger than {self.policy.max_bytes} (FETCH_MAX_BYTES)"
            )
        headers = [
            (k, v) for k, v in response.headers.multi_items() if k.lower() not in ("content-encoding", "content-length")
        ]
        assert isinstance(response.stream, httpx.SyncByteStream)
        return httpx.Response(
            response.status_code,
            headers=headers,
            request=request,
            extensions=response.extensions,
            stream=_Bounded(response.stream, encoding, self.policy, deadline, str(request.url)),
        )

    def close(self) -> None:
        self.inner.close()


class GuardedClient(httpx.Client):
    """An httpx client whose every `send` (redirects included) shares one deadline."""

    def __init__(self, policy: FetchPolicy, **kwargs: Any) -> None:
        super().__init__(
            transport=GuardedTransport(policy), max_redirects=policy.max_redirects, trust_env=False, **kwargs
        )
        self.policy = policy

    def build_request(self, method: str, url: Any, **kwargs: Any) -> httpx.Request:
        try:
            return super().build_request(method, url, **kwargs)
        except httpx.InvalidURL as exc:
            raise FetchRefused(f"refused {str(url)[:200]}: not a valid URL ({exc})") from exc

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        outer = getattr(_local, "deadline", None)
        if outer is None:
            _local.deadline = time.monotonic() + self.policy.deadline_s
        try:
            return super().send(request, **kwargs)
        finally:
            if outer is None:
                _local.deadline = None


def guarded_client(policy: FetchPolicy | None = None, **kwargs: Any) -> GuardedClient:
    """The client for every outbound fetch; `policy` defaults to the settings' FETCH_* values."""
    return GuardedClient(policy or default_policy(), **kwargs)


def fetch(url: str, policy: FetchPolicy | None = None, headers: dict[str, str] | None = None) -> httpx.Response:
    """One guarded GET, redirects followed (each checked), body read within the limits."""
    with guarded_client(policy) as client:
        try:
            return client.get(url, headers=headers, follow_redirects=True)
        except httpx.TimeoutException as exc:
            raise FetchDeadline(f"gave up on {url}: {exc}") from exc
        except httpx.HTTPError as exc:
            raise SourceError(f"request failed: {type(exc).__name__}: {exc}") from exc
