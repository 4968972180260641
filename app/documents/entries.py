"""Roles and qualifications: a line with a date range (or a bold title over one), its place and bullets.

"Senior Data Engineer — Tasman Analytics<tab>Mar 2021 – Present" and "Senior Programme Manager, Northbridge
Bank — London   2020 – present" are one-line roles; a bold "Senior Data Engineer" followed by "Tasman
Analytics | Mar 2021 – Present" is a two-line role. In education, a line with a year is a qualification.
"""

from __future__ import annotations

import re

from app.documents.lexicon import has_role_noun
from app.documents.model import CvDocument, Entry
from app.documents.text import DATE_RANGE, YEAR, normalise_space

_ROLE_SPLIT = re.compile(r"\s+[—–|@]\s+|\s+-\s+|\s+at\s+")


def find_entries(cv: CvDocument) -> list[Entry]:
    """Roles and qualifications of each section, with their place line and bullets; marks their kinds."""
    entries: list[Entry] = []
    for section in cv.sections:
        if section.kind in ("summary", "skills", "languages", "referees", "interests"):
            continue
        entry: Entry | None = None
        awaiting_dates = False
        prev_kind = ""
        for pid in section.paragraph_ids:
            p = cv.paragraph(pid)
            assert p is not None
            if p.kind in ("empty", "contact"):
                continue
            parsed = _parse_entry(p.text, section.kind) if not p.list_item else None
            if p.kind == "entry" and parsed is None:
                # The title line of a two-line role; its employer and dates are on the next line.
                entry = Entry(id=p.id, section_id=section.id, title=normalise_space(p.text))
                entries.append(entry)
                section.entry_ids.append(p.id)
                awaiting_dates, prev_kind = True, "entry"
                continue
            if parsed is not None and awaiting_dates and entry is not None:
                entry.organisation = parsed.title
                entry.place = parsed.organisation or parsed.place
                entry.dates, entry.start, entry.end, entry.current = (
                    parsed.dates,
                    parsed.start,
                    parsed.end,
                    parsed.current,
                )
                p.kind, p.editable = "place", False
                awaiting_dates, prev_kind = False, "entry"
                continue
            awaiting_dates = False
            if parsed is not None:
                entry = parsed
                entry.id, entry.section_id = p.id, section.id
                p.kind, p.editable = "entry", False
                entries.append(entry)
                section.entry_ids.append(p.id)
            elif entry is not None and prev_kind == "entry" and not p.list_item and _looks_like_place(p.text):
                entry.place = normalise_space(p.text)
                p.kind, p.editable = "place", False
            elif entry is not None:
                entry.bullet_ids.append(p.id)
            prev_kind = p.kind
    return entries


def _looks_like_place(text: str) -> bool:
    t = text.strip()
    return len(t.split()) <= 8 and not t.endswith(".") and not DATE_RANGE.search(t)


def _parse_entry(text: str, kind: str) -> Entry | None:
    t = normalise_space(text.replace("\t", "  "))
    m = DATE_RANGE.search(t)
    if m is None:
        if kind != "education" or not YEAR.search(t) or len(t.split()) > 14:
            return None
        years = YEAR.findall(t)
        rest = YEAR.sub("", t)
        dates, start, end = years[-1], years[0], years[-1]
    else:
        after = t[m.end() :].strip(" )]")
        if after and len(t.split()) > 14:
            return None
        if after:
            return None
        dates, start, end = m.group(0), m.group("start"), m.group("end")
        rest = t[: m.start()]
    rest = rest.strip(" ,;|–—-()[]\t")
    title, org, place = _split_role(rest, kind)
    return Entry(
        id="",
        section_id="",
        title=title,
        organisation=org,
        place=place,
        dates=dates,
        start=start,
        end=end,
        current=end.lower() in ("present", "current", "now", "today", "date"),
    )


def _split_role(rest: str, kind: str) -> tuple[str, str, str]:
    parts = [p.strip(" ,") for p in _ROLE_SPLIT.split(rest) if p.strip(" ,")]
    place = ""
    if len(parts) >= 2 and "," in parts[0]:
        place = parts[1]
        parts = [p.strip() for p in parts[0].split(",", 1)]
    elif len(parts) == 1 and "," in parts[0]:
        parts = [p.strip() for p in parts[0].split(",") if p.strip()]
        if len(parts) > 2:
            place = parts[2]
    if not parts:
        return "", "", place
    if len(parts) == 1:
        return parts[0], "", place
    first, second = parts[0], parts[1]
    if kind != "education" and has_role_noun(second) and not has_role_noun(first):
        first, second = second, first
    if kind == "education" and re.search(r"universit|college|institut|school|academy", first, re.I):
        first, second = second, first
    return first, second, place
