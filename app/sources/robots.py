"""robots.txt for page fetches: read once per host (cached), honoured for our User-Agent.

Board APIs (Greenhouse, Lever, ...) are documented public APIs and are not crawled; robots.txt is
checked before fetching web pages: a job page given by URL, a feed, a liveness re-check of a page.
Following RFC 9309: a robots.txt that is missing (4xx) allows everything; one that cannot be read
(5xx, timeout, refused) disallows the host for five minutes.
"""

from __future__ import annotations

import logging
import threading
import time
import urllib.robotparser
from collections.abc import Callable
from urllib.parse import urlsplit

from app.errors import FetchRefused

log = logging.getLogger(__name__)

#: how long one host's robots.txt is trusted before it is read again
TTL_SECONDS = 3600.0
#: how long a robots.txt that could not be read keeps the host's pages unfetched
UNREACHABLE_TTL_SECONDS = 300.0
#: a robots.txt larger than this is read only up to here (RFC 9309 asks for at least 500 KiB)
MAX_BYTES = 512 * 1024

#: (status, body) of a GET of a robots.txt URL; raises on a network failure
RobotsGetter = Callable[[str], tuple[int, bytes]]


class RobotsCache:
    """Answers "may this User-Agent fetch this URL?" from each host's robots.txt."""

    def __init__(self, ttl: float = TTL_SECONDS) -> None:
        self.ttl = ttl
        self._rules: dict[str, tuple[float, urllib.robotparser.RobotFileParser | None, bool]] = {}
        self._lock = threading.Lock()

    def clear(self) -> None:
        """Forget every host's rules (a new robots.txt is read on the next fetch)."""
        with self._lock:
            self._rules.clear()

    def allowed(self, url: str, user_agent: str, get: RobotsGetter) -> tuple[bool, str]:
        """(allowed, reason). `get` fetches the robots.txt (status, body) with the caller's client."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return True, ""
        origin = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            entry = self._rules.get(origin)
        ttl = self.ttl if entry is None or entry[2] else min(self.ttl, UNREACHABLE_TTL_SECONDS)
        if entry is None or time.monotonic() - entry[0] > ttl:
            entry = (time.monotonic(), *self._read(origin, get))
            with self._lock:
                self._rules[origin] = entry
        _, rules, reachable = entry
        if not reachable:
            return False, (
                f"{origin} did not answer for its robots.txt (the site may be down), so it is not fetched for now"
            )
        if rules is None or rules.can_fetch(_token(user_agent), url):
            return True, ""
        return False, f"{origin}/robots.txt disallows {parts.path or '/'} for this User-Agent"

    def _read(self, origin: str, get: RobotsGetter) -> tuple[urllib.robotparser.RobotFileParser | None, bool]:
        try:
            status, body = get(f"{origin}/robots.txt")
        except FetchRefused:  # the address itself is refused (an internal host): that is the answer, not robots
            raise
        except Exception as exc:  # any network failure: unreachable, so disallowed (RFC 9309 2.3.1.4)
            log.info("sources.robots_unreachable origin=%s error=%s", origin, type(exc).__name__)
            return None, False
        if 400 <= status < 500:
            return None, True  # no robots.txt: everything is allowed
        if status >= 500:
            return None, False
        rules = urllib.robotparser.RobotFileParser()
        rules.parse(body[:MAX_BYTES].decode("utf-8", errors="replace").splitlines())
        return rules, True


def _token(user_agent: str) -> str:
    """The product token robots.txt groups are matched on ("jobsmith" for "jobsmith/0.1 (+...)")."""
    return (user_agent.split("/")[0].split() or ["*"])[0]


#: one cache for the process: robots.txt is per host, whichever source asks
ROBOTS = RobotsCache()
