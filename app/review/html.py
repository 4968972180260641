"""Hostile text in, HTML a browser may render out: sanitised posting descriptions and DOCX previews.

Posting text comes from strangers; a preview must not fetch anything (no images, no styles from
elsewhere) and must not offer a link that looks like it leads somewhere on the seeker's own network.
"""

from __future__ import annotations

import html
import io
import ipaddress
from urllib.parse import urlsplit

import mammoth
import nh3

TAGS = {
    "p",
    "br",
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ul",
    "ol",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "blockquote",
    "a",
    "span",
    "div",
    "hr",
    "sup",
    "sub",
}
MAX_HTML_CHARS = 200_000
_INTERNAL_SUFFIXES = (".local", ".localhost", ".internal", ".lan", ".home", ".corp", ".intranet", ".arpa")


def looks_internal(url: str) -> bool:
    """True for a link that is not plain http(s) to a public-looking host name or address."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").rstrip(".").lower()
    except ValueError:
        return True
    if parts.scheme not in ("http", "https") or not host or "." not in host or parts.username or parts.password:
        return True
    if host == "localhost" or host.endswith(_INTERNAL_SUFFIXES):
        return True
    try:
        addr = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return host.replace(".", "").isdigit() or host.startswith("0x")  # numeric forms like 0x7f000001
    return not addr.is_global


def _filter_attr(tag: str, attr: str, value: str) -> str | None:
    if tag == "a" and attr == "href":
        return None if looks_internal(value) else value
    return value


def sanitise(fragment: str) -> str:
    """A safe HTML fragment: listed tags only, no images/scripts/styles, links only to public http(s) hosts."""
    return nh3.clean(
        fragment[:MAX_HTML_CHARS],
        tags=TAGS,
        attributes={"a": {"href"}, "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan"}},
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer nofollow",
        clean_content_tags={"script", "style", "title", "textarea", "select", "noscript"},
        attribute_filter=_filter_attr,
        strip_comments=True,
    )


def text_to_html(text: str) -> str:
    """Plain text as escaped paragraphs (for postings that came without markup)."""
    paras = [p.strip() for p in text[:MAX_HTML_CHARS].replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join("<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in paras)


def posting_html(description: str | None, description_html: str | None = None) -> str:
    if description_html:
        return sanitise(description_html)
    if description and "<" in description and ">" in description:
        return sanitise(description)
    return text_to_html(description or "")


def docx_html(data: bytes) -> str:
    """The DOCX's body as sanitised HTML (mammoth: headings, lists, tables; images left out)."""
    result = mammoth.convert_to_html(io.BytesIO(data), convert_image=mammoth.images.img_element(lambda _: {}))
    return sanitise(result.value)
