"""A Japanese 履歴書's 職歴 rows: the year, the month and what happened, one row each for joining
("星野リゾート 入社 営業部配属") and leaving ("一身上の都合により退社"), "現在に至る" under the post still held,
"以上" at the end. Years may be written in Japan's eras (平成23, 令和元).

`with_joined_and_left` reads each joining row and the leaving row after it as one role line ("星野リゾート<TAB>2010年8月
– 2011年9月"), the department assigned to under it; the leaving rows, "現在に至る" and "以上" are read into it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.documents.cv_dates import ERA_START
from app.documents.cv_lines import Line

_ROW = re.compile(
    r"^\s*(?P<year>(?:昭和|平成|令和)\s*(?:\d{1,2}|元)|\d{4})\s*年?\s*\t?\s*(?P<month>1[0-2]|0?[1-9])\s*月?"
    r"\s*\t\s*(?P<what>\S.*)$"
)
# "入社" (a company), "入職" (a hospital, an office), "入所", "入行" (a bank), "入庁", "入局", "入団"; "に入社"
_JOINED = re.compile(r"^(?P<org>.+?)\s*(?:に|へ)?\s*(?:入社|入職|入所|入行|入庁|入局|入団|就職|採用)\s*(?P<rest>.*)$")
# "退社", "退職", "一身上の都合により退社", "会社都合により退職", "契約期間満了により退職", "定年退職"
_LEFT = re.compile(r"(?:退社|退職|退所|退行|退庁|退局|退団|離職)\s*$")
_STILL = re.compile(r"^\s*(?:現在に至る|現在|在職中|在籍中|現職)\s*$")
_END = re.compile(r"^\s*以\s*上\s*$")


def _year(text: str) -> int:
    era = next((e for e in ERA_START if text.startswith(e)), None)
    if era is None:
        return int(text)
    n = text[len(era) :].strip()
    return ERA_START[era] + (1 if n == "元" else int(n))


def _row(line: Line) -> tuple[int, int, str] | None:
    m = _ROW.match(line.text)
    return (_year(m["year"]), int(m["month"]), m["what"].strip()) if m is not None else None


def with_joined_and_left(lines: list[Line]) -> list[Line]:
    """The lines, each 履歴書 joining row with its leaving row read as one role line (the department assigned to,
    "営業部配属", a line under it); other lines as they are. A joining row is read so only over its leaving row,
    "現在に至る" or "以上"."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        row = _row(lines[k])
        joined = _JOINED.match(row[2]) if row is not None else None
        if row is None or joined is None or _LEFT.search(row[2]):
            out.append(lines[k])
            k += 1
            continue
        year, month, _ = row
        end, used = "", k + 1
        nxt = _row(lines[used]) if used < len(lines) else None
        if nxt is not None and _LEFT.search(nxt[2]) and not _JOINED.match(nxt[2]):
            end, used = f"{nxt[0]}年{nxt[1]}月", used + 1
        elif used < len(lines) and _STILL.match(lines[used].text.split("\t")[-1]):
            end, used = "現在", used + 1
        elif used < len(lines) and _END.match(lines[used].text.split("\t")[-1]):
            end = "現在"  # the last post, "以上" under it with no row saying it ended
        if not end:
            out.append(lines[k])
            k += 1
            continue
        org, rest = joined["org"].strip(), joined["rest"].strip()
        out.append(replace(lines[k], text=f"{org}\t{year}年{month}月 – {end}", breaks=()))
        if rest:
            out.append(replace(lines[k], text=rest, breaks=(), list_level=0))
        while used < len(lines) and _END.match(lines[used].text.split("\t")[-1]):
            used += 1
        k = used
    return out
