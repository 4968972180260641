"""The registry of discovery sources, chosen by a short name (e.g. `get_source("greenhouse")`)."""

from __future__ import annotations

import importlib
from typing import Any, Protocol

from app.domain.models import Job
from app.errors import SourceError

#: short name -> module under app.sources that defines `SOURCE`
_MODULES: dict[str, str] = {
    "greenhouse": "greenhouse",
    "lever": "lever",
    "ashby": "ashby",
    "workable": "workable",
    "smartrecruiters": "smartrecruiters",
    "recruitee": "recruitee",
    "remotive": "remotive",
    "remoteok": "remoteok",
    "himalayas": "himalayas",
    "hackernews": "hackernews",
    "rss": "rss",
    "page": "page",
    "text": "pasted",
    "workday": "workday",
    "alerts": "alerts",
}


class Fetcher(Protocol):
    """What a source's fetch step may use: polite, rate-limited GETs that raise SourceError."""

    def get_json(self, url: str, params: dict[str, Any] | None = None) -> Any: ...

    def get_bytes(self, url: str, params: dict[str, Any] | None = None) -> bytes: ...

    def get_page(self, url: str, params: dict[str, Any] | None = None) -> Any:
        """A web page (not an API): robots.txt honoured first."""
        ...

    def post_json(self, url: str, body: dict[str, Any]) -> Any: ...


class Source(Protocol):
    """A discovery source: fetching (I/O) kept apart from a pure `parse`."""

    name: str

    def fetch(self, http: Fetcher, params: dict[str, Any]) -> list[Any]:
        """Every page of raw payload for these params (one item per HTTP answer)."""
        ...

    def parse(self, payload: Any, params: dict[str, Any] | None = None) -> list[Job]:
        """Pure: normalised jobs from one payload. Raises PostingError on a malformed payload."""
        ...


def source_names() -> list[str]:
    return sorted(_MODULES)


def get_source(name: str) -> Source:
    """The source registered under `name`; SourceError for an unknown name."""
    module = _MODULES.get(name.strip().lower())
    if name.strip().lower() == "jobspy":
        raise SourceError(
            "the jobspy source was removed (docs/discovery.md says why): subscribe to LinkedIn, "
            "Indeed, SEEK or Glassdoor job alerts and read them with `type: alerts`"
        )
    if module is None:
        raise SourceError(f"unknown source type {name!r}; known: {', '.join(source_names())}")
    # A dynamic import is untyped; every module named in _MODULES defines SOURCE, an instance of one Source class.
    source: Source = importlib.import_module(f"app.sources.{module}").SOURCE
    return source
