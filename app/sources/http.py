"""Polite HTTP for sources: identifying User-Agent, per-source and per-host spacing, robots.txt for
page fetches (app.sources.robots), timeouts, 429 handling.

Every failure becomes a SourceError with a reason a person can read.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from typing import Any
from urllib.parse import urlsplit

import httpx

from app.errors import SourceError
from app.sources.robots import ROBOTS

log = logging.getLogger(__name__)

# Per-host pacing shared by every source in the process: two sources on one host (two Greenhouse
# boards, say) are spaced as one.
_HOST_LAST: dict[str, float] = {}
_HOST_LOCK = threading.Lock()


class Http:
    """GETs for one source run, spaced to `requests_per_minute`."""

    def __init__(
        self,
        client: httpx.Client,
        *,
        user_agent: str,
        timeout: float,
        requests_per_minute: int = 30,
        max_retry_wait: float = 10.0,
        retries: int = 1,
    ) -> None:
        self.client = client
        self.headers = {"User-Agent": user_agent, "Accept": "application/json, text/html;q=0.9, */*;q=0.5"}
        self.timeout = timeout
        self.interval = 60.0 / requests_per_minute if requests_per_minute > 0 else 0.0
        self.max_retry_wait = max_retry_wait
        self.retries = retries
        self.requests = 0
        self._last = 0.0

    def _wait_turn(self, url: str = "") -> None:
        host = urlsplit(url).netloc.lower()
        with _HOST_LOCK:
            now = time.monotonic()
            last = max(self._last, _HOST_LAST.get(host, 0.0))
            turn = max(now, last + self.interval)
            self._last = turn
            if host:
                _HOST_LAST[host] = max(_HOST_LAST.get(host, 0.0), turn)
        if turn > now:
            time.sleep(turn - now)
        # A thread that wakes late (a loaded machine) moves the next turn on with it: the spacing holds between
        # requests as really sent, not only as planned.
        started = time.monotonic()
        if started > turn:
            with _HOST_LOCK:
                self._last = max(self._last, started)
                if host:
                    _HOST_LAST[host] = max(_HOST_LAST.get(host, 0.0), started)

    def check_robots(self, url: str) -> None:
        """SourceError when the site's robots.txt disallows `url` for our User-Agent (page fetches only)."""

        def get(robots_url: str) -> tuple[int, bytes]:
            self._wait_turn(robots_url)
            self.requests += 1
            resp = self.client.get(robots_url, headers=self.headers, timeout=self.timeout, follow_redirects=True)
            return resp.status_code, resp.content

        ok, reason = ROBOTS.allowed(url, self.headers["User-Agent"], get)
        if not ok:
            raise SourceError(f"not fetched: {reason}", detail={"robots": True})

    def get_page(self, url: str, params: dict[str, Any] | None = None) -> httpx.Response:
        """A web page (not an API): robots.txt is honoured first."""
        self.check_robots(url)
        return self.get(url, params)

    def post_json(self, url: str, body: dict[str, Any]) -> Any:
        """One JSON POST (Workday's search); the same spacing and error handling as get."""
        return self._json(self._send("POST", url, body=body), url)

    def get(self, url: str, params: dict[str, Any] | None = None) -> httpx.Response:
        """One GET; retries a 429/503 once when Retry-After is short, otherwise raises SourceError."""
        return self._send("GET", url, params=params)

    def _send(
        self, method: str, url: str, params: dict[str, Any] | None = None, body: dict[str, Any] | None = None
    ) -> httpx.Response:
        for attempt in range(self.retries + 1):
            self._wait_turn(url)
            self.requests += 1
            try:
                resp = self.client.request(
                    method,
                    url,
                    params=params,
                    json=body,
                    headers=self.headers,
                    timeout=self.timeout,
                    follow_redirects=True,
                )
            except httpx.TimeoutException as exc:
                raise SourceError(f"timed out after {self.timeout:g}s: {url}") from exc
            except httpx.HTTPError as exc:
                raise SourceError(f"request failed: {type(exc).__name__}: {exc}") from exc
            if resp.status_code in (429, 503):
                wait = _retry_after(resp.headers.get("Retry-After"))
                if attempt < self.retries and wait is not None and wait <= self.max_retry_wait:
                    log.info("sources.retry_after url=%s wait=%s", url, wait)
                    time.sleep(wait)
                    continue
                after = f", retry after {resp.headers['Retry-After']}s" if "Retry-After" in resp.headers else ""
                label = "rate limited" if resp.status_code == 429 else "unavailable"
                raise SourceError(
                    f"{label} (HTTP {resp.status_code}{after}): {url}",
                    detail={"status": resp.status_code, "retry_after": wait},
                )
            if resp.status_code >= 400:
                raise SourceError(f"HTTP {resp.status_code} from {url}", detail={"status": resp.status_code})
            return resp
        raise SourceError(f"gave up after {self.retries + 1} attempts: {url}")  # pragma: no cover

    def get_json(self, url: str, params: dict[str, Any] | None = None) -> Any:
        return self._json(self.get(url, params), url)

    @staticmethod
    def _json(resp: httpx.Response, url: str) -> Any:
        try:
            return resp.json()
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise SourceError(f"malformed JSON from {url}: {exc}") from exc

    def get_bytes(self, url: str, params: dict[str, Any] | None = None) -> bytes:
        return self.get(url, params).content


def _retry_after(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None
