"""Roles a CV names without dates: a title over its organisation in a role section that gives no dates, and the
post named under the seeker's name at the top of an academic CV.

The reader anchors roles on their dates (`cv_structure`); these are the roles it reads where there are none. They
are read at low confidence and with no start date, which `cv_checks` reports as a doubt: an undated role never makes
an outline confident, the seeker confirms it.
"""

from __future__ import annotations

from itertools import pairwise

from app.documents.cv_dates import find_dates
from app.documents.cv_head_line import split_place
from app.documents.cv_lines import Line
from app.documents.cv_outline import RoleOutline, Scored
from app.documents.cv_role_blocks import head_like
from app.documents.cv_vocab import has_org_word, heading_kind, role_score
from app.documents.text import EMAIL


def undated(title: str, employer: str, ids: list[str]) -> RoleOutline:
    employer, place = split_place(employer.strip(" ,."), strict=True)
    return RoleOutline(
        title=Scored(value=title.strip(" ,."), confidence=0.6),
        employer=Scored(value=employer, confidence=0.6),
        place=Scored(value=place, confidence=0.5 if place else 0.0),
        source_id=ids[0],
        line_ids=ids,
    )


def _title_line(line: Line) -> bool:
    t = line.text.strip()
    return (
        not line.is_list
        and role_score(t) >= 1
        and len(t.split()) <= 6
        and "," not in t.rstrip(",")
        and heading_kind(t) is None
        and not any(c.isdigit() for c in t)
    )


def _organisation_line(line: Line) -> bool:
    t = line.text.strip()
    short = len(t.split()) <= 10 and role_score(t) == 0
    return not line.is_list and head_like(line) and short and find_dates(t) is None


def undated_roles(lines: list[Line]) -> list[RoleOutline]:
    """ "Associate Editor" over "Educational Engineering": in a role section with no dates at all, a short title
    line over a short line naming its organisation is a role whose dates the CV does not give."""
    roles = []
    for a, b in pairwise(lines):
        if _title_line(a) and _organisation_line(b) and not b.text.strip().endswith("."):
            roles.append(undated(a.text, b.text, [a.id, b.id]))
    return roles


def current_post(top: list[Line]) -> RoleOutline | None:
    """ "Assistant Professor" / "Department of Psychology" / "Amity University, Jaipur" under the name: the post
    the seeker holds now, named at the top of an academic CV."""
    for k, line in enumerate(top[1:6], 1):
        if not _title_line(line):
            continue
        orgs = []
        for nxt in top[k + 1 : k + 4]:
            if not (_organisation_line(nxt) and has_org_word(nxt.text)) or EMAIL.search(nxt.text):
                break
            orgs.append(nxt)
        if orgs:
            names = [o.text.split(",")[0].strip() if has_org_word(o.text.split(",")[0]) else o.text for o in orgs]
            employer = ", ".join(n.strip(" ,.") for n in names)
            return undated(line.text, employer, [line.id, *(o.id for o in orgs)])
        return None
    return None
