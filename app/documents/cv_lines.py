"""A Word CV as the lines a reader sees, in reading order: body, tables, text boxes, SmartArt, content controls,
header.

The outline reader (`cv_structure`) works on these lines, not on paragraphs: a paragraph with line breaks is
several lines, a table row of short cells (`Title | Employer | Dates`) is one line with tabs, a text box's
paragraphs are lines where the box is anchored (so are a SmartArt diagram's texts, read from its data part), and
the page header comes first and the page footer last. Every line keeps the id of
the paragraph it comes from (the same ids as `ooxml.walk`, so `p12` is the tailoring model's `p12`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from docx.oxml.ns import qn
from lxml import etree

from app.documents.cv_box_order import Page, Place, box_key, box_place, frame_place, page_of, page_order
from app.documents.cv_dates import DateSpan, find_dates
from app.documents.cv_forms import column_fields
from app.documents.ooxml import (
    W_DRAWING,
    W_FLD,
    W_HYPERLINK,
    W_P,
    W_PICT,
    W_PPR,
    W_R,
    W_RPR,
    W_RSTYLE,
    W_SDT,
    W_SDT_CONTENT,
    W_T,
    W_TBL,
    W_TC,
    W_TR,
    W_VAL,
    block_children,
    iter_runs,
    paragraph_text,
    run_text,
    style_id,
)
from app.documents.package import DocxPackage
from app.documents.style_looks import Styles

W_TXBX = qn("w:txbxContent")
W_ILVL, W_NUMPR = qn("w:ilvl"), qn("w:numPr")
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R_DM = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}dm"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
W_INSTR, W_FLDCHAR, W_FLD_TYPE = qn("w:instrText"), qn("w:fldChar"), qn("w:fldCharType")
# "・" and "◆" bullet Japanese CVs' lines
_TYPED_BULLET = re.compile(r"^\s*(?:[-–•●○▪■◦*►✓・◆◇➢❖\uf000-\uf0ff]\s*|\d{1,2}[.)]\s+)(?=[^\d\s])")
# Spaces Word users type or paste (no-break, thin, narrow no-break before a French colon, figure, en/em and
# ideographic spaces, and the space of a symbol font, U+F020, where Word keeps Symbol's characters) are spaces to
# the reader; soft hyphens, zero-width marks and byte-order marks are nothing.
_SPACE = str.maketrans(
    {
        **dict.fromkeys("\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\uf020", " "),
        **dict.fromkeys("\u00ad\u200b\u200e\u200f\u2060\ufeff", ""),
        "\u2028": "\n",
        "\u2011": "-",
    }
)


_EDGE_JOINERS = "\u200c\u200d"


@dataclass
class Line:
    text: str
    id: str  # the paragraph's id; lines split from one paragraph share it
    area: str  # header, body, table, textbox, footer (all of a footer, its tables and text boxes too)
    bold: bool = False
    style: str = ""
    list_level: int = -1  # -1: not a list item; 0: a bullet; 1: a bullet under a bullet ...
    size: float = 0.0  # the first run's font size in points, 0 when inherited
    # Where the paragraph's hyperlinks lead ("mailto:...", "tel:...", "https://..."): a CV may show "Email" or
    # "LinkedIn" and keep the address only in the link. Relationship ids are resolved by `read_lines`.
    links: tuple[str, ...] = ()
    # Where the words change their look (bold, italic, character style) across a space: "**Engineer** Globex" is
    # two fields written without a separator. Offsets of that space in `text`.
    breaks: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        # A zero-width joiner or non-joiner joins letters inside a Persian or Indic word; at a line's edge, where
        # a web page pasted into Word leaves one ("\u200dMariana Oliveira"), it joins nothing.
        lead = len(self.text) - len(self.text.lstrip(_EDGE_JOINERS))
        if lead or self.text.endswith(tuple(_EDGE_JOINERS)):
            self.text = self.text.strip(_EDGE_JOINERS)
            self.breaks = tuple(at - lead for at in self.breaks if at >= lead)

    def marked(self) -> str:
        """The text with a tab where its words change their look (a separator the eye sees), same length."""
        chars = list(self.text)
        for at in self.breaks:
            if at < len(chars) and chars[at] == " ":
                chars[at] = "\t"
        return "".join(chars)

    @property
    def is_list(self) -> bool:
        return self.list_level >= 0


@dataclass
class Section:
    """The lines under one heading of the CV (read by `cv_structure.split_sections`)."""

    kind: str  # a heading kind, or "top" before the first heading
    title: str
    lines: list[Line] = field(default_factory=list)
    signature: tuple[str, bool, bool] | tuple[()] = ()
    parent: Section | None = None  # the role section a part with no roles sits in ("Projects" under a role)


def read_lines(package: DocxPackage) -> list[Line]:
    """Header lines first (the name and contacts often live there), then the body in reading order, then the
    footer lines (some CVs keep the contacts at the foot of the page)."""
    styles = Styles.of(package)
    heads: list[Line] = []
    feet: list[Line] = []
    counts = {"h": 0, "f": 0}
    for letter, part in package.header_footer_parts():
        prefix = f"{letter}{counts[letter]}"
        counts[letter] += 1
        out = heads if letter == "h" else feet
        lines = _with_links(
            _walk(package.xml(part), prefix, "header" if letter == "h" else "footer", styles), package, part
        )
        if letter == "f":
            for line in lines:
                line.area = "footer"  # a text box or table in the footer is page furniture all the same
        # first, even and default headers repeat each other: only what one adds is read (the first page's header
        # may hold the contacts beside the name that every page repeats)
        seen = {x.text for x in out}
        out.extend(line for line in lines if line.text not in seen)
    body = _with_links(_walk(package.body, "", "body", styles, _diagrams(package)), package, package.main)
    page = page_of(package.body)
    places, framed = _places(package.body, page)
    body = page_order(body, places, lambda i: framed.get(i) or box_key(i), page, _heading_kind)
    return [line for line in heads + body + feet if line.text.strip()]


def _heading_kind(text: str) -> str | None:
    from app.documents.cv_vocab import heading_kind

    return heading_kind(text)


_W_BR, _W_FRAME_PR, _W_PAGE_BEFORE = qn("w:br"), qn("w:framePr"), qn("w:pageBreakBefore")
_W_RENDERED_BREAK = qn("w:lastRenderedPageBreak")


# About how far down an empty paragraph moves the next one (a line of Word's default text and its spacing): where
# an empty paragraph at the top of a page stands, for the boxes measured from it.
_EMPTY_LINE = 16 * 12700


def _places(body: etree._Element, page: Page) -> tuple[dict[str, Place], dict[str, str]]:
    """Where the body's placed parts stand: its paragraphs' text boxes (by the id prefix `_walk` gives their
    lines) and its runs of framed paragraphs (by the first one's id, with the paragraph ids each holds), each with
    the page it is anchored on (page breaks before its anchor). A box measured from its paragraph is placed when
    that paragraph's top can be told: every paragraph above it on its page is empty (a template wholly of boxes)."""
    places: dict[str, Place] = {}
    framed: dict[str, str] = {}
    page_no, above = 0, 0  # the page, and how many empty paragraphs stand above this one on it (-1: some text)
    p_index = 0
    run: tuple[str, bytes] | None = None  # the frame key and the frame's properties of the run of frames
    for child in block_children(body):
        if child.tag != W_P:
            run = None
            above = -1
            if _breaks_page(child):
                page_no, above = page_no + 1, 0
            continue
        pid = f"p{p_index}"
        p_index += 1
        ppr = child.find(W_PPR)
        if ppr is not None and ppr.find(_W_PAGE_BEFORE) is not None and p_index > 1:
            page_no, above = page_no + 1, 0
        frame = ppr.find(_W_FRAME_PR) if ppr is not None else None
        if frame is not None:
            look = etree.tostring(frame)
            if run is None or run[1] != look:
                run = (f"{pid}f", look)
            framed[pid] = run[0]
            count = sum(1 for key in framed.values() if key == run[0])
            place = frame_place(frame, page, count)
            if place is not None:
                places[run[0]] = replace(place, page=page_no)
        else:
            run = None
        empty_above = above >= 0 and not _own_text(child)  # this paragraph and all above it on its page empty
        places.update(_box_places(child, pid, page, page_no, page.top + above * _EMPTY_LINE if empty_above else None))
        above = above + 1 if empty_above else -1
        if _breaks_page(child):
            page_no, above = page_no + 1, 0
    return places, framed


def _box_places(p: etree._Element, pid: str, page: Page, page_no: int, para_top: int | None) -> dict[str, Place]:
    """Where the paragraph's text boxes stand; one measured from the paragraph is placed from `para_top` when that
    is known (or from the page's top when a page break in the paragraph comes before it)."""
    places: dict[str, Place] = {}
    breaks = _breaks_before_boxes(p)
    for box_i, box in enumerate(_text_boxes(p)):
        turned = breaks[box_i] if box_i < len(breaks) else 0  # page breaks before it: a later page
        top = page.top if turned else para_top
        place = box_place(box, page)
        if place is not None and place.y is None and top is not None:
            place = replace(box_place(box, page, top) or place, told=True)
        if place is not None:
            places[f"{pid}x{box_i}"] = replace(place, page=page_no + turned)
    return places


def _breaks_before_boxes(p: etree._Element) -> list[int]:
    """For each text box of the paragraph (as `_text_boxes` gives them), how many of the paragraph's own page
    breaks come before it."""
    out: list[int] = []
    seen = 0
    for el in p.iter(_W_BR, _W_RENDERED_BREAK, W_TXBX):
        if any(a.tag == MC_FALLBACK for a in el.iterancestors()):
            continue
        if el.tag == W_TXBX:
            out.append(seen)
        elif not any(a.tag == W_TXBX for a in el.iterancestors()) and (
            el.tag == _W_RENDERED_BREAK or el.get(qn("w:type")) == "page"
        ):
            seen += 1
    return out


def _own_text(p: etree._Element) -> bool:
    """The paragraph holds text of its own (not only in its text boxes)."""
    return any((t.text or "").strip() and not any(a.tag == W_TXBX for a in t.iterancestors()) for t in p.iter(W_T))


def _breaks_page(el: etree._Element) -> bool:
    """A page break typed in the part, or one Word rendered there when it last laid the document out."""
    if any(br.get(qn("w:type")) == "page" for br in el.iter(_W_BR)):
        return True
    return any(True for _ in el.iter(_W_RENDERED_BREAK))


def _with_links(lines: Iterator[Line], package: DocxPackage, part: str) -> list[Line]:
    """The lines with their hyperlinks' relationship ids turned into where the links lead."""
    out = list(lines)
    if any(line.links for line in out):
        rels = package.relationships(part)
        for line in out:
            targets = []
            for x in line.links:
                if x.startswith("rid:"):
                    rid, _, shown = x[4:].partition("\t")
                    x = rels.get(rid, "")
                else:
                    x, _, shown = x.partition("\t")
                if _shows_another(shown, x):
                    continue
                targets.append(x)
            line.links = tuple(targets)
    return out


def _shows_another(shown: str, target: str) -> bool:
    """A link that shows one address or number and leads to another ("kai.tanaka.example.org" leading to someone
    else's mailbox): what the page shows is the seeker's, not where the link was left pointing."""
    kind, _, where = target.partition(":")
    if kind.lower() == "mailto":
        address = where.split("?")[0].strip().lower()
        looks_like_address = "@" in shown or re.search(r"\w\.\w+\.\w", shown) is not None
        return looks_like_address and address not in shown.lower()
    if kind.lower() == "tel":
        digits, wanted = re.sub(r"\D", "", shown), re.sub(r"\D", "", where)
        return len(digits) >= 7 and not (digits.endswith(wanted[-7:]) or wanted.endswith(digits[-7:]))
    return False


def page_footer(lines: list[Line]) -> tuple[list[Line], list[Section]]:
    """The lines of the header and the body, and the footer's lines as a section of their own: page furniture
    that belongs under no heading of the CV (its contacts are the seeker's, nothing in it is a role)."""
    feet = [line for line in lines if line.area == "footer"]
    rest = [line for line in lines if line.area != "footer"]
    return rest, ([Section("footer", "", feet)] if feet else [])


_Diagrams = dict[str, list[tuple[str, bool, float]]]


def _walk(
    container: etree._Element, prefix: str, area: str, styles: Styles, diagrams: _Diagrams | None = None
) -> Iterator[Line]:
    p_index = t_index = 0
    for child in block_children(container):
        if child.tag == W_P:
            pid = f"{prefix}p{p_index}"
            p_index += 1
            yield from _paragraph_lines(child, pid, area, styles)
            for box_i, box in enumerate(_text_boxes(child)):
                yield from _walk(box, f"{pid}x{box_i}", "textbox", styles, diagrams)
            yield from _diagram_lines(child, pid, diagrams or {})
        elif child.tag == W_TBL:
            tprefix = f"{prefix}t{t_index}"
            t_index += 1
            yield from _table(child, tprefix, "table" if area == "body" else area, styles, diagrams)


def _diagrams(package: DocxPackage) -> _Diagrams:
    """The texts of the body's SmartArt diagrams by relationship id: (text, bold, size) per paragraph of each
    node, in the diagram's own order."""
    out: _Diagrams = {}
    for rid, part in package.relationships().items():
        if not part.startswith("word/diagrams/") or not package.has(part) or "/data" not in part:
            continue
        texts = []
        for pt in package.xml(part).iter(f"{{{DGM}}}pt"):
            if pt.get("type", "node") not in ("node", "asst"):
                continue  # the diagram itself and its connectors carry no text of the CV
            for ap in pt.iter(f"{{{A}}}p"):
                runs = list(ap.iter(f"{{{A}}}r"))
                text = "".join(t.text or "" for t in ap.iter(f"{{{A}}}t")).translate(_SPACE)
                props = [r.find(f"{{{A}}}rPr") for r in runs]
                bold = bool(runs) and all(p is not None and p.get("b") == "1" for p in props)
                size = next((int(p.get("sz", "0")) / 100 for p in props if p is not None and p.get("sz")), 0.0)
                texts.append((text, bold, size))
        out[rid] = texts
    return out


def _diagram_lines(p: etree._Element, pid: str, diagrams: _Diagrams) -> Iterator[Line]:
    """A SmartArt diagram drawn in this paragraph reads, like a text box, where it is anchored."""
    for d_i, rel in enumerate(p.iter(f"{{{DGM}}}relIds")):
        for k, (text, bold, size) in enumerate(diagrams.get(rel.get(R_DM, ""), [])):
            for part in text.split("\n"):
                if part.strip():
                    yield Line(part.strip(), f"{pid}d{d_i}p{k}", "textbox", bold=bold, size=size)


def _unwrap(el: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with `tag`, also those Word wraps in content controls (a cell or a row inside `w:sdt`)."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag == W_SDT:
            content = child.find(W_SDT_CONTENT)
            if content is not None:
                yield from _unwrap(content, tag)


def _table(
    tbl: etree._Element, tprefix: str, area: str, styles: Styles, diagrams: _Diagrams | None = None
) -> Iterator[Line]:

    columns: list[str] | None = None  # what each column holds, from the table's header row
    labels = 0  # rows so far that are a label cell beside its value ("Period | 10/2018 - Present")
    rows = list(_unwrap(tbl, W_TR))
    done = 0  # rows read with a merged cell above them
    spanning: dict[int, list[str]] = {}  # a one-line cell merged down, by its grid column: its text
    for ri, tr in enumerate(rows):
        cells = list(_unwrap(tr, W_TC))
        texts = [[styles.text(p).translate(_SPACE).strip() for p in tc.iter(W_P)] for tc in cells]
        filled = _spanned(cells, texts, spanning)
        if ri < done:
            continue
        # A template may hide its column names ("Month/Year(s)", "Institution"): unseen, they still say what
        # each column holds.
        every = [" ".join(paragraph_text(p).translate(_SPACE).strip() for p in tc.iter(W_P)) for tc in cells]
        header = column_fields([" ".join(w.split()) for w in every])
        if header is not None:
            columns = header  # the column names are no content of the CV
            continue
        if columns is not None and len(cells) == len(columns):
            yield from _by_columns(cells, texts, columns, f"{tprefix}r{ri}", area, styles)
            continue
        merged = _merged_down(rows, ri, tprefix, area, styles)
        if merged is not None:
            done = ri + merged[1]
            yield from merged[0]
            continue
        one = _label_value_cells(cells, filled, f"{tprefix}r{ri}", area, styles) or _one_line(
            cells, filled, f"{tprefix}r{ri}", area, styles
        )
        if one is not None:
            labels += len(one[-1].text.split("\t")) == 2 and any(texts[0]) and _label_cell(texts[0])
            yield from one
            continue
        beside_heading = _beside_heading_cell(cells, texts, f"{tprefix}r{ri}", area, styles)
        if beside_heading is not None:
            yield from beside_heading
            continue
        stacked = [_stacked_range(cell) if len(cells) > 1 else None for cell in texts]
        texts = _from_and_to_cells(texts, stacked)
        side = None if any(stacked) else _read_with_side_cell(cells, texts, f"{tprefix}r{ri}", area, styles)
        if side is not None:
            yield from side
            continue
        if labels >= 2 and _label_cell(texts[0]) and len(cells) == 2 and len([t for t in texts[1] if t]) > 1:
            yield from _labelled_value(cells, texts, f"{tprefix}r{ri}", area, styles, diagrams)
            continue
        yield from _row_cells(cells, texts, stacked, f"{tprefix}r{ri}", area, styles, diagrams)


def _spanned(cells: list[etree._Element], texts: list[list[str]], spanning: dict[int, list[str]]) -> list[list[str]]:
    """The row's cell texts, a cell merged down from a row above (`w:vMerge`) holding the dates that cell holds alone:
    "2014 – 2021" merged over the rows "Charge Nurse | St Luke's" and "Staff Nurse | St Luke's" dates both posts (a
    section's name merged down beside its rows is no part of them; a cell of dates over a place, set level with the
    rows, is read by `_merged_down`); read so in a row of one-line cells that holds fields of its own in two cells
    or more (a row of one cell beside the merged dates goes on the role above: its employer, its bullets)."""
    out = list(texts)
    for k, tc in enumerate(cells):
        merge, at = _v_merge(tc), _grid_at(cells, k)
        written = [t for t in texts[k] if t]
        if merge == "restart":
            spanning[at] = written if len(written) == 1 and _dates_alone(written[0]) is not None else []
        elif merge == "continue" and not written:
            out[k] = spanning.get(at, texts[k])
        else:
            spanning.pop(at, None)
    return out if sum(1 for cell in texts if any(cell)) >= 2 else texts


def _labelled_value(
    cells: list[etree._Element],
    texts: list[list[str]],
    rprefix: str,
    area: str,
    styles: Styles,
    diagrams: _Diagrams | None,
) -> Iterator[Line]:
    """ "Description" beside a cell of many paragraphs, under "Client | ..." and "Period | ..." rows: the label names
    the value that starts level with it, as the rows above name theirs ("Description<TAB>Software Engineer")."""
    value = list(_walk(cells[1], f"{rprefix}c1", area, styles, diagrams))
    label = next(t for t in texts[0] if t)
    yield replace(value[0], text=f"{label.rstrip(' :')}\t{value[0].text}", breaks=(), list_level=-1)
    yield from value[1:]


def _one_line(
    cells: list[etree._Element], texts: list[list[str]], rprefix: str, area: str, styles: Styles
) -> list[Line] | None:
    """A row of short single-paragraph cells reads as one line: `Title | Employer | Dates`; None when the row is
    not so."""
    from app.documents.cv_vocab import heading_kind

    if not (
        len(cells) > 1
        and all(len([t for t in cell if t]) <= 1 for cell in texts)
        and sum(1 for cell in texts if any(cell)) > 1
        and all(len(" ".join(c).split()) <= 12 for c in texts)
    ):
        return None
    first_p = next(cells[0].iter(W_P))
    parts = [_cell_text(cell) for cell in texts if any(cell)]
    out = []
    if len(parts) > 2 and heading_kind(parts[0]):  # "EXPERIENCE | Software Engineer | 2018 - Present"
        out.append(
            Line(parts.pop(0), f"{rprefix}c0p0", area, bold=styles.all_bold(first_p), style=_style(first_p, styles))
        )
    bold = all(styles.all_bold(p) for tc in cells for p in tc.iter(W_P) if styles.text(p).strip())
    links = tuple(x for tc in cells for p in tc.iter(W_P) for x in _link_targets(p))
    out.append(Line("\t".join(parts), f"{rprefix}c0p0", area, bold=bold, style=_style(first_p, styles), links=links))
    return out


def _label_value_cells(
    cells: list[etree._Element], texts: list[list[str]], rprefix: str, area: str, styles: Styles
) -> list[Line] | None:
    """ "Empresa | IMSS | Periodo | marzo de 2021 - abril de 2022", "Cargo | Pasante | Ciudad | (empty)": a form
    table's row of label cells, each beside its value, as form-like CV templates lay a post out (Chinese, Korean,
    Vietnamese, Russian, Latin-American). Each label and its value read as a line of their own ("Empresa<TAB>IMSS");
    None when the row is not so: every other cell a form's label (`form_label`), at least one of a role's field,
    the values one paragraph each."""
    from app.documents.cv_forms import form_label, label_alone

    if len(cells) < 4 or len(cells) % 2 or any(len([t for t in cell if t]) > 1 for cell in texts):
        return None
    labels = [_cell_text(cell) for cell in texts[0::2]]
    fields = [label_alone(t) for t in labels]
    if not any(fields) or not all(f is not None or form_label(t) for f, t in zip(fields, labels, strict=True)):
        return None
    out = []
    for k in range(0, len(cells), 2):
        value = _cell_text(texts[k + 1])
        if value:
            first_p = next(cells[k + 1].iter(W_P))
            bold = styles.all_bold(first_p)
            line = Line(
                f"{labels[k // 2]}\t{value}", f"{rprefix}c{k + 1}p0", area, bold=bold, style=_style(first_p, styles)
            )
            out.append(line)
    return out


def _label_cell(paragraphs: list[str]) -> bool:
    """A cell that holds a label: one short paragraph of words, no figure in it ("Client", "Période :")."""
    kept = [t for t in paragraphs if t]
    return len(kept) == 1 and 0 < len(kept[0].split()) <= 4 and not any(c.isdigit() for c in kept[0])


def _beside_heads(
    cells: list[etree._Element], texts: list[list[str]], rprefix: str, area: str, styles: Styles
) -> list[Line] | None:
    """A two-cell row whose narrow side cell holds short lines (a place, the dates) set level with the head lines
    of the role in the other cell, blank paragraphs spacing them down past its bullets: "InsiderSecurity" beside
    "Kuala Lumpur", "Software Engineer" beside "May 2024 – Present", and the next role's employer at the row's foot
    beside its place at the side cell's foot. Each side line goes on the line it stands level with; None when the
    row is not so, or a side line stands level with no head line."""
    if len(cells) != 2:
        return None
    for k in (0, 1):
        side = [t for t in texts[k] if t]
        if not side or len(side) > len([t for t in texts[1 - k] if t]) or any(len(t.split()) > 6 for t in side):
            continue
        if len(side) > 1 and _one_range(side):
            continue  # "Feb 2019 to" over "Nov 2019": one range, both ends beside the role's first line
        bottom = _valign(cells[k]) == "bottom"
        if not (bottom or any(dates_only(t) for t in side)):
            continue  # short lines that date nothing: a second column of the role's own text
        side_lines = list(_walk(cells[k], f"{rprefix}c{k}", area, styles))
        content = list(_walk(cells[1 - k], f"{rprefix}c{1 - k}", area, styles))
        side_rows = _rows(side_lines, f"{rprefix}c{k}", len(list(cells[k].iter(W_P))))
        rows = _rows(content, f"{rprefix}c{1 - k}", len(list(cells[1 - k].iter(W_P))))
        if side_rows is None or rows is None or any(line.is_list for line in side_lines):
            continue
        level = _level_with(side_rows, rows, content, bottom)
        if level is None:
            continue
        return _set_beside(content, side_lines, level, side_first=k == 0)
    return None


def _set_beside(
    content: list[Line],
    side: list[Line],
    level: dict[int, int],
    side_first: bool,
    after: frozenset[int] | set[int] = frozenset(),
) -> list[Line]:
    """Each side line read on the content line it stands level with, a tab between them, on the side it stands
    (the lines of `after` after it, whichever side they stand on)."""
    out = list(content)
    for s_i, c_i in level.items():
        line, head = side[s_i], content[c_i]
        first = side_first and s_i not in after
        out[c_i] = replace(head, text=f"{line.text}\t{head.text}" if first else f"{head.text}\t{line.text}", breaks=())
    return out


def _rows(lines: list[Line], prefix: str, paragraphs: int) -> tuple[list[int], int] | None:
    """The row each line of a cell stands on, counting a blank paragraph as a row and a line break as one more,
    and the cell's rows in all; None when the cell holds more than paragraphs (a table, a text box)."""
    at: list[int] = []
    extra = 0
    last = None
    for line in lines:
        n = _paragraph_number(line.id, prefix)
        if n is None:
            return None
        extra += n == last
        at.append(n + extra)
        last = n
    return at, paragraphs + extra


def _level_with(
    side: tuple[list[int], int], content: tuple[list[int], int], lines: list[Line], bottom: bool
) -> dict[int, int] | None:
    """Which content line each side line stands level with: row for row from the top while the content's lines
    above are short (no bullet that may wrap onto more rows), else row for row from the foot (a side cell set to
    the bottom, or a line spaced down to the foot by blank paragraphs); None when one stands beside no head line."""
    (side_at, side_n), (at, n) = side, content
    short = 0  # the rows from the top that are surely one line each
    while short < len(at) and at[short] == short and not lines[short].is_list and len(lines[short].text) <= 60:
        short += 1
    out: dict[int, int] = {}
    for s_i, r in enumerate(side_at):
        spaced = r - (side_at[s_i - 1] if s_i else -1) > 1  # blank paragraphs above it push it down
        if not bottom and r < short:
            target = r
        elif bottom or (spaced and side_n - r <= n):
            row = n - (side_n - r)
            target = at.index(row) if row in at else -1
        else:
            return None
        if target < 0 or lines[target].is_list or target in out.values():
            return None
        out[s_i] = target
    return out


def _merged_down(
    rows: list[etree._Element], ri: int, tprefix: str, area: str, styles: Styles
) -> tuple[list[Line], int] | None:
    """A two-cell row whose side cell is merged down over the rows below (`w:vMerge`), holding short lines (the
    dates over the place) beside the role's rows (its title, its employer, its bullets): each side line stands
    level with the row's line at its height, row for row from the top, and is read on that line. The lines of
    all the merged rows and how many rows they are; None when the rows are not so."""
    cells = list(_unwrap(rows[ri], W_TC))
    if len(cells) != 2:
        return None
    for k in (0, 1):
        if _v_merge(cells[k]) != "restart":
            continue
        region = [cells]
        for tr in rows[ri + 1 :]:
            below = list(_unwrap(tr, W_TC))
            if len(below) != 2 or _v_merge(below[k]) != "continue" or _grid_at(below, k) != _grid_at(cells, k):
                break
            region.append(below)
        texts = [styles.text(p).translate(_SPACE).strip() for p in cells[k].iter(W_P)]
        side = [t for t in texts if t]
        if len(region) < 2 or len(side) < 2 or any(len(t.split()) > 6 for t in side):
            continue
        if _one_range(side) or _stacked_range(texts) is not None:  # "10/2024" over "11/2025": one range
            continue
        side_lines = list(_walk(cells[k], f"{tprefix}r{ri}c{k}", area, styles))
        side_rows = _rows(side_lines, f"{tprefix}r{ri}c{k}", len(texts))
        stacked = _stacked_rows(
            [(f"{tprefix}r{rj}c{1 - k}", row[1 - k]) for rj, row in enumerate(region, ri)], area, styles
        )
        if side_rows is None or stacked is None or any(line.is_list for line in side_lines):
            continue
        content, at, height = stacked
        level = _level_with(side_rows, (at, height), content, _valign(cells[k]) == "bottom")
        if level is None:
            continue
        return _set_beside(content, side_lines, level, side_first=k == 0), len(region)
    return None


def _stacked_rows(
    cells: list[tuple[str, etree._Element]], area: str, styles: Styles
) -> tuple[list[Line], list[int], int] | None:
    """The lines of cells one under another (a column over merged rows), the row each stands on counted from the
    first cell's top, and the rows in all; None when a cell holds more than paragraphs."""
    content: list[Line] = []
    at: list[int] = []
    height = 0
    for prefix, tc in cells:
        lines = list(_walk(tc, prefix, area, styles))
        own = _rows(lines, prefix, len(list(tc.iter(W_P))))
        if own is None:
            return None
        content += lines
        at += [height + x for x in own[0]]
        height += own[1]
    return content, at, height


def _spaced(paragraphs: list[str]) -> bool:
    """A blank paragraph between two written ones: the cell's lines are set down to where they belong."""
    kept = [k for k, t in enumerate(paragraphs) if t]
    return len(kept) > 1 and kept[-1] - kept[0] + 1 > len(kept)


def _one_range(side: list[str]) -> bool:
    """Lines that are the two ends of one range ("Feb 2019 to" over "Nov 2019"), whatever joins them."""
    span = _dates_alone(" ".join(side))
    return span is not None and not span.single


def _v_merge(tc: etree._Element) -> str:
    """ "restart" for a cell merged down over the cells below it, "continue" for one of those, "" otherwise."""
    pr = tc.find(qn("w:tcPr"))
    v = pr.find(qn("w:vMerge")) if pr is not None else None
    return "" if v is None else v.get(W_VAL, "continue")


def _grid_at(cells: list[etree._Element], k: int) -> int:
    """The grid column cell k starts at (cells before it may span several, `w:gridSpan`)."""
    at = 0
    for tc in cells[:k]:
        pr = tc.find(qn("w:tcPr"))
        span = pr.find(qn("w:gridSpan")) if pr is not None else None
        at += int(span.get(W_VAL, "1")) if span is not None and span.get(W_VAL, "1").isdigit() else 1
    return at


def _valign(tc: etree._Element) -> str:
    pr = tc.find(qn("w:tcPr"))
    v = pr.find(qn("w:vAlign")) if pr is not None else None
    return v.get(W_VAL, "top") if v is not None else "top"


def _row_cells(
    cells: list[etree._Element],
    texts: list[list[str]],
    stacked: list[str | None],
    rprefix: str,
    area: str,
    styles: Styles,
    diagrams: _Diagrams | None,
) -> Iterator[Line]:
    """A row's cells in order. A cell that holds only the row's dates (one range or one date) is read on the row's
    first line, on the side it stands, as a tab stop would set it: "Initech<TAB>2019 – 2021" or
    "2019 – 2021<TAB>Initech" over the title and the bullets, so the dates stay with the row they sit in."""
    dated = [k for k, cell in enumerate(texts) if stacked[k] or _one_date_paragraph(cell)]
    others = [k for k, cell in enumerate(texts) if any(cell) and k not in dated]
    at = dated[0] if len(dated) == 1 and others else None
    dates = (stacked[at] or next(t for t in texts[at] if t)) if at is not None else None
    for ci, tc in enumerate(cells):
        if ci == at or (ci > 0 and stacked[ci - 1] and not any(texts[ci])):
            continue  # the To cell of a From | To pair, read with the From cell
        if stacked[ci]:
            yield Line(str(stacked[ci]), f"{rprefix}c{ci}p0", area)
            continue
        for line in _walk(tc, f"{rprefix}c{ci}", area, styles, diagrams):
            if dates is not None and at is not None:
                text = f"{dates}\t{line.text}" if at < ci else f"{line.text}\t{dates}"
                line, dates = replace(line, text=text, breaks=()), None
            yield line


def _from_and_to_cells(texts: list[list[str]], stacked: list[str | None]) -> list[list[str]]:
    """ "01/2019" | "Present" | the role: two cells side by side, each one date alone, the first no later than the
    second, beside a cell of other text, are the start and the end of one range (a From and a To column with no
    header row). The range is set as the first cell's stacked dates (in place) and the second cell is emptied."""
    if any(stacked):
        return texts
    for k in range(len(texts) - 1):
        pair = [[t for t in texts[n] if t] for n in (k, k + 1)]
        others = any(any(c) for n, c in enumerate(texts) if n not in (k, k + 1))
        if others and all(len(c) == 1 for c in pair) and (joined := _stacked_range([pair[0][0], pair[1][0]])):
            stacked[k] = joined
            return [[] if n == k + 1 else c for n, c in enumerate(texts)]
    return texts


def _one_date_paragraph(paragraphs: list[str]) -> bool:
    kept = [t for t in paragraphs if t]
    return len(kept) == 1 and dates_only(kept[0])


def _cell_text(paragraphs: list[str]) -> str:
    """A cell's text on the row's line; a line break inside the cell ("Data Analyst" over "Initech") parts its
    fields as the cells' own tabs do."""
    return re.sub(r"[ \t]*\n\s*", "\t", " ".join(t for t in paragraphs if t))


def _by_columns(
    cells: list[etree._Element],
    texts: list[list[str]],
    columns: list[str],
    rprefix: str,
    area: str,
    styles: Styles,
) -> Iterator[Line]:
    """A row of a table whose header row names its columns, read as the form it is: "Dates<TAB>05/2015 – 09/2016",
    "Position<TAB>Postdoctoral Fellow", "Employer<TAB>The Rockefeller University", each from its own cell (the
    header says which cell is the title, so a comma inside it parts nothing), then the other cells as lines under
    it (a department, a mentor, what was done)."""
    joined = [_cell_text(cell) for cell in texts]
    dated = [k for k, c in enumerate(columns) if c == "dates" and joined[k]]
    if len(dated) == 2 and all(_one_date(joined[k]) for k in dated):
        # "From | To" columns: the start and the end of one range, each in a cell of its own
        joined[dated[0]], joined[dated[1]] = f"{joined[dated[0]]} – {joined[dated[1]]}", ""
    for f in ("dates", "title", "employer"):
        for k, c in enumerate(columns):
            if c == f and joined[k]:
                first = next(cells[k].iter(W_P))
                text = f"{_FORM_LABEL[f]}\t{joined[k].replace(chr(9), ' ')}"
                yield Line(text, f"{rprefix}c{k}p0", area, bold=styles.all_bold(first), style=_style(first, styles))
    for k, c in enumerate(columns):
        if c == "other" and joined[k]:
            yield Line(joined[k].replace("\t", "; "), f"{rprefix}c{k}p0", area, list_level=0)


_FORM_LABEL = {"dates": "Dates", "title": "Position", "employer": "Employer"}


def _one_date(text: str) -> bool:
    """A cell holding one date alone ("06/2015", "2017") or the word for now ("Present", "à ce jour")."""
    span = _dates_alone(text)
    return span is not None and _one_date_or_now(span)


def _one_date_or_now(span: DateSpan) -> bool:
    return span.single or (not span.start and span.end == "present")


def _dates_alone(text: str) -> DateSpan | None:
    """The dates the text holds when it holds nothing else (no word, no number beside them)."""
    span = find_dates(text)
    return span if span is not None and not any(c.isalnum() for c in text[: span.begin] + text[span.finish :]) else None


def dates_only(text: str) -> bool:
    return _dates_alone(text) is not None


def _stacked_range(paragraphs: list[str]) -> str | None:
    """A cell of a role's row whose two paragraphs, one over the other, are the start and the end ("01/2019"
    over "12/2021", "Jan 2019 –" over "Present", or with a dash of its own between): the range on one line; None
    when the cell is not so. Two dates that run backwards, or stand apart, date two roles, not one. A line break
    inside a paragraph ("Mar 2019" <BR> "Present") stacks them as two paragraphs do."""
    paragraphs = [part.strip() for t in paragraphs for part in t.split("\n")]
    kept = [k for k, t in enumerate(paragraphs) if t and not re.fullmatch(r"[-–—~]|to|a|à|bis", t.strip())]
    between = paragraphs[kept[0] + 1 : kept[1]] if len(kept) == 2 else []
    if len(kept) != 2 or len(between) > 1 or not all(between):  # a blank line parts two roles' dates
        return None
    # "Jan 2019 –", "Nov 2019 to", "März 2019 bis" over the end, or "to Feb 2019", "– Present" under the start:
    # the dash or word that joins them is dropped
    first, second = (re.sub(r"(?:\s+(?:to|a|à|bis|tot|al|até))+$|[-–— ]+$", "", paragraphs[k]).strip() for k in kept)
    second = _JOIN_BEFORE_END.sub("", second)
    a, b = _dates_alone(first), _dates_alone(second)
    if a is None or b is None or not a.single or not _one_date_or_now(b) or (b.single and b.start < a.start):
        return None
    joined = f"{first} – {second}"
    span = _dates_alone(joined)
    return joined if span is not None and not span.single else None


_JOIN_BEFORE_END = re.compile(r"^(?:[-–—~]+\s*|(?:to|until|till|bis|a|à|al|até|tot)\s+)", re.IGNORECASE)


def two_line_range(first: Line, second: Line) -> str | None:
    """ "Mar 2019" over "to Feb 2019", or over "– Present" (its dash typed as a bullet, so read as a list's item):
    a start alone over its end, the word or dash that joins them opening the second line, or the two parted by a
    line break inside one paragraph, as one range."""
    if first.is_list or not (second.is_list or _JOIN_BEFORE_END.match(second.text.strip()) or first.id == second.id):
        return None  # one paragraph, the start and the end parted by a line break only ("Mar 2019" <BR> "Present")
    return _stacked_range([first.text, second.text])


def _dates_column(texts: list[list[str]]) -> tuple[int, int] | None:
    """The cell that holds only dates, two or more, one a paragraph ("2019 – present", blank lines, "2016 – 2019"),
    beside the one cell that holds the roles they date (the row's other cells empty), as (dates, roles); None when
    the row is not so."""
    full = [k for k, cell in enumerate(texts) if any(cell)]
    if len(full) != 2:
        return None
    for k, o in (full, full[::-1]):
        dates = [t for t in texts[k] if t]
        other = [t for t in texts[o] if t]
        if len(dates) >= 2 and all(dates_only(t) for t in dates) and len(other) >= len(dates):
            return k, o
    return None


def _read_with_side_cell(
    cells: list[etree._Element], texts: list[list[str]], rprefix: str, area: str, styles: Styles
) -> list[Line] | None:
    """A row whose side cell holds the roles' places and dates, read with each on its role's lines; None when the
    row is not so."""
    units = _units_beside_blocks(cells, texts, rprefix, area, styles)
    if units is not None:
        return units
    column = _dates_column(texts)
    beside = _beside_heads(cells, texts, rprefix, area, styles)
    # a column of dates, each a role's, read in order unless blank paragraphs set each level with its line
    if column is not None and (beside is None or not _spaced(texts[column[0]])):
        return list(_beside_dates(cells, column, rprefix, area, styles))
    return beside


def _units_beside_blocks(
    cells: list[etree._Element], texts: list[list[str]], rprefix: str, area: str, styles: Styles
) -> list[Line] | None:
    """A side cell of short units, blank paragraphs between them, each a place and a range ("Ottawa, ON" over
    "August 2023- December 2023"), beside a cell of as many roles told apart by their bullets: each unit's lines go
    on its role's first lines, one for one (the side cell's blank lines are too few or too many to line them up
    with the bullets, which wrap). None when the row is not so."""
    if len(cells) != 2:
        return None
    for k in (0, 1):
        side_lines = list(_walk(cells[k], f"{rprefix}c{k}", area, styles))
        units = _side_units(side_lines, f"{rprefix}c{k}")
        if units is None:
            continue
        content = list(_walk(cells[1 - k], f"{rprefix}c{1 - k}", area, styles))
        starts = _block_starts(content)
        if len(starts) != len(units):
            starts = _bold_starts(content)
        if len(starts) != len(units):
            continue
        level: dict[int, int] = {}
        for unit, start, stop in zip(units, starts, [*starts[1:], len(content)], strict=True):
            heads = [c for c in range(start, stop) if not content[c].is_list]
            if len(heads) < len(unit):
                break
            # the date goes on the role's first line, the place or short name under it on the next
            dated_first = sorted(unit, key=lambda n: not dates_only(side_lines[n].text))
            level.update(zip(dated_first, heads, strict=False))
        else:
            # a place or a short name goes after the line it is set on: "Globex, Inc.<TAB>Austin", not before it,
            # where it would read as the line's first field
            names = {n for n in level if not dates_only(side_lines[n].text)}
            return _set_beside(content, side_lines, level, side_first=k == 0, after=names)
    return None


def _side_units(side_lines: list[Line], prefix: str) -> list[list[int]] | None:
    """The side cell's units (runs of paragraphs with no blank between them), each one date and at most two places
    or short names; None when the cell is not so."""
    from app.documents.cv_vocab import is_place

    found = [_paragraph_number(line.id, prefix) for line in side_lines]
    numbers = [n for n in found if n is not None]
    if len(side_lines) < 2 or len(numbers) != len(found) or any(line.is_list for line in side_lines):
        return None
    units: list[list[int]] = []
    for n, number in enumerate(numbers):
        if units and number == numbers[units[-1][-1]] + 1:
            units[-1].append(n)
        else:
            units.append([n])
    dated = [sum(dates_only(side_lines[n].text) for n in unit) for unit in units]
    others_placed = all(
        dates_only(side_lines[n].text) or is_place(side_lines[n].text) or _short_name(side_lines[n].text)
        for unit in units
        for n in unit
    )
    if len(units) < 2 or dated != [1] * len(units) or not others_placed or max(map(len, units)) > 3:
        return None
    return units


def _short_name(text: str) -> bool:
    """ "Amazon", "Kyiv": a name of one or two words with no digits, as a side cell sets a place or an employer's
    short name over a date."""
    words = text.split()
    return 1 <= len(words) <= 2 and not any(c.isdigit() for c in text) and all(w[:1].isupper() for w in words)


def _paragraph_number(line_id: str, prefix: str) -> int | None:
    m = re.fullmatch(re.escape(prefix) + r"p(\d+)", line_id)
    return int(m.group(1)) if m else None


def _beside_dates(
    cells: list[etree._Element], column: tuple[int, int], rprefix: str, area: str, styles: Styles
) -> Iterator[Line]:
    """A column of dates beside a column of roles, in one row: each date goes before the paragraph level with it
    (the blank lines that line them up), or before the k-th role when the lines do not line up (a role a line
    when there are as many lines as dates and no bullets)."""
    at, of = column
    date_prefix, content_prefix = f"{rprefix}c{at}", f"{rprefix}c{of}"
    date_lines = list(_walk(cells[at], date_prefix, area, styles))
    content = list(_walk(cells[of], content_prefix, area, styles))
    ids = [line.id for line in content]
    # Each role's first line when the roles are told apart by their bullets; else "c0p3" beside "c1p3", the
    # paragraph level with each date (blank lines line them up)
    level = [f"{content_prefix}{line.id.removeprefix(date_prefix)}" for line in date_lines]
    blocks = _block_starts(content)
    if len(content) == len(date_lines) and not any(line.is_list for line in content):
        blocks = list(range(len(content)))
    lined_up = all(i in ids for i in level) and len(blocks) != len(date_lines)
    starts = [ids.index(i) for i in level] if lined_up else blocks
    if blocks == [0] and len(date_lines) >= 2 and content and not content[0].is_list:
        # one post beside two spells or more ("Jan 2015-Jul 2015", "Sep 2013-Sep 2014" beside "Research Assistant,
        # Stanford University" and its description): the first spell on the post's line, the others each on a
        # line of its own right under it, as a second spell under a title is written
        first, *more = date_lines
        yield replace(content[0], text=f"{first.text}\t{content[0].text}", breaks=())
        yield from more
        yield from content[1:]
        return
    if len(starts) != len(date_lines) or starts != sorted(set(starts)):
        yield from date_lines
        yield from content
        return
    for k, line in enumerate(content):
        if k in starts:
            yield date_lines[starts.index(k)]
        yield line


def _block_starts(content: list[Line]) -> list[int]:
    """Where each role starts in a cell: its first line, and each line that follows a bullet and is none."""
    return [k for k, line in enumerate(content) if not line.is_list and (k == 0 or content[k - 1].is_list)]


def _bold_starts(content: list[Line]) -> list[int]:
    """Where each role starts in a cell with no bullets: each bold line after a line that is not (a bold title over
    its plain employer and description)."""
    if any(line.is_list for line in content) or not content or not content[0].bold:
        return []
    return [k for k, line in enumerate(content) if line.bold and (k == 0 or not content[k - 1].bold)]


def _beside_heading_cell(
    cells: list[etree._Element], texts: list[list[str]], rprefix: str, area: str, styles: Styles
) -> list[Line] | None:
    """A row whose first cell names the section ("EXPERIENCE") beside a cell of dates and a cell of the roles they
    date, as a three-column template lays a CV out: the heading, then the two cells read as a row of their own.
    None when the row is not so."""
    from app.documents.cv_vocab import heading_kind

    full = [k for k, cell in enumerate(texts) if any(cell)]
    if len(full) != 3:
        return None
    head = [t for t in texts[full[0]] if t]
    if len(head) > 3 or any(len(t.split()) > 4 or any(c.isdigit() for c in t) for t in head):
        return None
    if not any(heading_kind(t) for t in head):
        return None
    rest = full[1:]
    side = _read_with_side_cell([cells[k] for k in rest], [texts[k] for k in rest], f"{rprefix}h", area, styles)
    if side is None:
        side = _one_date_beside(cells, texts, rest, rprefix, area, styles)
    if not side:
        return None
    heading = list(_walk(cells[full[0]], f"{rprefix}c{full[0]}", area, styles))
    # "Research" over "Research Assistant": under the heading, the cell names the post of the role beside it
    named = next((k for k, line in enumerate(heading) if heading_kind(line.text)), None)
    post = [line.text for line in heading[named + 1 :]] if named is not None else []
    if named is not None and post and not any(heading_kind(t) for t in post) and not side[0].is_list:
        side[0] = replace(side[0], text="\t".join([*post, side[0].text]), breaks=())
        heading = heading[: named + 1]
    return [*heading, *side]


def _one_date_beside(
    cells: list[etree._Element], texts: list[list[str]], pair: list[int], rprefix: str, area: str, styles: Styles
) -> list[Line] | None:
    """One cell holding one date and nothing else beside a cell of one role: the date read on the role's first
    line, on the side it stands ("Globex, Austin, TX<TAB>August 2015"); None when the two cells are not so."""
    for k, o in (pair, pair[::-1]):
        dates = [t for t in texts[k] if t]
        if len(dates) != 1 or not dates_only(dates[0]):
            continue
        content = list(_walk(cells[o], f"{rprefix}c{o}", area, styles))
        if not content or content[0].is_list:
            return None
        head = content[0]
        text = f"{dates[0]}\t{head.text}" if k < o else f"{head.text}\t{dates[0]}"
        return [replace(head, text=text, breaks=()), *content[1:]]
    return None


_Look = tuple[bool, bool, str]


def _looks(p: etree._Element, styles: Styles) -> tuple[str, list[_Look]]:
    """The paragraph's visible text and how each of its characters looks: bold, italic, its character style."""
    chars: list[str] = []
    looks: list[_Look] = []
    for r, look in styles.visible_runs(p):
        rpr = r.find(W_RPR)
        rstyle = rpr.find(W_RSTYLE) if rpr is not None else None
        seen = (look.bold, look.italic, rstyle.get(W_VAL, "") if rstyle is not None else "")
        text = run_text(r).translate(_SPACE)
        chars.append(text)
        looks.extend([seen] * len(text))
    return "".join(chars), looks


_WORD_END = re.compile(r"[\w.)’'\"”]")


def _breaks(text: str, looks: list[_Look]) -> tuple[int, ...]:
    """Offsets of the spaces between two words that look different ("**Engineer** Globex"), not beside a
    separator the text already has."""
    out = []
    for m in re.finditer(r" +", text):
        a, b = m.start() - 1, m.end()
        if a < 0 or b >= len(text) or not _WORD_END.match(text[a]) or not (text[b].isupper() or text[b].isdigit()):
            continue
        before = text[: m.start()].rsplit(None, 1)[-1]
        # "Secretary *of the* Society", "*at* GA Tech": a small word in its own look joins the words around it
        if looks[a] != looks[b] and not before.islower():
            out.append(m.start())
    return tuple(out)


def _paragraph_lines(p: etree._Element, pid: str, area: str, styles: Styles) -> Iterator[Line]:
    text, looks = _looks(p, styles)
    style = _style(p, styles)
    level = _list_level(p, style, styles.unmarked)
    bold = styles.all_bold(p)
    size = _size(p)
    links = _link_targets(p)
    at = 0
    for part in text.split("\n"):
        start, at = at, at + len(part) + 1
        if part.strip():
            line_level = level
            mark = _TYPED_BULLET.match(part)
            # "- Led a quiz team" is a bullet typed by hand; "○ DETAILS ○" is a decorated heading, and so is a bold
            # "■職務経歴" (a square or a diamond before a heading's words alone, as Japanese CVs mark headings; a bold
            # "• Leadership" in a list stays a bullet)
            decorated = part.rstrip().endswith(mark.group(0).strip()) if mark else False
            if mark and bold and mark.group(0).strip() in "■◆" and _heading_kind(part[mark.end() :].strip()):
                decorated = True
            if level < 0 and mark and not decorated:
                line_level = 0
                part = _TYPED_BULLET.sub("", part, count=1)
            stripped = part.strip(" ")
            breaks: tuple[int, ...] = ()
            if looks and not mark:
                lead = start + len(part) - len(part.lstrip(" "))
                breaks = _breaks(stripped, looks[lead : lead + len(stripped)])
            yield Line(
                stripped,
                pid,
                area,
                bold=bold,
                style=style,
                list_level=line_level,
                size=size,
                breaks=breaks,
                links=links,
            )


_FIELD_LINK = re.compile(r'HYPERLINK\s+"([^"]+)"')


def _link_targets(p: etree._Element) -> tuple[str, ...]:
    """Hyperlinks by relationship ("rid:rId7", resolved later) and HYPERLINK fields by their target."""
    # the link's shown text rides along after a tab (no relationship id holds one) until the target is resolved
    out = [f"rid:{h.get(R_ID)}\t{_shown(h)}" for h in p.iter(W_HYPERLINK) if h.get(R_ID) and _seen(h)]
    out += [m.group(1) for f in p.iter(W_FLD) for m in _FIELD_LINK.finditer(f.get(qn("w:instr"), ""))]
    return tuple(out + _field_links(p))


def _field_links(p: etree._Element) -> list[str]:
    """HYPERLINK fields ("begin", instructions, "separate", what it shows, "end") as "target<TAB>shown"; a field
    that shows nothing at all (no run between "separate" and "end") is a link no reader sees, left out. A field
    that goes on into the next paragraph keeps what it showed here; one whose instructions do, its target alone.
    Fields nested in a field's result are part of what it shows."""
    reading = _Field()
    out: list[str] = []
    for r in p.iter(W_R):
        mark = r.find(W_FLDCHAR)
        out += reading.step(mark.get(W_FLD_TYPE) if mark is not None else None, r)
    return out + reading.unfinished()


@dataclass
class _Field:
    """The outermost field being read across a paragraph's runs."""

    instr: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)
    state: str = ""  # "instr", "result" or "" (outside any field)
    runs: int = 0
    depth: int = 0

    def step(self, kind: str | None, r: etree._Element) -> list[str]:
        if kind == "begin":
            self.depth += 1
            if self.depth == 1:
                self.instr, self.shown, self.state, self.runs = [], [], "instr", 0
        elif kind == "separate" and self.depth == 1:
            self.state = "result"
        elif kind == "end" and self.depth:
            self.depth -= 1
            if self.depth == 0:
                self.state = ""
                return self._link(self.shown if self.runs else None)
        elif self.state == "instr" and self.depth == 1:
            self.instr += [t.text or "" for t in r.iter(W_INSTR)]
        elif self.state == "result":
            self.runs += 1
            self.shown.append(run_text(r))
        return []

    def unfinished(self) -> list[str]:
        if self.state == "instr":
            return self._link([])
        return self._link(self.shown) if self.state == "result" and self.runs else []

    def _link(self, shown: list[str] | None) -> list[str]:
        link = _FIELD_LINK.search("".join(self.instr))
        return [] if link is None or shown is None else [f"{link.group(1)}\t{''.join(shown)}"]


def _shown(link: etree._Element) -> str:
    return "".join(run_text(r) for r in iter_runs(link))


def _seen(link: etree._Element) -> bool:
    """A hyperlink a reader can see: it shows text or a picture (an envelope icon). A link around an empty run
    (a Google Docs export leaves one before the address it shows in plain runs) leads where no reader was sent: an
    old address, not the seeker's."""
    return bool(_shown(link).strip()) or next(link.iter(W_DRAWING, W_PICT), None) is not None


def paragraph_level(p: etree._Element, names: dict[str, str]) -> int:
    """A paragraph's list level: -1 when it is not a list item, 0 for a bullet, 1 for a bullet under it ..."""
    return _list_level(p, _style_name(p, names))


def _style(p: etree._Element, styles: Styles) -> str:
    return _style_name(p, styles.names)


def _style_name(p: etree._Element, names: dict[str, str]) -> str:
    return names.get(style_id(p), "") or style_id(p)


def _list_level(p: etree._Element, style: str, unmarked: frozenset[tuple[str, int]] = frozenset()) -> int:
    ppr = p.find(W_PPR)
    numpr = ppr.find(W_NUMPR) if ppr is not None else None
    if numpr is not None:
        ilvl, num = numpr.find(W_ILVL), numpr.find(qn("w:numId"))
        try:
            level = int(ilvl.get(qn("w:val"), "0")) if ilvl is not None else 0
        except ValueError:
            level = 0
        nid = num.get(qn("w:val"), "") if num is not None else ""
        # numId 0 takes the paragraph out of any list; a level that draws no mark is no list item to the eye
        return -1 if nid == "0" or (nid, level) in unmarked else level
    if style.lower().startswith("list paragraph"):
        return -1  # Word's indented "List Paragraph" is a list item only with a number or bullet of its own
    m = re.search(r"list\s*(?:bullet|number|paragraph)?\s*(\d)?", style, re.I)
    if m and "list" in style.lower():
        return int(m.group(1)) - 1 if m.group(1) else 0
    return -1


def _size(p: etree._Element) -> float:
    for sz in p.iter(qn("w:sz")):
        try:
            return int(sz.get(qn("w:val"), "0")) / 2
        except ValueError:
            return 0.0
    return 0.0


def _text_boxes(p: etree._Element) -> Iterator[etree._Element]:
    """Text-box contents anchored in this paragraph; Word writes each box twice (DrawingML and a VML
    fallback), so the fallback copy is skipped."""
    for box in p.iter(W_TXBX):
        if any(a.tag == MC_FALLBACK for a in box.iterancestors()):
            continue
        yield box


def picture_count(package: DocxPackage) -> int:
    return sum(1 for _ in package.body.iter(qn("w:drawing"), qn("w:pict")))
