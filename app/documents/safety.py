"""Refuse Word files that are unsafe or unreadable, before anything parses them.

Checks run on the zip's central directory first (declared sizes, ratios, entry count), so a zip bomb is
refused without being inflated; the XML parts are then inflated in bounded chunks, which also catches an
archive whose headers lie about its sizes.
"""

from __future__ import annotations

import hashlib
import io
import re
import threading
import zipfile
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from typing import IO

from lxml import etree

from app.errors import DocumentError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MACRO_TYPES = re.compile(rb"macroEnabled|vbaProject|vbaData|ms-office\.activeX", re.I)
_CHUNK = 64 * 1024
# styles.xml is left out: jobsmith only scans it for style names and copies it as stored, and parsing its
# 300+ KB of latent styles would cost more than the rest of the check.
_PARSED = {"[content_types].xml", "word/document.xml"}
_HEADER_FOOTER = re.compile(r"word/(header|footer)\d*\.xml$")


@dataclass(frozen=True)
class DocxLimits:
    """Upper bounds for an uploaded Word file (a real CV is well under 1 MB)."""

    max_bytes: int = 20 * 1024 * 1024
    max_entries: int = 1000
    max_part_bytes: int = 25 * 1024 * 1024  # one inflated part
    max_total_bytes: int = 100 * 1024 * 1024  # all parts inflated
    max_ratio: int = 100  # inflated / compressed, for parts above 1 MB


DEFAULT_LIMITS = DocxLimits()


# Digests of files already found safe (with the limits used): the same CV is checked once per process,
# not once per posting. Only successes are remembered; a refused file is checked again each time.
_VALIDATED: OrderedDict[tuple[bytes, DocxLimits], None] = OrderedDict()
_VALIDATED_LOCK = threading.Lock()


def validate_docx(data: bytes, name: str = "document", limits: DocxLimits = DEFAULT_LIMITS) -> None:
    """Raise DocumentError (with a message a seeker can act on) unless `data` is a safe, plain .docx."""
    key = (hashlib.sha256(data).digest(), limits) if data and len(data) <= limits.max_bytes else None
    if key is not None:
        with _VALIDATED_LOCK:
            if key in _VALIDATED:
                _VALIDATED.move_to_end(key)
                return
    _validate(data, name, limits)
    if key is not None:
        with _VALIDATED_LOCK:
            _VALIDATED[key] = None
            while len(_VALIDATED) > 64:
                _VALIDATED.popitem(last=False)


def clear_validation_cache() -> None:
    with _VALIDATED_LOCK:
        _VALIDATED.clear()


def _validate(data: bytes, name: str, limits: DocxLimits) -> None:
    label = name or "document"
    if not data:
        raise DocumentError(f"{label} is empty")
    if len(data) > limits.max_bytes:
        raise DocumentError(
            f"{label} is {len(data) / 2**20:.1f} MB; the limit is {limits.max_bytes / 2**20:.0f} MB "
            "(remove large images or save a smaller copy)"
        )
    if data.startswith(OLE_MAGIC):
        raise DocumentError(
            f"{label} is password-protected (encrypted) or an old .doc file; save it in Word as an unprotected .docx"
        )
    if name.lower().endswith((".docm", ".dotm")):
        raise DocumentError(f"{label} is a macro-enabled Word file; save it as a plain .docx")
    if not data.startswith(b"PK"):
        raise DocumentError(f"{label} is not a Word .docx file (not a zip archive)")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise DocumentError(f"{label} is damaged or not a .docx file: {exc}") from exc
    _check_directory(label, infos, limits)
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or not ({"word/document.xml", "_rels/.rels"} & names):
        raise DocumentError(f"{label} is a zip file but not a Word document")
    if any(n.lower().endswith(("vbaproject.bin", "vbadata.xml")) for n in names):
        raise DocumentError(f"{label} contains macros (a .docm renamed to .docx); save it as a plain .docx")
    _inflate_xml_parts(label, zf, infos, limits)


def _check_directory(label: str, infos: list[zipfile.ZipInfo], limits: DocxLimits) -> None:
    if len(infos) > limits.max_entries:
        raise DocumentError(f"{label} has {len(infos)} parts; a Word file has a few dozen")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise DocumentError(f"{label} is encrypted; save it in Word without a password")
        if ".." in info.filename.split("/") or info.filename.startswith("/"):
            raise DocumentError(f"{label} has a part with an unsafe name: {info.filename!r}")
        total += info.file_size
        if info.file_size > limits.max_part_bytes or total > limits.max_total_bytes:
            raise DocumentError(
                f"{label} would inflate to more than {limits.max_total_bytes // 2**20} MB "
                "(a zip bomb or an oversized file)"
            )
        if info.file_size > 2**20 and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise DocumentError(
                f"{label} has a part compressed {info.file_size // max(info.compress_size, 1)}"
                " times over: refused as a possible zip bomb"
            )


def _inflate_xml_parts(label: str, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], limits: DocxLimits) -> None:
    """Inflate XML parts in chunks: bounded memory, real sizes checked, macros and DTDs refused.

    Parts jobsmith parses (content types, relationships, the document, headers, footers) are inflated
    in full, which proves their sizes and checksums and that they are well-formed XML; the others are
    copied as stored, so only their first bytes are read, to refuse a DTD.
    """
    total = 0
    for info in infos:
        if info.filename.lower().endswith((".xml", ".rels")):
            total = _inflate_part(label, zf, info, limits, total)


def _inflate_part(label: str, zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: DocxLimits, total: int) -> int:
    """Check one XML part; returns the bytes inflated so far, this part's included."""
    lower = info.filename.lower()
    parsed = lower.endswith(".rels") or lower in _PARSED or _HEADER_FOOTER.match(lower) is not None
    try:
        with zf.open(info) as fh:
            if parsed:
                head, total = _parse_streamed(label, info, fh, limits, total)
            else:
                head = fh.read(4096)
    except etree.XMLSyntaxError as exc:
        raise DocumentError(f"{label} is damaged: {info.filename} is not well-formed XML ({exc})") from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError) as exc:
        raise DocumentError(f"{label} is damaged: {info.filename}: {exc}") from exc
    except RuntimeError as exc:  # zipfile raises RuntimeError for encrypted members
        raise DocumentError(f"{label} is encrypted; save it in Word without a password") from exc
    _refuse_dtd(label, info.filename, head)
    return total


def _parse_streamed(
    label: str, info: zipfile.ZipInfo, fh: IO[bytes], limits: DocxLimits, total: int
) -> tuple[bytes, int]:
    """Parse a part jobsmith reads as it streams; (its first 4 KB, the bytes inflated so far)."""
    # Parts jobsmith reads must be well-formed XML, parsed as they stream. A part over 2 MB has its
    # elements freed as they end, bounding memory; a smaller one is parsed whole, which is much faster.
    big = info.file_size > 2 * 2**20
    parser = etree.XMLPullParser(events=("end",) if big else (), resolve_entities=False, no_network=True)
    head = b""
    while chunk := fh.read(_CHUNK):
        if len(head) < 4096:
            head += chunk[: 4096 - len(head)]
            _refuse_dtd(label, info.filename, head)
        parser.feed(chunk)
        if big:
            for _, el in parser.read_events():
                el.clear()
        total += len(chunk)
        if total > limits.max_total_bytes:
            raise DocumentError(f"{label} inflates beyond its declared size: refused as a zip bomb")
        if info.filename == "[Content_Types].xml" and _MACRO_TYPES.search(chunk):
            raise DocumentError(f"{label} is a macro-enabled document renamed to .docx; save it as a plain .docx")
    parser.close()
    return head, total


def _refuse_dtd(label: str, name: str, head: bytes) -> None:
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise DocumentError(f"{label}: {name} declares a DTD, which Word never writes; refused")
