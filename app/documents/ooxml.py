"""Low-level WordprocessingML helpers on lxml elements: text, runs, formatting, paragraph ids."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field

from docx.oxml.ns import qn
from lxml import etree

W_P, W_R, W_T, W_TBL, W_TR, W_TC = qn("w:p"), qn("w:r"), qn("w:t"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
W_PPR, W_RPR, W_TAB, W_BR, W_CR = qn("w:pPr"), qn("w:rPr"), qn("w:tab"), qn("w:br"), qn("w:cr")
W_SDT, W_SDT_CONTENT, W_HYPERLINK = qn("w:sdt"), qn("w:sdtContent"), qn("w:hyperlink")
W_INS, W_SMART, W_FLD = qn("w:ins"), qn("w:smartTag"), qn("w:fldSimple")
W_PSTYLE, W_NUMPR, W_VAL = qn("w:pStyle"), qn("w:numPr"), qn("w:val")
W_B, W_I, W_RSTYLE, W_NOBREAK = qn("w:b"), qn("w:i"), qn("w:rStyle"), qn("w:noBreakHyphen")
W_SECTPR, W_DRAWING, W_PICT = qn("w:sectPr"), qn("w:drawing"), qn("w:pict")
W_CUSTOM_XML, W_MOVE_TO, W_PTAB = qn("w:customXml"), qn("w:moveTo"), qn("w:ptab")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

# Run containers whose runs belong to the paragraph's visible text (tracked deletions and moves away do not).
_RUN_PARENTS = {W_HYPERLINK, W_INS, W_MOVE_TO, W_SMART, W_CUSTOM_XML, W_FLD, W_SDT_CONTENT}
_BOLD_STYLES = {"Strong", "Heading1Char", "Heading2Char", "TitleChar"}


def iter_runs(p: etree._Element) -> Iterator[etree._Element]:
    """The paragraph's runs in reading order, including those inside hyperlinks and insertions."""
    for child in p:
        tag = child.tag
        if tag == W_R:
            yield child
        elif tag in _RUN_PARENTS:
            yield from iter_runs(child)
        elif tag == W_SDT:
            content = child.find(W_SDT_CONTENT)
            if content is not None:
                yield from iter_runs(content)


def run_text(r: etree._Element) -> str:
    out = []
    for child in r:
        tag = child.tag
        if tag == W_T:
            out.append(child.text or "")
        elif tag in (W_TAB, W_PTAB):  # an alignment tab (w:ptab) sets dates apart as a tab stop does
            out.append("\t")
        elif tag in (W_BR, W_CR):
            # A page or column break separates pages, not words; a line break is whitespace.
            out.append("" if child.get(qn("w:type")) in ("page", "column") else "\n")
        elif tag == W_NOBREAK:
            out.append("-")
        elif tag in _RUN_PARENTS:
            # a hyperlink inside a run, as some python-docx CV generators write it: Word shows its text
            out.extend(run_text(inner) for inner in iter_runs(child))
    return "".join(out)


def paragraph_text(p: etree._Element) -> str:
    return "".join(run_text(r) for r in iter_runs(p))


def is_on(el: etree._Element | None) -> bool:
    """A toggle property (`w:b`, `w:i`, `w:vanish`) present and not switched off."""
    return el is not None and el.get(W_VAL) not in ("0", "false", "off")


def run_is_bold(r: etree._Element) -> bool:
    rpr = r.find(W_RPR)
    if rpr is None:
        return False
    rstyle = rpr.find(W_RSTYLE)
    return is_on(rpr.find(W_B)) or (rstyle is not None and rstyle.get(W_VAL) in _BOLD_STYLES)


def all_bold(p: etree._Element) -> bool:
    texty = [r for r in iter_runs(p) if run_text(r).strip()]
    return bool(texty) and all(run_is_bold(r) for r in texty)


def style_id(p: etree._Element) -> str:
    ppr = p.find(W_PPR)
    if ppr is None:
        return ""
    ps = ppr.find(W_PSTYLE)
    return ps.get(W_VAL, "") if ps is not None else ""


def has_numbering(p: etree._Element) -> bool:
    ppr = p.find(W_PPR)
    return ppr is not None and ppr.find(W_NUMPR) is not None


def has_complex_content(p: etree._Element) -> bool:
    """Hyperlinks, fields, pictures: rewriting such a paragraph as plain runs would lose them."""
    return next(p.iter(W_HYPERLINK, W_FLD, W_DRAWING, W_PICT, qn("w:fldChar"), qn("w:object")), None) is not None


def make_run(text: str, rpr: etree._Element | None) -> etree._Element:
    """A run with `text` (tabs and newlines as Word elements) and a copy of the given run properties."""
    r = etree.Element(W_R)
    if rpr is not None:
        r.append(copy.deepcopy(rpr))
    for i, line in enumerate(text.split("\n")):
        if i:
            etree.SubElement(r, W_BR)
        for j, chunk in enumerate(line.split("\t")):
            if j:
                etree.SubElement(r, W_TAB)
            if chunk:
                t = etree.SubElement(r, W_T)
                t.text = chunk
                if chunk != chunk.strip():
                    t.set(XML_SPACE, "preserve")
    return r


def first_rpr(p: etree._Element) -> etree._Element | None:
    for r in iter_runs(p):
        if run_text(r).strip():
            return r.find(W_RPR)
    return None


@dataclass
class Located:
    """A paragraph element found in the document, with its id and container."""

    id: str
    element: etree._Element
    container: str
    area: str  # body, table, header, footer
    parent_ids: list[str] = field(default_factory=list)


def walk(container_el: etree._Element, prefix: str, container: str, area: str) -> Iterator[Located]:
    """Paragraphs of a body, cell, header or footer, depth first, with their stable ids.

    Ids count paragraphs and tables per container: `p3` is the fourth paragraph of the container and
    `t0r1c0p2` the third paragraph of cell (1, 0) of its first table; headers and footers prefix `h0`/`f0`.
    """
    p_index = 0
    t_index = 0
    for child in block_children(container_el):
        if child.tag == W_P:
            yield Located(f"{prefix}p{p_index}", child, container, area)
            p_index += 1
        elif child.tag == W_TBL:
            tprefix = f"{prefix}t{t_index}"
            t_index += 1
            for ri, tr in enumerate(child.iterchildren(W_TR)):
                for ci, tc in enumerate(tr.iterchildren(W_TC)):
                    cell = f"{tprefix}r{ri}c{ci}"
                    yield from walk(tc, cell, cell, "table" if area == "body" else area)


def block_children(el: etree._Element) -> Iterator[etree._Element]:
    """A container's paragraphs and tables, those inside content controls and custom XML included."""
    for child in el:
        if child.tag == W_SDT:
            content = child.find(W_SDT_CONTENT)
            if content is not None:
                yield from block_children(content)
        elif child.tag == W_CUSTOM_XML:
            yield from block_children(child)
        else:
            yield child
