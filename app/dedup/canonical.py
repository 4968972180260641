"""Canonical URLs and the normalised keys that identify a posting across sources."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

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


def canonical_url(url: str | None) -> str | None:
    """Lower-case scheme and host, no `www.`, no fragment, no tracking parameters, no trailing slash."""
    if not url or not url.strip():
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if not parts.netloc:
        return None
    host = parts.hostname or ""
    host = host.removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=False)
             if not k.lower().startswith("utm_") and k.lower() not in TRACKING]
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/") or "/"
    return urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme, host, path,
                       urlencode(sorted(query)), ""))


def company_key(name: str | None) -> str:
    """"TasmanWave Pty Ltd", "Tasman Wave" and "tasmanwave" all give "tasmanwave"."""
    return "".join(_WORD.findall(_LEGAL.sub(" ", (name or "").lower())))


def title_key(title: str | None) -> str:
    """Lower-case title words with seniority aliases spelled out and bracketed notes dropped."""
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", (title or "").lower())
    text = re.split(r"\s+[-–—|]\s+", text)[0]
    return " ".join(_SENIORITY_ALIASES.get(w, w) for w in _WORD.findall(text))


def text_key(text: str | None, limit: int = 700) -> str:
    return " ".join(_WORD.findall((text or "").lower()[: limit * 2]))[:limit]
