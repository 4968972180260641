"""The body's lines in the order the eye reads the page, by where its floating parts stand.

A Word CV places parts by geometry: a name box at the top anchored in any paragraph, a sidebar box over the page's
height (skills, languages, contacts) anchored between a role's title and its dates, one box per section anchored in
an order unlike where the boxes stand, framed paragraphs (`w:framePr`) written at the end of the file but shown at
the top. Each part is read where it stands, not where it is anchored:

- with body text (the main column), boxes at the top of the first page come first, then a sidebar on the left,
  then the body with the boxes that stand in it, then a sidebar on the right, then boxes at the page's foot;
- with no body text (a template wholly of boxes), the boxes at the top first, then, when the others stand in two
  columns each with headings of its own, the left column and then the right, each from the top; else row by row
  from the top (a column of dates beside a column of roles).

Only parts whose place on the page is known are moved: one measured from a paragraph or a line stays where it is
anchored, unless that paragraph stands where its top can be told (every paragraph above it on its page is empty, as
in a template wholly of boxes that Word anchors "move with text" in the first empty lines of each page); one on a
later page (a page break or Word's last rendered page break before its anchor) is read with its own page's boxes.
A sidebar is known by its side, width and height alone: one measured from its paragraph is read beside the body
all the same, and one on a later page after the body.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from docx.oxml.ns import qn
from lxml import etree


class _Text(Protocol):
    """What ordering needs of a line (`cv_lines.Line`): the id of its paragraph and its text."""

    id: str
    text: str


Line = TypeVar("Line", bound=_Text)


_WP_ANCHOR = qn("wp:anchor")
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
_WPG = "{http://schemas.microsoft.com/office/word/2010/wordprocessingGroup}"
_VML = "{urn:schemas-microsoft-com:vml}"
_EMU_PER_PT, _EMU_PER_TWIP = 12700, 635
_UNITS = {"pt": 12700.0, "in": 914400.0, "cm": 360000.0, "mm": 36000.0, "px": 9525.0, "emu": 1.0, "": 1.0}
_BOX_ID = re.compile(r"^(p\d+x\d+)")


@dataclass(frozen=True)
class Page:
    """The first section's page and margins, in EMU."""

    width: int = 12240 * _EMU_PER_TWIP
    height: int = 15840 * _EMU_PER_TWIP
    left: int = 1440 * _EMU_PER_TWIP
    right: int = 1440 * _EMU_PER_TWIP
    top: int = 1440 * _EMU_PER_TWIP
    bottom: int = 1440 * _EMU_PER_TWIP


@dataclass(frozen=True)
class Place:
    """Where a box stands on its page, in EMU from the page's top left corner; x or y None when it is measured
    from the text around it (a paragraph, a line, a character), so only its anchor says where it is."""

    x: int | None
    y: int | None
    w: int
    h: int
    page: int = 0  # the page it is anchored on (page breaks before its anchor): its y is on that page
    told: bool = False  # its y told from where its empty anchor paragraph stands (about where; see `_places`)

    @property
    def first_page(self) -> bool:
        return self.page == 0


def page_of(body: etree._Element) -> Page:
    sect = body.find(qn("w:sectPr"))
    if sect is None:
        return Page()
    size, mar = sect.find(qn("w:pgSz")), sect.find(qn("w:pgMar"))

    def twips(el: etree._Element | None, name: str, default: int) -> int:
        raw = el.get(qn(f"w:{name}"), "") if el is not None else ""
        return int(raw) * _EMU_PER_TWIP if re.fullmatch(r"-?\d+", raw) else default

    d = Page()
    return Page(
        twips(size, "w", d.width),
        twips(size, "h", d.height),
        twips(mar, "left", d.left),
        twips(mar, "right", d.right),
        abs(twips(mar, "top", d.top)),
        abs(twips(mar, "bottom", d.bottom)),
    )


def _area(where: str, page: Page, across: bool, para_top: int | None = None) -> tuple[int, int] | None:
    """The start and the length of what an offset is measured from; None when that is the text itself (but for a
    paragraph whose top is known, `para_top`)."""
    if not across:
        return _down_area(where, page, para_top)
    if where == "page" or where in ("insideMargin", "outsideMargin"):
        return 0, page.width
    if where in ("margin", "column", "text", ""):
        return page.left, page.width - page.left - page.right
    if where == "leftMargin":
        return 0, page.left
    if where == "rightMargin":
        return page.width - page.right, page.right
    return None


def _down_area(where: str, page: Page, para_top: int | None) -> tuple[int, int] | None:
    if where == "page":
        return 0, page.height
    if where == "margin":
        return page.top, page.height - page.top - page.bottom
    if where == "topMargin":
        return 0, page.top
    if where == "bottomMargin":
        return page.height - page.bottom, page.bottom
    if where in ("paragraph", "line", "text") and para_top is not None:
        return para_top, 0
    return None


def _aligned(area: tuple[int, int], align: str, size: int) -> int:
    start, length = area
    return {
        "center": start + (length - size) // 2,
        "right": start + length - size,
        "bottom": start + length - size,
    }.get(align, start)


def _position(
    pos: etree._Element | None, page: Page, size: int, across: bool, para_top: int | None = None
) -> int | None:
    if pos is None:
        return None
    area = _area(pos.get("relativeFrom", ""), page, across, para_top)
    if area is None:
        return None
    off, align = pos.find(f"{_WP}posOffset"), pos.find(f"{_WP}align")
    if off is not None and re.fullmatch(r"-?\d+", (off.text or "").strip()):
        return area[0] + int((off.text or "0").strip())
    if align is not None:
        return _aligned(area, (align.text or "").strip(), size)
    return None


def _in_group(box: etree._Element, anchor: etree._Element) -> tuple[int, int, int, int] | None:
    """A grouped box's offset and size inside its anchor's extent (the group's own coordinates scaled)."""
    shape = next((el for el in box.iterancestors(f"{_WPS}wsp")), None)
    group = next((el for el in box.iterancestors(f"{_WPG}wgp")), None)
    if shape is None or group is None:
        return None
    xfrm, gx = shape.find(f"{_WPS}spPr/{_A}xfrm"), group.find(f"{_WPG}grpSpPr/{_A}xfrm")
    if xfrm is None or gx is None:
        return None

    def pair(el: etree._Element, tag: str, a: str, b: str) -> tuple[int, int]:
        found = el.find(f"{_A}{tag}")
        try:
            return (int(found.get(a, "0")), int(found.get(b, "0"))) if found is not None else (0, 0)
        except ValueError:
            return 0, 0

    off, ext = pair(xfrm, "off", "x", "y"), pair(xfrm, "ext", "cx", "cy")
    ch_off, ch_ext = pair(gx, "chOff", "x", "y"), pair(gx, "chExt", "cx", "cy")
    extent = anchor.find(f"{_WP}extent")
    whole = (int(extent.get("cx", "0")), int(extent.get("cy", "0"))) if extent is not None else ch_ext
    if not ch_ext[0] or not ch_ext[1]:
        return None
    sx, sy = whole[0] / ch_ext[0], whole[1] / ch_ext[1]
    return int((off[0] - ch_off[0]) * sx), int((off[1] - ch_off[1]) * sy), int(ext[0] * sx), int(ext[1] * sy)


def _int(raw: str | None) -> int | None:
    return int(raw) if raw is not None and re.fullmatch(r"-?\d+", raw) else None


def _length(style: str, name: str) -> int | None:
    m = re.search(rf"(?<![-\w]){name}:\s*(-?[\d.]+)\s*([a-z]*)", style)
    if not m or m.group(2) not in _UNITS:
        return None
    try:
        return int(float(m.group(1)) * _UNITS[m.group(2)])
    except ValueError:
        return None


def box_place(box: etree._Element, page: Page, para_top: int | None = None) -> Place | None:
    """Where a text box (`w:txbxContent`) stands on the page: its DrawingML anchor's offsets and extent (a box in
    a group placed inside the group's), or its VML shape's margins and size; None when it is inline. `para_top`:
    where its anchor paragraph's top stands, when that can be told, for a box measured from its paragraph."""
    for el in box.iterancestors():
        if el.tag == _WP_ANCHOR:
            ext = el.find(f"{_WP}extent")
            w, h = (int(ext.get("cx", "0")), int(ext.get("cy", "0"))) if ext is not None else (0, 0)
            x = _position(el.find(f"{_WP}positionH"), page, w, across=True)
            y = _position(el.find(f"{_WP}positionV"), page, h, False, para_top)
            simple = el.find(f"{_WP}simplePos")
            if el.get("simplePos") in ("1", "true", "on") and simple is not None:  # placed from the page's corner
                x, y = _int(simple.get("x")), _int(simple.get("y"))
            inner = _in_group(box, el)
            if inner is None:
                return Place(x, y, w, h)
            dx, dy, w, h = inner
            return Place(None if x is None else x + dx, None if y is None else y + dy, w, h)
        if el.tag == f"{_VML}group":
            return None  # VML groups have coordinates of their own; their boxes read where anchored
        if str(el.tag).startswith(_VML) and el.tag != f"{_VML}textbox":
            style = el.get("style") or ""
            width, height = _length(style, "width"), _length(style, "height")
            if width is None or height is None:
                return None
            left = _length(style, "margin-left") if "margin-left" in style else _length(style, "left")
            top = _length(style, "margin-top") if "margin-top" in style else _length(style, "top")
            h_rel = re.search(r"mso-position-horizontal-relative:\s*([\w-]+)", style)
            v_rel = re.search(r"mso-position-vertical-relative:\s*([\w-]+)", style)
            h_area = _area(h_rel.group(1) if h_rel else "text", page, across=True)
            v_area = _area(v_rel.group(1) if v_rel else "text", page, False, para_top)
            x = h_area[0] + left if h_area is not None and left is not None else None
            y = v_area[0] + top if v_area is not None and top is not None else None
            return Place(x, y, width, height)
    return None


def frame_place(ppr_frame: etree._Element, page: Page, paragraphs: int) -> Place | None:
    """Where a frame (`w:framePr`) stands: its x and y from the page, the margin or the text column; a drop
    capital is no frame of text."""
    if ppr_frame.get(qn("w:dropCap"), "none") != "none":
        return None

    def twips(name: str) -> int | None:
        raw = ppr_frame.get(qn(f"w:{name}"), "")
        return int(raw) * _EMU_PER_TWIP if re.fullmatch(r"-?\d+", raw) else None

    w = twips("w") or (page.width - page.left - page.right)
    h = abs(twips("h") or 0) or paragraphs * 280 * _EMU_PER_TWIP  # an auto height: about a line a paragraph
    h_area = _area({"text": "column"}.get(ppr_frame.get(qn("w:hAnchor"), "text"), "page"), page, across=True)
    v_area = _area({"text": "paragraph"}.get(ppr_frame.get(qn("w:vAnchor"), "text"), "page"), page, across=False)
    x, y = twips("x"), twips("y")
    return Place(
        h_area[0] + x if h_area is not None and x is not None else None,
        v_area[0] + y if v_area is not None and y is not None else None,
        w,
        h,
    )


def _units(lines: list[Line], key_of: Callable[[str], str | None]) -> list[tuple[str | None, list[Line]]]:
    """The lines grouped by the placed part they come from (None: the body's own text)."""
    units: list[tuple[str | None, list[Line]]] = []
    for line in lines:
        key = key_of(line.id)
        if units and key is not None and units[-1][0] == key:
            units[-1][1].append(line)
        else:
            units.append((key, [line]))
    return units


def _column_split(places: list[Place]) -> int | None:
    """The left edge of the right column: the offset with the most boxes wholly on each side of it."""
    best, split = 1, None
    for p in places:
        s = p.x or 0
        left = sum(1 for q in places if (q.x or 0) + q.w <= s)
        right = sum(1 for q in places if (q.x or 0) >= s)
        if min(left, right) > best:
            best, split = min(left, right), s
    return split


def _rows(keys: list[str], places: dict[str, Place]) -> list[str]:
    """Boxes from the top, those level with each other (overlapping by half the first's height) left to right."""
    out: list[str] = []
    row: list[str] = []
    for key in sorted(keys, key=lambda k: (places[k].y or 0, places[k].x or 0)):
        first = places[row[0]] if row else None
        if first is not None and (places[key].y or 0) >= (first.y or 0) + first.h // 2:
            out += sorted(row, key=lambda k: places[k].x or 0)
            row = []
        row.append(key)
    return out + sorted(row, key=lambda k: places[k].x or 0)


def page_order(
    lines: list[Line],
    places: dict[str, Place],
    key_of: Callable[[str], str | None],
    page: Page,
    heading: Callable[[str], object],
) -> list[Line]:
    """The body's lines with its placed parts read where they stand on the first page (see the module's doc)."""
    units = _units(lines, key_of)
    text = {key: [x for x in group if x.text.strip()] for key, group in units if key is not None}
    flow_text = [x for k, g in units if k not in places or not text.get(k) for x in g if x.text.strip()]
    groups = {k: g for k, g in units if k is not None}
    if len(flow_text) <= 2:  # a page wholly of boxes (but for a blank line or two)
        return _boxes_only(units, places, text, page, heading)
    across = {k: p for k, p in places.items() if p.x is not None and text.get(k)}
    known = {k: p for k, p in across.items() if p.y is not None}
    # a sidebar stands beside the text on whatever page it is, and its height says so even when its top is
    # measured from its paragraph; one on a later page is read after the body
    sides = {k for k, p in across.items() if p.h >= page.height * 2 // 5 and p.w <= page.width * 9 // 20}
    first = {k: p for k, p in known.items() if p.first_page and k not in sides}
    tops = _rows([k for k, p in first.items() if _mid(p) < page.height // 5], first)
    feet = _rows([k for k, p in first.items() if _mid(p) > page.height * 17 // 20], first)
    later = [k for k in sides if not across[k].first_page]
    left = [k for k in sides if k not in later and (across[k].x or 0) + across[k].w // 2 < page.width // 2]
    right = [k for k in sides if k not in later and k not in left]
    left, right = sorted(left, key=_y(across)), sorted(right, key=_y(across)) + [k for k, _ in units if k in later]
    middle = [line for k, g in units if k not in sides and k not in tops and k not in feet for line in g]
    return _joined(tops + left, groups) + middle + _joined(right + feet, groups)


def _boxes_only(
    units: list[tuple[str | None, list[Line]]],
    places: dict[str, Place],
    text: dict[str, list[Line]],
    page: Page,
    heading: Callable[[str], object],
) -> list[Line]:
    """A page wholly of boxes: page by page, those at the top first, a sidebar beside the rest, the rest by columns
    or by rows. When some box's height on its page cannot be told (measured from a paragraph with text above it),
    the anchors' order stands for the boxes' heights."""
    groups = {k: g for k, g in units if k is not None}
    keys = [k for k, _ in units if k is not None and text.get(k) and k in places and places[k].x is not None]
    if len(keys) < 4:
        return [x for _, g in units for x in g]
    if all(places[k].y is not None for k in keys) and not _told_overlap([places[k] for k in keys]):
        ordered: list[str] = []
        aside: list[str] = []  # a right sidebar and the page's foot, read once the main column stops
        for n in sorted({places[k].page for k in keys}):
            on_page = {k: places[k] for k in keys if places[k].page == n}
            main, after = _one_page(list(on_page), on_page, groups, page, heading)
            # the main column that goes on over the page break (no heading at the next page's top) is read on
            # before the sidebar beside its start
            if main and not _opens_with_heading(groups[main[0]], heading):
                ordered += main
            else:
                ordered += aside + main
                aside = []
            aside += after
        ordered += aside
    else:
        known = {k: Place(places[k].x, rank, places[k].w, 0) for rank, k in enumerate(keys)}
        ordered = _columns(keys, known, groups, heading)
    others = [x for k, g in units if k not in ordered for x in g]
    return others + _joined(ordered, groups)


def _told_overlap(boxes: list[Place]) -> bool:
    """Two boxes of one page, one of them placed from its paragraph, cover half of the larger one: the paragraphs'
    tops were told wrong (boxes are written to stand apart; a template's box may be drawn larger than its text and
    reach over the next, but not cover half of it), so their anchors' order is the better guide."""
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if a.page != b.page or not (a.told or b.told):
                continue
            dx = min((a.x or 0) + a.w, (b.x or 0) + b.w) - max(a.x or 0, b.x or 0)
            dy = min((a.y or 0) + a.h, (b.y or 0) + b.h) - max(a.y or 0, b.y or 0)
            if dx > 0 and dy > 0 and dx * dy * 2 > max(a.w * a.h, b.w * b.h):
                return True
    return False


def _one_page(
    keys: list[str],
    known: dict[str, Place],
    groups: dict[str, list[Line]],
    page: Page,
    heading: Callable[[str], object],
) -> tuple[list[str], list[str]]:
    """The boxes of one page in reading order: the page's top, a left sidebar and the main part, then a right
    sidebar and the page's foot."""
    sides = {k for k in keys if known[k].h >= page.height * 2 // 5 and known[k].w <= page.width * 9 // 20}
    tops = _rows([k for k in keys if k not in sides and _topmost(k, known, sides, page)], known)
    feet = _rows(
        [k for k in keys if k not in tops and k not in sides and _mid(known[k]) > page.height * 17 // 20], known
    )
    # a sidebar box over the page's height is read beside the rest: before it on the left, after it on the right
    left = sorted((k for k in sides if (known[k].x or 0) + known[k].w // 2 < page.width // 2), key=_y(known))
    right = sorted((k for k in sides if k not in left), key=_y(known))
    rest = [k for k in keys if k not in tops and k not in feet and k not in sides]
    return tops + left + _columns(rest, known, groups, heading), right + feet


def _opens_with_heading(lines: list[Line], heading: Callable[[str], object]) -> bool:
    first = next((x.text for x in lines if x.text.strip()), "")
    return bool(heading(first))


def _topmost(key: str, places: dict[str, Place], sides: set[str], page: Page) -> bool:
    """A box in the page's top fifth with no box above it in its column (a sidebar aside): the name's box, not
    the heading under it."""
    p = places[key]
    if _mid(p) >= page.height // 5:
        return False
    return not any(
        (q.y or 0) + q.h <= (p.y or 0) and (q.x or 0) < (p.x or 0) + p.w and (p.x or 0) < (q.x or 0) + q.w
        for k, q in places.items()
        if k != key and k not in sides
    )


def _mid(p: Place) -> int:
    return (p.y or 0) + p.h // 2


def _y(places: dict[str, Place]) -> Callable[[str], int]:
    return lambda k: places[k].y or 0


def _joined(keys: list[str], groups: dict[str, list[Line]]) -> list[Line]:
    return [line for k in keys for line in groups[k]]


def _columns(
    keys: list[str], places: dict[str, Place], groups: dict[str, list[Line]], heading: Callable[[str], object]
) -> list[str]:
    """Boxes of a page wholly of boxes: column by column when they stand in two columns each with headings of its
    own (a box across both parts them), else row by row."""
    split = _column_split([places[k] for k in keys])
    if split is None:
        return _rows(keys, places)
    side = {
        k: 0 if (places[k].x or 0) + places[k].w <= split else 1 if (places[k].x or 0) >= split else None for k in keys
    }
    headed = [any(heading(x.text) for k in keys if side[k] == s for x in groups[k]) for s in (0, 1)]
    if not all(headed):  # a column of dates beside a column of roles is read row by row
        return _rows(keys, places)
    out: list[str] = []
    columns: tuple[list[str], list[str]] = ([], [])
    for k in sorted(keys, key=_y(places)):
        s = side[k]
        if s is None:
            out += columns[0] + columns[1] + [k]
            columns[0].clear()
            columns[1].clear()
        else:
            columns[s].append(k)
    return out + columns[0] + columns[1]


def box_key(line_id: str) -> str | None:
    m = _BOX_ID.match(line_id)
    return m.group(1) if m else None
