"""A timeline: the posts' dates written on their own, in a column of their own, and each post's line saying only
how long the post lasted:

    ●  2021/07/01-2023/08/31        Operations Analyst (2 years)
    ●  2021/06/01-2021/07/31        Data Intern (1 month)

When the CV has as many lines of dates alone as posts' lines closing on a length, and each length is the length of
the span at the same place in the order, each post's line is given its span (and is read then as any role line with
its dates is); the lines of dates alone are left out."""

from __future__ import annotations

import re
from dataclasses import replace

from app.documents.cv_dates import DateSpan, find_dates
from app.documents.cv_lines import Line

# "Operations Analyst (2 years)", "(2.5 yrs)", "(7 months)": how long the post lasted, closing its line
_LENGTH = re.compile(r"\(\s*(?P<n>\d{1,2}(?:[.,]\d)?)\s*(?P<unit>years?|yrs?|months?|mos?|mths?)\s*\)\s*\.?$", re.I)
_MARKS = " \t●•▪◦·-–*"


def with_timeline_dates(lines: list[Line]) -> list[Line]:
    """The lines, each post's line closing on its length given the span at its place in the timeline."""
    dated = [(k, span) for k, line in enumerate(lines) if (span := _dates_alone(line)) is not None]
    heads = [k for k, line in enumerate(lines) if _LENGTH.search(line.text) and find_dates(line.text) is None]
    if len(dated) < 2 or len(dated) != len(heads):
        return lines
    if not all(_same_length(span, lines[h].text) for (_, span), h in zip(dated, heads, strict=True)):
        return lines
    out = list(lines)
    for (_, span), h in zip(dated, heads, strict=True):
        out[h] = replace(lines[h], text=f"{lines[h].text}\t{span.text}", list_level=-1, breaks=())
    gone = {k for k, _ in dated}
    return [line for k, line in enumerate(out) if k not in gone]


def _dates_alone(line: Line) -> DateSpan | None:
    """A range of two dates and nothing else on the line (but a bullet's mark)."""
    text = line.text.strip(_MARKS)
    span = find_dates(text)
    if span is None or span.single or not span.start or span.end == "present":
        return None
    return span if text[: span.begin].strip(_MARKS) == "" and text[span.finish :].strip(_MARKS) == "" else None


def _months(month: str) -> int | None:
    """ "2021-07" -> months since year 0; None when the month is not known."""
    m = re.fullmatch(r"(\d{4})-(\d{2})", month)
    return int(m.group(1)) * 12 + int(m.group(2)) if m else None


def _same_length(span: DateSpan, text: str) -> bool:
    """The post's stated length is the span's, counting both end months: in months give or take one (or a fifth of
    a long length); in years, within a year of it ("1 year" for five months to two years, as CVs round)."""
    m = _LENGTH.search(text)
    start, end = _months(span.start), _months(span.end)
    if m is None or start is None or end is None:
        return False
    n, months = float(m.group("n").replace(",", ".")), end - start + 1
    if m.group("unit").lower().startswith("y"):
        return (n - 1) * 12 < months <= (n + 1) * 12
    return abs(months - n) <= max(1.0, n / 5)
