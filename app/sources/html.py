"""HTML handling for postings: sanitise to safe HTML with nh3 and derive plain text."""

from __future__ import annotations

import html
import logging
import re

import ftfy
import lxml.html
import nh3

log = logging.getLogger(__name__)

_ALLOWED_TAGS = {
    "a",
    "b",
    "blockquote",
    "br",
    "code",
    "div",
    "em",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "pre",
    "span",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
_ALLOWED_ATTRS = {"a": {"href", "title"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}}
_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "hr",
    "blockquote",
    "pre",
    "section",
    "article",
}
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    normalization="NFC",
)
_TAG_RE = re.compile(r"<[a-zA-Z/!][^>]*>")
_ESCAPED_TAG_RE = re.compile(r"&lt;\s*/?\s*[a-zA-Z][a-zA-Z0-9]*")


def looks_like_html(text: str) -> bool:
    return bool(_TAG_RE.search(text))


def unescape_if_escaped(text: str) -> str:
    """Undo one level of HTML-entity escaping when the text holds escaped tags (Greenhouse `content`)."""
    if _ESCAPED_TAG_RE.search(text) and not _TAG_RE.search(text):
        return html.unescape(text)
    return text


def sanitise_html(raw: str) -> str:
    """Safe HTML: scripts, styles, event handlers and javascript: links removed."""
    if not raw:
        return ""
    if not looks_like_html(raw):
        paras = [p.strip() for p in re.split(r"\n\s*\n", raw) if p.strip()]
        return "".join(f"<p>{html.escape(p)}</p>".replace("\n", "<br>") for p in paras)
    return nh3.clean(
        raw,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRS,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    ).strip()


def html_to_text(raw: str) -> str:
    """Plain text of (already sanitised) HTML, with a line break per block element."""
    if not raw:
        return ""
    if not looks_like_html(raw):
        return _tidy(html.unescape(raw))
    try:
        root = lxml.html.fragment_fromstring(raw, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return _tidy(_TAG_RE.sub(" ", raw))
    for el in root.iter("script", "style"):
        el.drop_tree()
    parts: list[str] = []
    _walk(root, parts)
    return _tidy("".join(parts))


def _walk(el: lxml.html.HtmlElement, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "li":
        _item(el, out)
        return
    if tag in _BLOCK and not (tag in ("ul", "ol") and out and out[-1].endswith("\n")):
        out.append("\n")
    if el.text:
        out.append(el.text)
    for child in el:
        _walk(child, out)
        if child.tail and not (child.tag == "li" and not child.tail.strip()):
            out.append(child.tail)
    if tag in _BLOCK:
        out.append("\n")


def _item(li: lxml.html.HtmlElement, out: list[str]) -> None:
    """One list item on one line with its bullet, whatever blocks it wraps (`<li><p>text</p></li>`);
    a nested list follows on its own lines."""
    own: list[str] = [li.text or ""]
    nested: list[lxml.html.HtmlElement] = []
    for child in li:
        if isinstance(child.tag, str) and child.tag in ("ul", "ol"):
            nested.append(child)
        else:
            inner: list[str] = []
            _walk(child, inner)
            own.append(" ".join(inner))
        own.append(child.tail or "")
    line = re.sub(r"\s+", " ", "".join(own)).strip()
    line = re.sub(r"^[-•*·▪◦‣]\s*", "", line)  # the item's own typed bullet: keep one
    lead = "" if out and out[-1].endswith("\n") else "\n"
    out.append(f"{lead}- {line}\n" if line else lead)
    for lst in nested:
        _walk(lst, out)


def _tidy(text: str) -> str:
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def fix_text(text: str) -> str:
    """Mojibake repaired ("Youâ€™ll" -> "You’ll", "GdaÅ„sk" -> "Gdańsk") with ftfy; quotes, HTML
    entities and line breaks are left as they are."""
    return ftfy.fix_text(text, _FTFY) if text else text


def description(raw: str | None) -> tuple[str, str]:
    """(safe HTML, plain text) of a posting's description, whatever form it came in."""
    if not raw:
        return "", ""
    safe = sanitise_html(fix_text(unescape_if_escaped(raw)))
    return safe, html_to_text(safe)
