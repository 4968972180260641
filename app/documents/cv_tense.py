"""A post dated by its start alone ("Web Developer at Webbed Sphere<TAB>7/2016", over "Maintain and develop …")
goes on when its duties are told in the present and an earlier post's in the past: writers switch tense at the post
they still hold. Alone, a single date is the month the post began and ended (a one-month contract, a hackathon)."""

from __future__ import annotations

import re

from app.documents.cv_dates import find_dates
from app.documents.cv_outline import RoleOutline
from app.documents.cv_role_blocks import PAST_VERBS

_FIRST_WORD = re.compile(r"^\W*([A-Za-z]+)\b")
# PAST_VERBS and more of them, which a post's duties open with
_IRREGULAR_PAST = PAST_VERBS | frozenset((
    "met", "spent", "bought", "found", "put", "sought", "undertook", "saw", "did", "went", "came", "became", "chose",
    "spoke", "got", "drew", "flew", "fed", "fought", "caught", "lent", "sent", "paid", "told", "left", "dealt",
    "meant", "oversold", "rebuilt", "rewrote", "overcame", "withdrew", "upheld",
))  # fmt: skip


def _tenses(role: RoleOutline) -> tuple[int, int]:
    """How many of the role's own duties start with a verb in the past, and how many with another word."""
    past = other = 0
    for bullet in role.bullets:
        m = _FIRST_WORD.match(bullet.text) if bullet.level == 0 else None
        if m is None or not m.group(1)[0].isupper():
            continue
        word = m.group(1).lower()
        if word.endswith("ed") or word in _IRREGULAR_PAST:
            past += 1
        else:
            other += 1
    return past, other


def _started_only(role: RoleOutline) -> bool:
    span = find_dates(role.dates_text) if role.dates_text else None
    month = role.start.value
    return span is not None and span.single and len(month) == 7 and role.end.value == month


def current_by_tense(roles: list[RoleOutline]) -> list[RoleOutline]:
    """A section's roles with its first, the latest, going on when it is dated by one month, most of its duties
    are told in the present, and most of an earlier role's in the past."""
    if len(roles) < 2 or not _started_only(roles[0]):
        return roles
    first = roles[0]
    if any(r.start.value[:7] > first.start.value for r in roles[1:] if r.start.value):
        return roles  # not the latest: the section is not written latest first
    past, other = _tenses(first)
    if other < 2 or past >= other:
        return roles
    if not any(p >= 2 and p > o for p, o in map(_tenses, roles[1:])):
        return roles
    going_on = first.model_copy(update={"end": first.end.model_copy(update={"value": "present"})})
    return [going_on, *roles[1:]]
