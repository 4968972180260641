"""Canonical URLs and the normalised keys that identify a posting across sources."""

from __future__ import annotations

import re
from urllib.parse import unquote

from app.dedup.places import Place, canonical_place, fold

__all__ = [
    "Place",
    "canonical_company",
    "canonical_place",
    "canonical_title",
    "canonical_url",
    "company_key",
    "company_words",
    "fold",
    "text_key",
    "title_key",
]

#: query parameters that track a click and never identify a posting
TRACKING = {
    "gh_src",
    "gh_jid_src",
    "ref",
    "source",
    "src",
    "lever-source",
    "lever-origin",
    "utm",
    "fbclid",
    "gclid",
    "msclkid",
    "mc_cid",
    "mc_eid",
    "trk",
    "trackingid",
    "refid",
    "referrer",
    "campaign",
    "medium",
    "sourceid",
    "_hsenc",
    "_hsmi",
    "igshid",
    "yclid",
    "s",
    "from",
}
_LEGAL = re.compile(
    r"\b(pty|ltd|limited|inc|incorporated|llc|l\.l\.c|llp|plc|gmbh|ag|sa|s\.a|bv|b\.v|nv|n\.v|corp|corporation|"
    r"co|company|group|holdings|the|pvt|private|pte|dac|sarl|srl|s\.r\.l|spa|oy|ab|kk|sdn\s+bhd|lp)\b\.?",
    re.I,
)
_SENIORITY_ALIASES = {
    "sr": "senior",
    "snr": "senior",
    "jr": "junior",
    "jnr": "junior",
    "mgr": "manager",
    "snr.": "senior",
    "sen": "senior",
    "mid-level": "mid",
    "eng": "engineer",
    "dev": "developer",
    "ii": "2",
    "iii": "3",
}
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


def _company_text(name: str | None) -> str:
    text = fold(name or "").replace("&", " and ")
    text = _NOTES.sub(" ", text)  # "(formerly Acme)", "(ASX: ACM)"
    return _LEGAL.sub(" ", text)


def canonical_company(name: str | None) -> str:
    """One key per company: "The TasmanWave Pty Ltd", "Tasman Wave" and "TASMANWAVE, Inc." all give "tasmanwave"."""
    return "".join(_WORD.findall(_company_text(name)))


def company_key(name: str | None) -> str:
    """The same as `canonical_company` (the older name)."""
    return canonical_company(name)


def company_words(name: str | None) -> str:
    """Company name words without legal suffixes: "Acme Analytics Pty Ltd" gives "acme analytics"."""
    return " ".join(_WORD.findall(_company_text(name)))


#: words that only decorate a title on a board: arrangement, contract terms, urgency, pay
_DECORATION = frozenset(
    {
        "remote",
        "hybrid",
        "onsite",
        "on",
        "site",
        "office",
        "wfh",
        "contract",
        "contractor",
        "month",
        "months",
        "monthly",
        "year",
        "years",
        "week",
        "weeks",
        "fixed",
        "term",
        "temp",
        "temporary",
        "permanent",
        "perm",
        "full",
        "part",
        "time",
        "fulltime",
        "parttime",
        "casual",
        "immediate",
        "start",
        "starts",
        "asap",
        "urgent",
        "urgently",
        "hiring",
        "now",
        "new",
        "exciting",
        "opportunity",
        "opportunities",
        "role",
        "job",
        "apply",
        "today",
        "k",
        "super",
        "plus",
        "bonus",
        "package",
        "salary",
        "rate",
        "day",
        "hour",
        "hourly",
        "daily",
        "negotiable",
        "competitive",
        "excellent",
        "great",
        "ongoing",
        "maternity",
        "cover",
        "leave",
        "extension",
        "possible",
        "with",
        "a",
        "an",
        "the",
        "and",
        "or",
        "in",
        "of",
        "to",
        "based",
        "cbd",
        "area",
        "greater",
        "all",
        "genders",
        "m",
        "f",
        "w",
        "d",
        "x",
        "only",
        "locals",
        "visa",
        "sponsorship",
        "available",
    }
)
_GENDER = re.compile(r"\b[mwfdx]\s*/\s*[mwfdx](?:\s*/\s*[mwfdx])?\b")
_SEGMENTS = re.compile(r"\s+[-–—|:~]\s+|\s*[|~]\s*|\s+[–—]|[–—]\s+")
_AT = re.compile(r"\s+(?:at|@)\s+(.+)$")


def _is_decoration(segment: str) -> bool:
    """A title segment made only of board words, numbers, money and places: "12 month contract", "Sydney CBD"."""
    from app.dedup.places import canonical_place

    words = _WORD.findall(segment)
    if not words:
        return True
    rest = [w for w in words if w not in _DECORATION and not any(ch.isdigit() for ch in w)]
    if not rest:
        return True
    place = canonical_place(segment)
    return (bool(place.country or place.region) and place.city is None) or (
        place.city is not None and place.country is not None and len(rest) <= 3
    )


def canonical_title(title: str | None, company: str | None = None) -> str:
    """The role a title names, without what boards add to it.

    Bracketed notes, gender markers, "| Immediate start", "- 12 month contract", "- Sydney", " at Company"
    and case are dropped; "Sr." and "Jnr" are spelled out.
    """
    text = _GENDER.sub(" ", fold(title or ""))
    text = _NOTES.sub(" ", text)
    at = _AT.search(text)
    if at and (
        company is None or canonical_company(at.group(1)) == canonical_company(company) or _is_decoration(at.group(1))
    ):
        text = text[: at.start()]
    segments = [s for s in _SEGMENTS.split(text) if s and s.strip()]
    kept = [s for s in segments if not _is_decoration(s)]
    if company and len(kept) > 1:
        ckey = canonical_company(company)
        kept = [s for s in kept if canonical_company(s) != ckey] or kept
    text = kept[0] if kept else (segments[0] if segments else "")
    words = [_SENIORITY_ALIASES.get(w, w) for w in _WORD.findall(text)]
    while len(words) > 1 and words[-1] in ("remote", "hybrid", "contract", "urgent"):  # "Data Engineer Remote"
        words.pop()
    while len(words) > 1 and words[0] in ("urgent", "remote", "new", "hybrid"):
        words.pop(0)
    return " ".join(words)


def title_key(title: str | None) -> str:
    """Lower-case title words with seniority aliases spelled out and board decorations dropped."""
    return canonical_title(title)


def text_key(text: str | None, limit: int = 700) -> str:
    return " ".join(_WORD.findall((text or "").lower()[: limit * 2]))[:limit]
