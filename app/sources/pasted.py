"""Pasted posting text: first line is the title; "Company:", "Location:" style lines are hints."""

from __future__ import annotations

import logging
import re
from typing import Any

from app.domain.models import Job
from app.errors import PostingError
from app.sources.normalise import build_job
from app.sources.registry import Fetcher

log = logging.getLogger(__name__)
_HINT_RE = re.compile(
    r"^\s*(?P<key>company|employer|organi[sz]ation|hiring\s+company|location|job\s+type|employment\s+type|"
    r"type|salary|rate|pay|title|role|position|job\s+title|apply\s+to|apply|url|link|reference|ref|req(?:uisition)?"
    r"(?:\s+id)?)\s*[:：]\s*(?P<value>.+?)\s*$",
    re.I,
)
_TITLE_AT_RE = re.compile(r"^(?P<title>.+?)\s+(?:at|@|[-–—|])\s+(?P<company>[^-–—|]+?)\s*$")
_KEYS = {
    "company": "company",
    "employer": "company",
    "organisation": "company",
    "organization": "company",
    "hiring company": "company",
    "location": "location",
    "job type": "type",
    "employment type": "type",
    "type": "type",
    "salary": "salary",
    "rate": "salary",
    "pay": "salary",
    "title": "title",
    "role": "title",
    "position": "title",
    "job title": "title",
    "apply to": "apply",
    "apply": "apply",
    "url": "url",
    "link": "url",
    "reference": "ref",
    "ref": "ref",
    "req": "ref",
    "requisition": "ref",
    "req id": "ref",
    "requisition id": "ref",
}


def parse_text(text: str) -> Job:
    """Best effort; PostingError when no usable title or company can be found."""
    lines = [line.rstrip() for line in (text or "").strip().splitlines()]
    if not any(line.strip() for line in lines):
        raise PostingError("the pasted text is empty: paste the posting, title on the first line")
    hints: dict[str, str] = {}
    body: list[str] = []
    for line in lines:
        m = _HINT_RE.match(line)
        key = _KEYS.get(re.sub(r"\s+", " ", m.group("key").lower())) if m else None
        if m and key and key not in hints:
            hints[key] = m.group("value")
        else:
            body.append(line)
    first = next((line.strip() for line in body if line.strip()), "")
    title = hints.get("title") or first
    company = hints.get("company", "")
    if not hints.get("title") and (m := _TITLE_AT_RE.match(first)) and not company:
        title, company = m.group("title"), m.group("company")
    if title == first and body:
        body.remove(next(line for line in body if line.strip() == first))
    title = title.strip(" -–—:")
    if not title or len(title) > 150:
        raise PostingError("no usable job title: put the title on the first line of the pasted text")
    if not company:
        raise PostingError(
            'no company found: add a line such as "Company: Acme Pty Ltd" or start with "Title at Company"'
        )
    description = "\n".join(body).strip()
    url = hints.get("url")
    apply = hints.get("apply", "")
    email = apply if "@" in apply and " " not in apply.strip() else None
    return build_job(
        source="text",
        title=title,
        company=company,
        url=url,
        locations=[hints.get("location")],
        employment=hints.get("type"),
        html=description,
        requisition_id=hints.get("ref"),
        apply_to=email,
        extra_text=hints.get("salary", ""),
        raw={"text": text},
    )


class Pasted:
    name = "text"

    def fetch(self, http: Fetcher, params: dict[str, Any]) -> list[Any]:
        text = params.get("text")
        if not text:
            raise PostingError("text: the `text` parameter is required")
        return [str(text)]

    def parse(self, payload: Any, params: dict[str, Any] | None = None) -> list[Job]:
        return [parse_text(payload.decode() if isinstance(payload, bytes) else str(payload))]


SOURCE = Pasted()
