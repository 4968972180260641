"""How a paragraph's runs look once Word's styles apply: bold, italic, hidden.

A reader sees what Word shows. Templates make a role's title bold through a paragraph style ("Job Title") or a
character style as often as on the run itself, and some keep notes for the template's user in hidden text
("Month/Year(s)", "Institution") that nobody sees on the page. So a run's look is its own property if it sets
one, else its character style's, else its paragraph style's, else the document's default, each style with what
it inherits (`w:basedOn`). Whether a list draws a mark is read here too: a level numbered "none" shows none.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from dataclasses import dataclass

from docx.oxml.ns import qn
from lxml import etree

from app.documents.ooxml import W_B, W_I, W_RPR, W_RSTYLE, W_VAL, is_on, iter_runs, run_text, style_id
from app.documents.package import DocxPackage
from app.errors import DocumentError

W_VANISH = qn("w:vanish")
_PROPS = (W_B, W_I, W_VANISH)
_MAX_CHAIN = 20  # basedOn chains are a few styles long; a loop in a damaged file must not hang the reader


@dataclass(frozen=True)
class Look:
    bold: bool = False
    italic: bool = False
    hidden: bool = False


def _on_attr(value: str | None) -> bool:
    return value in ("1", "true", "on")


def _props(rpr: etree._Element | None) -> dict[str, bool]:
    if rpr is None:
        return {}
    return {tag: is_on(el) for tag in _PROPS if (el := rpr.find(tag)) is not None}


def _unmarked_levels(package: DocxPackage) -> frozenset[tuple[str, int]]:
    """The (numId, level) pairs of the numbering part whose level is numbered "none" with no text: no bullet or
    number is drawn (a level overridden in the list itself is left as a list level)."""
    part = posixpath.join(posixpath.dirname(package.main), "numbering.xml")
    if not package.has(part):
        return frozenset()
    try:
        root = package.xml(part)
    except DocumentError:
        return frozenset()
    blank: dict[str, set[int]] = {}
    for abstract in root.iterchildren(qn("w:abstractNum")):
        levels = blank.setdefault(abstract.get(qn("w:abstractNumId"), ""), set())
        for lvl in abstract.iterchildren(qn("w:lvl")):
            fmt, text = lvl.find(qn("w:numFmt")), lvl.find(qn("w:lvlText"))
            if fmt is not None and fmt.get(W_VAL) == "none" and (text is None or not text.get(W_VAL)):
                levels.add(_level(lvl))
    out: set[tuple[str, int]] = set()
    for num in root.iterchildren(qn("w:num")):
        ref = num.find(qn("w:abstractNumId"))
        overridden = {_level(o) for o in num.iterchildren(qn("w:lvlOverride"))}
        if ref is not None:
            nid = num.get(qn("w:numId"), "")
            out |= {(nid, n) for n in blank.get(ref.get(W_VAL, ""), set()) - overridden}
    return frozenset(out)


def _level(el: etree._Element) -> int:
    """A list level's number; a damaged one ("x") is read as the first level, as Word reads it."""
    value = el.get(qn("w:ilvl"), "0") or "0"
    return int(value) if value.isdigit() else 0


class Styles:
    """A document's style names and the run properties each style sets, with its `basedOn` parent."""

    def __init__(
        self,
        names: dict[str, str],
        props: dict[str, dict[str, bool]] | None = None,
        based_on: dict[str, str] | None = None,
        defaults: dict[str, bool] | None = None,
        normal: str = "",
        unmarked: frozenset[tuple[str, int]] = frozenset(),
    ) -> None:
        self.names = names
        # (numId, level) of list levels that show no mark: LibreOffice links its headings to an outline list whose
        # levels are numbered "none", so a heading or a role's head line saved by it is a list item nobody sees
        self.unmarked = unmarked
        self._normal = normal  # the paragraph style of a paragraph that names none
        self._props = props or {}
        self._based_on = based_on or {}
        self._defaults = defaults or {}
        self._cache: dict[tuple[str, str], bool | None] = {}

    @classmethod
    def of(cls, package: DocxPackage) -> Styles:
        names = package.style_names()
        unmarked = _unmarked_levels(package)
        part = posixpath.join(posixpath.dirname(package.main), "styles.xml")
        if not package.has(part):
            return cls(names, unmarked=unmarked)
        try:
            root = package.xml(part)
        except DocumentError:
            return cls(names, unmarked=unmarked)  # a damaged styles part: read the runs' own looks only
        props: dict[str, dict[str, bool]] = {}
        based_on: dict[str, str] = {}
        normal = ""
        for style in root.iterchildren(qn("w:style")):
            sid = style.get(qn("w:styleId"), "")
            props[sid] = _props(style.find(W_RPR))
            parent = style.find(qn("w:basedOn"))
            if parent is not None:
                based_on[sid] = parent.get(W_VAL, "")
            if style.get(qn("w:type")) == "paragraph" and _on_attr(style.get(qn("w:default"))):
                normal = sid
        defaults = _props(root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{W_RPR}"))
        return cls(names, props, based_on, defaults, normal, unmarked)

    def _style_sets(self, sid: str, tag: str) -> bool | None:
        """What the style (or a style it is based on) sets the property to, None when none of them sets it."""
        key = (sid, tag)
        if key not in self._cache:
            value, at = None, sid
            for _ in range(_MAX_CHAIN):
                if not at or at not in self._props:
                    break
                if tag in self._props[at]:
                    value = self._props[at][tag]
                    break
                at = self._based_on.get(at, "")
            self._cache[key] = value
        return self._cache[key]

    def look(self, r: etree._Element, paragraph_style: str) -> Look:
        rpr = r.find(W_RPR)
        own = _props(rpr)
        rstyle = rpr.find(W_RSTYLE) if rpr is not None else None
        char_style = rstyle.get(W_VAL, "") if rstyle is not None else ""

        def value(tag: str) -> bool:
            for found in (own.get(tag), self._style_sets(char_style, tag), self._style_sets(paragraph_style, tag)):
                if found is not None:
                    return found
            return self._defaults.get(tag, False)

        return Look(value(W_B), value(W_I), value(W_VANISH))

    def visible_runs(self, p: etree._Element) -> Iterator[tuple[etree._Element, Look]]:
        """The paragraph's runs a reader sees, with their looks: hidden text is left out."""
        sid = style_id(p) or self._normal
        for r in iter_runs(p):
            look = self.look(r, sid)
            if not look.hidden:
                yield r, look

    def text(self, p: etree._Element) -> str:
        return "".join(run_text(r) for r, _ in self.visible_runs(p))

    def all_bold(self, p: etree._Element) -> bool:
        texty = [look for r, look in self.visible_runs(p) if run_text(r).strip()]
        return bool(texty) and all(look.bold for look in texty)
