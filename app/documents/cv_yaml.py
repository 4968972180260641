"""The CV outline as plain YAML a seeker edits (`jobsmith cv --edit`, the UI's CV tab), and back.

The plain form drops confidences and paragraph ids; reading it back keeps the ids of bullets whose text is
unchanged (so tailoring still finds them in the Word file) and gives every field full confidence.
"""

from __future__ import annotations

from typing import Any

import yaml

from app.documents.cv_outline import Bullet, ContactOutline, CvOutline, RoleOutline, Scored
from app.errors import InputError

HEADER = (
    "# How jobsmith read {file}.\n"
    "# Correct anything that is wrong (dates: YYYY-MM, YYYY or present), then save and close to confirm.\n"
    "# Lines starting with # are ignored.{check}\n"
)


def to_plain(outline: CvOutline) -> dict[str, Any]:
    return {
        "name": outline.name.value,
        "contact": {"emails": outline.contact.emails, "phones": outline.contact.phones, "links": outline.contact.links},
        "roles": [
            {
                "title": r.title.value,
                "employer": r.employer.value,
                "place": r.place.value,
                "start": r.start.value,
                "end": r.end.value,
                "bullets": ["  " * b.level + b.text for b in r.bullets],
            }
            for r in outline.roles
        ],
        "skills": outline.skills,
        "education": outline.education,
    }


def to_yaml(outline: CvOutline, file: str, check: list[str] | None = None) -> str:
    note = ("\n# Please check: " + ", ".join(check)) if check else ""
    body: str = yaml.safe_dump(to_plain(outline), allow_unicode=True, sort_keys=False, width=110)
    return HEADER.format(file=file, check=note) + body


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def from_yaml(text: str, original: CvOutline) -> CvOutline:
    """The seeker's edited YAML as a confirmed outline; raises InputError naming what is wrong."""
    try:
        plain = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"the edited outline is not valid YAML: {exc}") from exc
    if not isinstance(plain, dict):
        raise InputError("the edited outline must be a mapping with name, contact and roles")
    known = {b.text: b for r in original.roles for b in r.bullets}
    roles = []
    for i, r in enumerate(plain.get("roles") or [], 1):
        if not isinstance(r, dict):
            raise InputError(f"role {i} must be a mapping with title, employer, start and end")
        bullets = []
        for raw in r.get("bullets") or []:
            line = str(raw)
            level = (len(line) - len(line.lstrip(" "))) // 2
            was = known.get(line.strip())
            bullets.append(Bullet(text=line.strip(), level=min(level, 8), source_id=was.source_id if was else ""))
        before = original.roles[i - 1] if i <= len(original.roles) else RoleOutline()
        roles.append(
            RoleOutline(
                title=Scored(value=_text(r.get("title")), confidence=1.0),
                employer=Scored(value=_text(r.get("employer")), confidence=1.0),
                place=Scored(value=_text(r.get("place")), confidence=1.0),
                start=Scored(value=_text(r.get("start")), confidence=1.0),
                end=Scored(value=_text(r.get("end")), confidence=1.0),
                dates_text=before.dates_text,
                bullets=bullets,
                source_id=before.source_id,
                line_ids=before.line_ids,
            )
        )
    contact = plain.get("contact") or {}
    return CvOutline(
        name=Scored(value=_text(plain.get("name")), confidence=1.0),
        contact=ContactOutline(
            emails=[_text(e) for e in contact.get("emails") or []],
            phones=[_text(p) for p in contact.get("phones") or []],
            links=[_text(u) for u in contact.get("links") or []],
        ),
        roles=roles,
        skills=[_text(s) for s in plain.get("skills") or []],
        education=[_text(e) for e in plain.get("education") or []],
        has_text=original.has_text,
        confirmed=True,
    )
