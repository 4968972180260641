"""A Word file as a zip of parts, parsed only where jobsmith reads or edits.

python-docx parses and re-serialises every part (theme, fonts, settings, ...) on open and save; tailoring
touches only the main document, its headers and footers. Working on those parts directly keeps every
other part byte-for-byte as the seeker saved it, and keeps a CV + cover letter well under 100 ms.
"""

from __future__ import annotations

import io
import posixpath
import re
import struct
import zipfile
import zlib

from lxml import etree

from app.errors import DocumentError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, remove_blank_text=False)


_STYLE = re.compile(r'<w:style\b[^>]*?w:styleId="([^"]*)"[^>]*>\s*<w:name w:val="([^"]*)"')


class DocxPackage:
    """Parts of one .docx, parsed on demand; `to_bytes` writes edited parts and copies the rest."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            self._names = set(self._zip.namelist())
        except (zipfile.BadZipFile, ValueError) as exc:
            raise DocumentError(f"not a readable Word document: {exc}") from exc
        self._xml: dict[str, etree._Element] = {}
        self.dirty: set[str] = set()
        self.main = self._main_part()
        self._rels_cache: dict[str, dict[str, str]] = {}

    def xml(self, name: str) -> etree._Element:
        if name not in self._xml:
            if name not in self._names:
                raise DocumentError(f"the Word file has no part {name}")
            try:
                self._xml[name] = etree.fromstring(self._read(name), _PARSER)
            except (etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
                raise DocumentError(f"the Word file's {name} is damaged: {exc}") from exc
        return self._xml[name]

    def _read(self, name: str) -> bytes:
        try:
            return self._zip.read(name)
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, KeyError) as exc:
            raise DocumentError(f"the Word file's {name} is damaged: {exc}") from exc

    def mark_dirty(self, element: etree._Element) -> None:
        """Record that the part holding `element` was edited, so `to_bytes` writes it."""
        root = element.getroottree().getroot()
        for name, part in self._xml.items():
            if part is root:
                self.dirty.add(name)
                return
        raise DocumentError("edited an element that belongs to no part of this document")

    def has(self, name: str) -> bool:
        return name in self._names

    def document_title(self) -> str:
        """The title the file was saved with (File > Properties): the core title, or the first of the titles Word
        lists in the app properties; "" when it has none or they are damaged."""
        for part, path in (
            ("docProps/core.xml", "//*[local-name()='title']"),
            ("docProps/app.xml", "//*[local-name()='TitlesOfParts']//*[local-name()='lpstr']"),
        ):
            if not self.has(part):
                continue
            try:
                found = self.xml(part).xpath(path)
            except DocumentError:
                continue
            text = " ".join((found[0].text or "").split()) if found else ""
            if text:
                return text
        return ""

    @property
    def document(self) -> etree._Element:
        return self.xml(self.main)

    @property
    def body(self) -> etree._Element:
        body = self.document.find(f"{{{W}}}body")
        if body is None:
            raise DocumentError("the Word file has no body")
        return body

    def _main_part(self) -> str:
        if "_rels/.rels" in self._names:
            try:
                rels = etree.fromstring(self._read("_rels/.rels"), _PARSER)
            except etree.XMLSyntaxError as exc:
                raise DocumentError(f"the Word file's relationships are damaged: {exc}") from exc
            for rel in rels.iterchildren(f"{{{PKG_REL}}}Relationship"):
                if rel.get("Type") == OFFICE_DOCUMENT:
                    return str(rel.get("Target", "")).lstrip("/")
        if "word/document.xml" in self._names:
            return "word/document.xml"
        raise DocumentError("not a Word document: no main document part")

    def relationships(self, part: str | None = None) -> dict[str, str]:
        """Relationship id -> part name (or external target) of the main document, or of `part` (a header's
        hyperlinks are its own relationships)."""
        name = part or self.main
        if name not in self._rels_cache:
            folder, base = posixpath.split(name)
            rels_name = posixpath.join(folder, "_rels", base + ".rels")
            out: dict[str, str] = {}
            if rels_name in self._names:
                for rel in self.xml(rels_name).iterchildren(f"{{{PKG_REL}}}Relationship"):
                    target = rel.get("Target", "")
                    if rel.get("TargetMode") != "External":
                        target = posixpath.normpath(posixpath.join(folder, target)).lstrip("/")
                    out[rel.get("Id", "")] = target
            self._rels_cache[name] = out
        return self._rels_cache[name]

    def header_footer_parts(self) -> list[tuple[str, str]]:
        """(h|f, part name) in python-docx's order: per section, default, first page, even page."""
        rels = self.relationships()
        out: list[tuple[str, str]] = []
        seen: set[str] = set()
        sect_prs = list(self.body.iter(f"{{{W}}}sectPr"))
        for letter, tag in (("h", "headerReference"), ("f", "footerReference")):
            for sect in sect_prs:
                refs = {ref.get(f"{{{W}}}type", "default"): ref for ref in sect.iterchildren(f"{{{W}}}{tag}")}
                for kind in ("default", "first", "even"):
                    ref = refs.get(kind)
                    name = rels.get(ref.get(f"{{{R}}}id", "")) if ref is not None else None
                    if name and name not in seen and name in self._names:
                        seen.add(name)
                        out.append((letter, name))
        return out

    def style_names(self) -> dict[str, str]:
        """Style id -> style name ("ListBullet" -> "List Bullet")."""
        name = posixpath.join(posixpath.dirname(self.main), "styles.xml")
        if name not in self._names:
            return {}
        # styles.xml is often 300+ KB of latent styles; a scan of the style elements is ten times
        # cheaper than a full parse, and the names are all the reader needs from it.
        text = self._read(name).decode("utf-8", "replace")
        names = {}
        for m in _STYLE.finditer(text):
            # Built-in styles are stored lower case ("heading 1"); Word and python-docx show "Heading 1".
            ui = m.group(2)
            names[m.group(1)] = ui[:1].upper() + ui[1:] if ui.islower() else ui
        return names

    def to_bytes(self, edited: set[str] | None = None) -> bytes:
        """The package with the edited parts (default: those marked dirty) re-serialised.

        Unedited parts are copied as their original compressed bytes: recompressing 800 KB of style
        definitions for every application would cost more than all the tailoring.
        """
        edited = self.dirty if edited is None else edited
        entries = []
        for info in self._zip.infolist():
            if info.filename in edited:
                data = etree.tostring(self._xml[info.filename], xml_declaration=True, encoding="UTF-8", standalone=True)
                comp = zlib.compressobj(6, zlib.DEFLATED, -15)
                raw = comp.compress(data) + comp.flush()
                entries.append((info, raw, zlib.crc32(data), len(data), zipfile.ZIP_DEFLATED))
            else:
                entries.append((info, self._raw(info), info.CRC, info.file_size, info.compress_type))
        return _write_zip(entries)

    def _raw(self, info: zipfile.ZipInfo) -> bytes:
        """The member's compressed bytes, as stored."""
        buf = self._data
        off = info.header_offset
        if buf[off : off + 4] != b"PK\x03\x04":
            raise DocumentError(f"the Word file's {info.filename} has a damaged header")
        name_len, extra_len = struct.unpack_from("<HH", buf, off + 26)
        start = off + 30 + name_len + extra_len
        return bytes(buf[start : start + info.compress_size])


def _dos_time(info: zipfile.ZipInfo) -> tuple[int, int]:
    y, mo, d, h, mi, se = info.date_time
    return (h << 11) | (mi << 5) | (se // 2), ((max(y, 1980) - 1980) << 9) | (mo << 5) | d


def _write_zip(entries: list[tuple[zipfile.ZipInfo, bytes, int, int, int]]) -> bytes:
    """A plain (non-zip64) archive from already-compressed members, in the given order."""
    out = io.BytesIO()
    central = []
    for info, raw, crc, size, method in entries:
        name = info.filename.encode("utf-8")
        flags = 0x800 if not info.filename.isascii() else 0
        dos_time, dos_date = _dos_time(info)
        offset = out.tell()
        out.write(
            struct.pack(
                "<4sHHHHHIIIHH", b"PK\x03\x04", 20, flags, method, dos_time, dos_date, crc, len(raw), size, len(name), 0
            )
        )
        out.write(name)
        out.write(raw)
        central.append(
            struct.pack(
                "<4sHHHHHHIIIHHHHHII",
                b"PK\x01\x02",
                20,
                20,
                flags,
                method,
                dos_time,
                dos_date,
                crc,
                len(raw),
                size,
                len(name),
                0,
                0,
                0,
                0,
                info.external_attr,
                offset,
            )
            + name
        )
    start = out.tell()
    for record in central:
        out.write(record)
    end = out.tell()
    out.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(central), len(central), end - start, start, 0))
    return out.getvalue()
