"""Text boxes in the order the eye reads them. A Word template made of text boxes anchors its boxes wherever it
likes: a side column's heading ("SOBRE MI") may come, in the file, between the main column's heading
("EXPERIENCIA") and its first role. When the body is all text boxes and they stand in two columns, each with
headings of its own, the left column is read before the right one (a box across both stays where it is)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from docx.oxml.ns import qn
from lxml import etree

if TYPE_CHECKING:
    from app.documents.cv_lines import Line

_WP_ANCHOR, _WP_POS_H, _WP_EXTENT, _WP_OFFSET = (qn(f"wp:{t}") for t in ("anchor", "positionH", "extent", "posOffset"))
_VML = "{urn:schemas-microsoft-com:vml}"
_EMU_PER_PT = 12700
_BOX_ID = re.compile(r"^(p\d+x\d+)")

Frame = tuple[int, int]  # the box's left edge and width, in EMU


def _reference(where: str) -> str:
    """What an offset is measured from; the margin and the text column start at the same place."""
    return "margin" if where in ("", "margin", "column", "text") else where


def box_frame(box: etree._Element) -> tuple[str, Frame] | None:
    """Where a text box stands across the page, and from what that is measured: its anchor's horizontal offset
    and width (DrawingML), or the shape's margin-left and width (VML); None when it is aligned rather than placed,
    or inline."""
    for el in box.iterancestors():
        if el.tag == _WP_ANCHOR:
            pos, ext = el.find(_WP_POS_H), el.find(_WP_EXTENT)
            off = pos.find(_WP_OFFSET) if pos is not None else None
            if pos is None or off is None or ext is None or not re.fullmatch(r"-?\d+", off.text or ""):
                return None
            return _reference(pos.get("relativeFrom", "")), (int(off.text or "0"), int(ext.get("cx", "0")))
        if str(el.tag).startswith(_VML):
            style = el.get("style") or ""
            left = re.search(r"margin-left:\s*(-?[\d.]+)pt", style)
            width = re.search(r"(?<![-\w])width:\s*([\d.]+)pt", style)
            where = re.search(r"mso-position-horizontal-relative:\s*([\w-]+)", style)
            if left and width:
                frame = int(float(left.group(1)) * _EMU_PER_PT), int(float(width.group(1)) * _EMU_PER_PT)
                return _reference(where.group(1) if where else ""), frame
    return None


def comparable(frames: dict[str, tuple[str, Frame]]) -> dict[str, Frame]:
    """The frames measured from what most of them are measured from: offsets from the page and from the margin
    cannot be set side by side."""
    refs = [ref for ref, _ in frames.values()]
    common = max(set(refs), key=refs.count, default="")
    return {key: frame for key, (ref, frame) in frames.items() if ref == common}


def _column_split(frames: list[Frame]) -> int | None:
    """The left edge of the right column: the offset with the most boxes wholly on each side of it."""
    best, split = 1, None
    for s, _ in frames:
        left = sum(1 for x, w in frames if x + w <= s)
        right = sum(1 for x, _ in frames if x >= s)
        if min(left, right) > best:
            best, split = min(left, right), s
    return split


def _units(lines: list[Line]) -> list[tuple[str | None, list[Line]]]:
    """The lines grouped by the body text box they come from (None: a paragraph or table of the body itself)."""
    units: list[tuple[str | None, list[Line]]] = []
    for line in lines:
        m = _BOX_ID.match(line.id)
        key = m.group(1) if m else None
        if units and key is not None and units[-1][0] == key:
            units[-1][1].append(line)
        else:
            units.append((key, [line]))
    return units


def column_order(lines: list[Line], frames: dict[str, Frame], heading: Callable[[str], object]) -> list[Line]:
    """The body's lines with a two-column template of text boxes read column by column; else as they were."""
    units = _units(lines)
    own = [line for key, group in units if key is None for line in group if line.text.strip()]
    placed = {key: frames[key] for key, group in units if key in frames and any(x.text.strip() for x in group)}
    if len(own) > 2 or len(placed) < 4:
        return lines
    split = _column_split(list(placed.values()))
    if split is None:
        return lines
    side = {key: 0 if x + w <= split else 1 if x >= split else None for key, (x, w) in placed.items()}
    headed = [any(heading(x.text) for k, g in units if k is not None and side.get(k) == s for x in g) for s in (0, 1)]
    if not all(headed):  # a column of dates beside a column of roles is read row by row, as written
        return lines
    out: list[Line] = []
    columns: tuple[list[Line], list[Line]] = ([], [])
    for key, group in units:
        s = side.get(key) if key is not None else None
        if s is not None:
            columns[s].extend(group)
            continue
        if any(x.text.strip() for x in group):  # a box across both columns, or the body's own text
            out += columns[0] + columns[1]
            columns[0].clear()
            columns[1].clear()
        out += group
    return out + columns[0] + columns[1]
