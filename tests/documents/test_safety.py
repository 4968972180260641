"""Unsafe or unreadable Word files are refused with a clear message, before they are inflated."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zipfile

import pytest

from app.documents import DocxLimits, tailor_application, validate_docx
from app.errors import DocumentError

from .conftest import TODAY, alex_match, tasmanwave_job

MB = 1024 * 1024


def _rezip(data: bytes, extra: dict[str, bytes] | None = None, replace: dict[str, bytes] | None = None) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, (replace or {}).get(info.filename, src.read(info.filename)))
        for name, payload in (extra or {}).items():
            z.writestr(name, payload)
    return out.getvalue()


def _peak_mb(fn) -> float:
    tracemalloc.start()
    try:
        fn()
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return peak / MB


def test_validate_docx_accepts_the_fixture_cvs(alex_cv, alex_cl, priya_cv):
    for data in (alex_cv, alex_cl, priya_cv):
        validate_docx(data, "fixture.docx")


def test_validate_docx_refuses_text_renamed_to_docx():
    with pytest.raises(DocumentError, match=r"not a Word \.docx file"):
        validate_docx(b"Alex Morgan, data engineer\n", "Alex_Morgan_CV.docx")


def test_validate_docx_refuses_a_truncated_zip(alex_cv):
    with pytest.raises(DocumentError, match="damaged"):
        validate_docx(alex_cv[: len(alex_cv) // 2], "Alex_Morgan_CV.docx")


def test_validate_docx_refuses_a_zip_that_is_not_word():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(DocumentError, match="not a Word document"):
        validate_docx(out.getvalue(), "cv.docx")


def test_validate_docx_refuses_damaged_xml_part_in_tailoring(alex_cv, search_au, agents):
    broken = _rezip(alex_cv, replace={"word/document.xml": b"<w:document><w:body><w:p>"})
    with pytest.raises(DocumentError, match="damaged"):
        tailor_application(broken, None, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)


def test_validate_docx_refuses_an_encrypted_ole_file():
    # Word saves a password-protected .docx as an OLE compound file holding the encrypted package.
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096
    with pytest.raises(DocumentError, match="password-protected"):
        validate_docx(ole, "Alex_Morgan_CV.docx")


def test_validate_docx_refuses_a_macro_enabled_file_renamed(alex_cv):
    ct = (
        zipfile.ZipFile(io.BytesIO(alex_cv))
        .read("[Content_Types].xml")
        .replace(
            b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            b"application/vnd.ms-word.document.macroEnabled.main+xml",
        )
    )
    docm = _rezip(alex_cv, extra={"word/vbaProject.bin": b"\x00" * 512}, replace={"[Content_Types].xml": ct})
    with pytest.raises(DocumentError, match="macro"):
        validate_docx(docm, "Alex_Morgan_CV.docx")


def test_validate_docx_refuses_macro_content_type_without_vba_part(alex_cv):
    ct = (
        zipfile.ZipFile(io.BytesIO(alex_cv))
        .read("[Content_Types].xml")
        .replace(b"wordprocessingml.document.main+xml", b"macroEnabled.main+xml")
    )
    with pytest.raises(DocumentError, match="macro-enabled"):
        validate_docx(_rezip(alex_cv, replace={"[Content_Types].xml": ct}), "cv.docx")


def test_validate_docx_refuses_a_very_large_file_without_reading_it(alex_cv):
    big = alex_cv + b"\x00" * (50 * MB)
    errors: list[DocumentError] = []

    def run() -> None:
        try:
            validate_docx(big, "big.docx")
        except DocumentError as exc:
            errors.append(exc)

    peak = _peak_mb(run)
    assert errors and "50.0 MB; the limit is 20 MB" in errors[0].message
    assert peak < 5


def test_validate_docx_size_limit_is_configurable(alex_cv):
    with pytest.raises(DocumentError, match="the limit is"):
        validate_docx(alex_cv, "cv.docx", DocxLimits(max_bytes=10_000))


def _bomb(size: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("_rels/.rels", "<Relationships/>")
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            chunk = b"\x00" * MB
            for _ in range(size // MB):
                fh.write(chunk)
    return out.getvalue()


def test_validate_docx_refuses_a_zip_bomb_from_its_directory():
    bomb = _bomb(400 * MB)
    assert len(bomb) < 2 * MB
    holder: list[Exception] = []

    def run() -> None:
        try:
            validate_docx(bomb, "bomb.docx")
        except DocumentError as exc:
            holder.append(exc)

    peak = _peak_mb(run)
    assert holder and "zip bomb" in holder[0].message
    assert peak < 10, f"validation used {peak:.1f} MB"


def test_validate_docx_refuses_a_bomb_whose_headers_lie(alex_cv):
    """Declared sizes say 1 KB; the data inflates to 64 MB. Inflating in chunks catches it, bounded."""
    bomb = _bomb(64 * MB)
    zf = zipfile.ZipFile(io.BytesIO(bomb))
    info = zf.getinfo("word/document.xml")
    data = bytearray(bomb)
    # Rewrite the central directory's uncompressed size to claim a 1 KB part; the local header keeps the truth.
    cd = data.find(b"PK\x01\x02", info.header_offset + 30)
    patched = 0
    while cd != -1:
        name_len = struct.unpack_from("<H", data, cd + 28)[0]
        if bytes(data[cd + 46 : cd + 46 + name_len]) == b"word/document.xml":
            struct.pack_into("<I", data, cd + 24, 1024)
            patched += 1
        cd = data.find(b"PK\x01\x02", cd + 4)
    assert patched == 1
    assert zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml").file_size == 1024
    holder: list[Exception] = []

    def run() -> None:
        try:
            validate_docx(bytes(data), "liar.docx", DocxLimits(max_total_bytes=8 * MB))
        except DocumentError as exc:
            holder.append(exc)

    peak = _peak_mb(run)
    assert holder, "the lying archive was accepted"
    assert "damaged" in holder[0].message or "zip bomb" in holder[0].message
    assert peak < 10, f"validation used {peak:.1f} MB"


def test_validate_docx_refuses_xml_with_a_dtd(alex_cv):
    evil = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document/>'
    with pytest.raises(DocumentError, match="DTD"):
        validate_docx(_rezip(alex_cv, replace={"word/document.xml": evil}), "cv.docx")


def test_validate_docx_refuses_part_names_that_climb_out(alex_cv):
    with pytest.raises(DocumentError, match="unsafe name"):
        validate_docx(_rezip(alex_cv, extra={"../evil.xml": b"<x/>"}), "cv.docx")


def test_tailor_refuses_a_part_with_corrupt_compressed_data(alex_cv, search_au, agents):
    zf = zipfile.ZipFile(io.BytesIO(alex_cv))
    info = zf.getinfo("word/document.xml")
    data = bytearray(alex_cv)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 10, start + 60):
        data[i] ^= 0x5A
    with pytest.raises(DocumentError, match="damaged"):
        tailor_application(bytes(data), None, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)


@pytest.mark.parametrize("part", ["_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels"])
def test_tailor_refuses_a_damaged_package_part_with_a_document_error(alex_cv, search_au, agents, part):
    broken = _rezip(alex_cv, replace={part: b"<Relationships><unclosed"})
    with pytest.raises(DocumentError):
        tailor_application(broken, None, tasmanwave_job(), alex_match(), search_au, agents, today=TODAY)
