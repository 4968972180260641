"""Canonical URLs and the normalised keys that identify a posting across sources."""

from __future__ import annotations

import re
from urllib.parse import unquote

#: query parameters that track a click and never identify a posting
TRACKING = {"gh_src", "gh_jid_src", "ref", "source", "src", "lever-source", "lever-origin", "utm",
            "fbclid", "gclid", "msclkid", "mc_cid", "mc_eid", "trk", "trackingid", "refid", "referrer",
            "campaign", "medium", "sourceid", "_hsenc", "_hsmi", "igshid", "yclid", "s", "from"}
_LEGAL = re.compile(
    r"\b(pty|ltd|limited|inc|incorporated|llc|llp|plc|gmbh|ag|sa|bv|corp|corporation|co|company|group|"
    r"holdings|the)\b\.?", re.I)
_SENIORITY_ALIASES = {"sr": "senior", "snr": "senior", "jr": "junior", "jnr": "junior", "mgr": "manager",
                      "eng": "engineer", "dev": "developer", "ii": "2", "iii": "3"}
_WORD = re.compile(r"[a-z0-9+#]+")
_SLASHES = re.compile(r"/{2,}")
_NOTES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_DASHES = re.compile(r"\s+[-–—|]\s+")


def canonical_url(url: str | None) -> str | None:
    """Lower-case scheme and host, no `www.`, no fragment, no tracking parameters, no trailing slash."""
    if not url:
        return None
    url = url.strip()
    scheme, sep, rest = url.partition("://")
    if not sep or not scheme.isalpha():
        return None
    rest = rest.split("#", 1)[0]
    rest, _, query = rest.partition("?")
    host, slash, path = rest.partition("/")
    host = host.rsplit("@", 1)[-1].lower().removeprefix("www.")
    if not host or " " in host:
        return None
    if host.endswith((":80", ":443")):
        host = host.rsplit(":", 1)[0]
    if slash:
        path = "/" + path
        if "//" in path:
            path = _SLASHES.sub("/", path)
        path = path.rstrip("/")
    if query:
        kept = []
        for pair in query.split("&"):
            key, eq, value = pair.partition("=")
            if eq and value and not _tracking(key):
                kept.append(pair)
        query = "&".join(sorted(kept))
    scheme = scheme.lower()
    scheme = "https" if scheme in ("http", "https") else scheme
    return f"{scheme}://{host}{path or '/'}" + (f"?{query}" if query else "")


def _tracking(key: str) -> bool:
    key = (unquote(key) if "%" in key else key).lower()
    return key.startswith("utm_") or key in TRACKING


def company_key(name: str | None) -> str:
    """"TasmanWave Pty Ltd", "Tasman Wave" and "tasmanwave" all give "tasmanwave"."""
    return "".join(_WORD.findall(_LEGAL.sub(" ", (name or "").lower())))


def company_words(name: str | None) -> str:
    """Company name words without legal suffixes: "Acme Analytics Pty Ltd" gives "acme analytics"."""
    return " ".join(_WORD.findall(_LEGAL.sub(" ", (name or "").lower())))


def title_key(title: str | None) -> str:
    """Lower-case title words with seniority aliases spelled out and bracketed notes dropped."""
    text = _NOTES.sub(" ", (title or "").lower())
    text = _DASHES.split(text, 1)[0]
    return " ".join(_SENIORITY_ALIASES.get(w, w) for w in _WORD.findall(text))


def text_key(text: str | None, limit: int = 700) -> str:
    return " ".join(_WORD.findall((text or "").lower()[: limit * 2]))[:limit]
