"""Structural checks that decide whether a reading is safe to tailor from without the seeker's confirmation.

Field confidences say how sure the reader is of each piece it found; these checks say whether what it found
hangs together as a CV: every dated line in a section that may hold roles was read as a role, every role has a
title, an employer and a start date, no title or employer reads as a heading, a sentence, a place or a date, no
two roles share their dates and heading, no bullet sits outside a role. Each failed check is a doubt, in plain
words for the seeker; an outline with a doubt is not "read with high confidence" (`CvOutline.doubts`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.documents.cv_dates import find_dates
from app.documents.cv_identity import contact_doubts
from app.documents.cv_outline import HIGH_CONFIDENCE, CvOutline, RoleOutline
from app.documents.cv_vocab import heading_kind, is_place

if TYPE_CHECKING:
    from app.documents.cv_lines import Line, Section

# Sections whose dated lines are not roles (degrees, awards, papers, skills, referees, contact details).
_NOT_ROLE_KINDS = frozenset(["education", "certifications", "projects", "skills", "languages", "referees", "contact"])
_MAX_DOUBTS = 8
_NAMED_AFTER_PLACE = re.compile(r"^(?:the\s+)?(?:state\s+)?university\s+of\s+\S+(?:\s\S+)?$", re.I)


def doubts(
    sections: list[Section], outline: CvOutline, is_role_line: Callable[[Line], bool], may_hold_roles: set[int]
) -> list[str]:
    """What keeps this reading from being safe to tailor from unconfirmed (empty: it is safe).

    `is_role_line` says whether a line reads as a role's dated line; `may_hold_roles` holds the indexes of the
    sections the reader took roles from (any other section of a role-like kind counts too)."""
    out: list[str] = []
    if outline.name.confidence < HIGH_CONFIDENCE:
        out.append("the name was not found with certainty")
    out += contact_doubts(sections)
    out += _unread_dated_lines(sections, outline, is_role_line, may_hold_roles)
    for k, role in enumerate(outline.roles, 1):
        out += role_doubts(k, role)
    out += _shared_spans(outline.roles)
    out += _orphan_bullets(sections, outline, may_hold_roles)
    return out[:_MAX_DOUBTS]


def _read_ids(outline: CvOutline) -> set[str]:
    return {i for r in outline.roles for i in [r.source_id, *r.line_ids]}


def _role_like(k: int, section: Section, may_hold_roles: set[int]) -> bool:
    return k in may_hold_roles or section.kind not in _NOT_ROLE_KINDS


def _unread_dated_lines(
    sections: list[Section], outline: CvOutline, is_role_line: Callable[[Line], bool], may_hold_roles: set[int]
) -> list[str]:
    """ "October 2019 – Present" under a role's heading in "Outreach", never read as a role's dates."""
    read = _read_ids(outline)
    out = []
    for k, section in enumerate(sections):
        if not _role_like(k, section, may_hold_roles):
            continue
        for line in section.lines:
            if line.id not in read and line.area != "header" and not line.is_list and is_role_line(line):
                where = f" under {section.title!r}" if section.title else ""
                out.append(f"a dated line{where} was not read as a role: {_short(line.text)!r}")
    return out


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 70 else text[:67] + "..."


def odd_piece(text: str) -> str | None:
    """Why a role's title or employer does not read as one: a heading, a sentence, a place alone or a date."""
    t = text.strip()
    if heading_kind(t) is not None and len(t.split()) <= 3:
        return "a heading"
    if len(t.split()) > 12 or (t.endswith(".") and len(t.split()) > 4) or t.endswith((",", ":", ";")):
        return "a sentence"
    if is_place(t):
        return "a place"
    if find_dates(t) is not None:
        return "a date"
    return None


def role_doubts(k: int, role: RoleOutline) -> list[str]:
    out = []
    for field in ("title", "employer"):
        value = getattr(role, field).value
        if not value.strip():
            out.append(f"role {k} has no {field}")
            continue
        why = odd_piece(value)
        if why is not None:
            out.append(f"role {k} {field} {value!r} reads as {why}")
    if role.place.value and "," not in role.place.value and _NAMED_AFTER_PLACE.match(role.employer.value):
        # "University of California, San Francisco": a campus in the name, or the place after it? Either reads.
        whole = f"{role.employer.value}, {role.place.value}"
        out.append(f"role {k}: is the employer {role.employer.value!r} or {whole!r}?")
    if not role.start.value:
        out.append(f"role {k} has no start date")
    if role.title.value and role.title.value.strip().lower() == role.employer.value.strip().lower():
        out.append(f"role {k} has the same title and employer")
    return out


def _shared_spans(roles: list[RoleOutline]) -> list[str]:
    """Two roles with the same start and end are most likely one role read twice (or two lines of one role)."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for k, role in enumerate(roles, 1):
        key = (role.start.value, role.end.value)
        if key in seen:
            out.append(f"roles {seen[key]} and {k} were read from the same dates")
        seen.setdefault(key, k)
    return out


def _orphan_bullets(sections: list[Section], outline: CvOutline, may_hold_roles: set[int]) -> list[str]:
    """A bulleted line in a section the roles came from, before its first role or in no role at all."""
    read = _read_ids(outline) | {b.source_id for r in outline.roles for b in r.bullets}
    out = []
    for k, section in enumerate(sections):
        if k not in may_hold_roles:
            continue
        orphans = [line for line in section.lines if line.is_list and line.id not in read]
        if orphans:
            out.append(f"{len(orphans)} bulleted line(s) under {section.title!r} belong to no role")
    return out
