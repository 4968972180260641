"""One post held twice: "Silver City Restaurant · Lead Cook · 2013 - 2017, 2019 - Present" is two roles.

A role's dates may list two or more ranges (a seeker who came back to an employer); each range is a role of its own
with the same title, employer and place. The latest range keeps the bullets, so nothing is said twice. Single dates
listed latest first ("October 2014 & June 2014", an election worker's polling days) are a role each too.
"""

from __future__ import annotations

import re
from itertools import pairwise

from app.documents.cv_dates import find_dates
from app.documents.cv_outline import RoleOutline, Scored

# Between two ranges: a comma, a semicolon, "and" or "&"
_BETWEEN_RANGES = re.compile(r"\s*[,;]\s*|\s+(?:and|&|y|et|e|und)\s+", re.I)


def _spans(dates_text: str) -> list[tuple[str, str]]:
    """The ranges a role's dates list, earliest first; [] unless there are two or more, each a whole range, none
    overlapping another, or each a single date listed latest first."""
    parts = [p for p in _BETWEEN_RANGES.split(dates_text) if p.strip()]
    if len(parts) < 2:
        return []
    found = [find_dates(part) for part in parts]
    if any(
        span is None or not span.start or span.text.strip() != part.strip()
        for span, part in zip(found, parts, strict=True)
    ):
        return []
    dated = [span for span in found if span is not None]
    if all(span.single and span.end != "present" for span in dated):
        # "October 2014 & June 2014": single dates listed latest first cannot be read as one span from the first
        # to the last (it would end before it starts); each is a role of its own (an election worker's polling
        # days). Listed earliest first ("Summer 2019, 2020, 2021", "July 2019 & July 2022") they are read as one
        # span, as the labels of most CVs take them.
        starts = [span.start for span in dated]
        latest_first = all(a > b for a, b in pairwise(starts))
        return sorted((start, start) for start in starts) if latest_first else []
    if any(span.single for span in dated):
        return []
    spans = [(span.start, span.end) for span in dated]
    # Only ranges written earliest first reach here (the date reader takes "2019 – Present, 2013 – 2017" as its
    # first). Seasons within a year of each other ("10/12 – 3/13, 10/13 – 3/14", a team's mentor every school year)
    # are one post held with breaks, not two.
    ordered = all(a[1] != "present" and a[1][:4] < b[0][:4] for a, b in pairwise(spans))
    return spans if ordered else []


def with_each_span(roles: list[RoleOutline]) -> list[RoleOutline]:
    out: list[RoleOutline] = []
    for role in roles:
        spans = _spans(role.dates_text)
        if not spans:
            out.append(role)
            continue
        for k, (start, end) in enumerate(reversed(spans)):  # the latest first, as the CV lists its roles
            again = role.model_copy(deep=True)
            again.start = Scored(value=start, confidence=role.start.confidence)
            again.end = Scored(value=end, confidence=role.end.confidence)
            if k:
                again.bullets = []
            out.append(again)
    return out
