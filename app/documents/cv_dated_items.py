"""A post written with no dates of its own, over the things done in it, each dated in brackets closing its line:

    Teaching Assistant, Lakeside Technical Institute, Haifa, Israel
      • Introduction to Social Psychology (Spring 2012, Fall 2013)
      • Research Methods Seminar (Fall 2015)

The post ran from the first of those dates to the last, as far as the CV shows. The post's line is given those dates
(read then as any role line with its dates is) and the dated lines under it stay its bullets."""

from __future__ import annotations

import re
from dataclasses import replace

from app.documents.cv_dates import DateSpan, find_dates
from app.documents.cv_lines import Line
from app.documents.cv_role_blocks import anchor
from app.documents.cv_vocab import role_score

# "Undergraduate Statistics (May-June 2020 [Summer Session I])": the last bracket closing the line
_CLOSING_BRACKET = re.compile(r"^(?P<what>.*\S)\s*\((?P<inner>[^()]*)\)\s*\.?\s*$")
_BRACKETED_ASIDE = re.compile(r"\s*\([^()]*\)")


def with_dates_of_items(lines: list[Line]) -> list[Line]:
    """The lines, each undated post's line over dated items given the items' first and last dates."""
    out = list(lines)
    k = 0
    while k < len(lines):
        j = k + 1
        spans: list[DateSpan] = []
        while j < len(lines) and (found := _item_dates(lines[j])):
            spans += found
            j += 1
        if spans and _undated_post(lines[k]):
            start = min((s.start for s in spans if s.start), default="")
            end = max((s.end for s in spans), key=_end_key)
            if start:
                text = f"{lines[k].text}\t{_shown(start)} – {_shown(end)}"
                out[k] = replace(lines[k], text=text, list_level=-1, breaks=())
        k = j if spans else k + 1
    return out


def _undated_post(line: Line) -> bool:
    """ "Instructor of Record, Northwind State University, Springfield, IL": a post's name, then the names after it
    parted by commas, and no dates."""
    text = line.text.strip()
    pieces = [p.strip() for p in text.split(",")]
    if find_dates(text) is not None or len(pieces) < 2 or len(text.split()) > 20 or text.endswith("."):
        return False
    return role_score(_BRACKETED_ASIDE.sub("", pieces[0])) >= 1


def _item_dates(line: Line) -> list[DateSpan]:
    """The dates in the bracket closing a line that names no post and is read as no role line of its own."""
    m = _CLOSING_BRACKET.match(line.text.strip())
    if m is None or anchor(line) is not None or role_score(m.group("what")) >= 1:
        return []
    spans: list[DateSpan] = []
    rest = m.group("inner")
    while rest and (span := find_dates(rest)) is not None:
        spans.append(span)
        rest = rest[span.finish :]
    return spans


def _end_key(value: str) -> str:
    return "9999" if value == "present" else value


def _shown(value: str) -> str:
    """ "2020-05" as "05/2020", a year as itself, "present" as "Present": a form `find_dates` reads back."""
    if value == "present":
        return "Present"
    year, _, month = value.partition("-")
    return f"{month}/{year}" if month else year
