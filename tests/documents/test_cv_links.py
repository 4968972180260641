"""A hyperlink's target is read as a contact only when the page does not show another address or number on it:
"Email" or an icon leading to the seeker's mailbox gives the address; a typed address left linking to someone
else's mailbox does not."""

from __future__ import annotations

import io
import struct
import zlib

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from app.documents.cv_structure import read_outline
from tests.docx_build import add_hyperlink, saved


def _cv(shown: str, target: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Kai Tanaka", style="Title")
    p = d.add_paragraph("Email: kai.tanaka@example.org or ")
    add_hyperlink(p, target, shown)
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("GIS Officer, County Government of Nakuru, 2019 – 2022")
    return saved(d)


def test_a_link_showing_one_address_and_leading_to_another_gives_no_contact() -> None:
    outline = read_outline(_cv("kai.tanaka.example.org", "mailto:lab.manager@example.org"))
    assert outline.contact.emails == ["kai.tanaka@example.org"]


def test_a_link_showing_a_word_gives_the_address_it_leads_to() -> None:
    outline = read_outline(_cv("my second mailbox", "mailto:kai.t@example.net"))
    assert sorted(outline.contact.emails) == ["kai.t@example.net", "kai.tanaka@example.org"]


def test_a_link_showing_a_phone_number_other_than_its_target_gives_no_phone() -> None:
    outline = read_outline(_cv("+254 773 412 143", "tel:+254700000001"))
    assert "254700000001" not in "".join(outline.contact.phones).replace(" ", "").replace("+", "")


def _field_cv(line: str, target: str, shown: str | None, ended: bool = True) -> bytes:
    """A contact line `line` going on with a HYPERLINK field to `target` that shows `shown` (None: no run at all
    between "separate" and "end"); with `ended` False, the field stops after its instructions, in this paragraph."""
    d = docx.Document()
    d.add_paragraph("Kai Tanaka", style="Title")
    p = d.add_paragraph(line)

    def mark(kind: str) -> None:
        p.add_run()._r.append(p._p.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): kind}))

    mark("begin")
    instr = p._p.makeelement(qn("w:instrText"), {})
    instr.text = f' HYPERLINK "{target}" '
    p.add_run()._r.append(instr)
    if ended:
        mark("separate")
        if shown is not None:
            p.add_run(shown)
        mark("end")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("GIS Officer, County Government of Nakuru, 2019 – 2022")
    d.add_paragraph("Mapped the county's water points and kept the survey data up to date.")
    return saved(d)


def test_a_hyperlink_field_that_shows_nothing_gives_no_contact() -> None:
    cv = _field_cv("Email: kai.tanaka@example.org ", "mailto:old.box@example.net", None)
    assert read_outline(cv).contact.emails == ["kai.tanaka@example.org"]


def test_a_hyperlink_field_showing_a_word_gives_the_address_it_leads_to() -> None:
    cv = _field_cv("Email: kai.tanaka@example.org ", "mailto:old.box@example.net", "my old mailbox")
    assert sorted(read_outline(cv).contact.emails) == ["kai.tanaka@example.org", "old.box@example.net"]


def test_a_hyperlink_field_going_on_into_the_next_paragraph_keeps_its_target() -> None:
    cv = _field_cv("Email ", "mailto:kai.t@example.net", None, ended=False)
    assert read_outline(cv).contact.emails == ["kai.t@example.net"]


def test_a_hyperlink_showing_nothing_gives_no_contact() -> None:
    """A Google Docs export wraps an empty run in a link to an old address, then shows the seeker's in plain runs
    (from two tune files of the corpus whose outlines carried the old address as a second one)."""
    outline = read_outline(_cv("", "mailto:old.mailbox@example.net"))
    assert outline.contact.emails == ["kai.tanaka@example.org"]


def test_a_hyperlink_around_an_icon_gives_the_address_it_leads_to() -> None:
    d = docx.Document()
    d.add_paragraph("Kai Tanaka", style="Title")
    p = d.add_paragraph("Nakuru, Kenya | +254 773 412 143 | ")
    icon = p.add_run()  # an envelope icon
    icon.add_picture(io.BytesIO(_one_pixel_png()))
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), p.part.relate_to("mailto:kai.t@example.net", RT.HYPERLINK, is_external=True))
    link.append(icon._r)  # the picture's run moves into the link
    p._p.append(link)
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("GIS Officer, County Government of Nakuru, 2019 – 2022")
    assert read_outline(saved(d)).contact.emails == ["kai.t@example.net"]


def _one_pixel_png() -> bytes:
    raw = b"\x00\xff\xff\xff"  # one row: filter byte, one white pixel
    chunk = lambda kind, data: (  # noqa: E731
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    )
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
