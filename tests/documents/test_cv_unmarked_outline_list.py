"""LibreOffice links its headings to an outline list whose levels are numbered "none": a CV saved by it (a Word 97
or Word 2003 XML résumé converted, a résumé generator's output) makes every heading and role head line a list item
that shows no mark. Such a line is no bullet: "Team Lead, Gaming Innovation Group ⇥ Mar 2019 — Present" (the tab
spaced, as the generator writes it) heads its role (from tune files of the corpus, résumé-generator files that were
read with no role at all). A level that draws a bullet is still a list item, and `numId` 0 takes a paragraph out of
any list."""

from __future__ import annotations

from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from app.documents.cv_lines import read_lines
from app.documents.cv_structure import read_outline
from app.documents.package import DocxPackage
from tests.docx_build import saved

_ABSTRACT = (
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{{aid}}">'
    + "".join(
        f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="{{fmt}}"/><w:lvlText w:val="{{text}}"/></w:lvl>'
        for n in range(3)
    )
    + "</w:abstractNum>"
)


def _numbered(paragraph, num_id: int, level: int) -> None:  # type: ignore[no-untyped-def]
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def _cv(fmt: str, text: str) -> bytes:
    doc = Document()
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(_ABSTRACT.format(aid=90, fmt=fmt, text=text))
    numbering.insert(0, abstract)  # abstract lists come before the lists that use them
    numbering.insert(0, parse_xml(_ABSTRACT.format(aid=91, fmt="bullet", text="•")))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    doc.add_paragraph("Kai Lindqvist", style="Title")
    doc.add_paragraph("kai.lindqvist@example.org")
    for line, level in (
        ("EMPLOYMENT", 0),
        ("Team Lead, Gaming Innovation Group \t Mar 2019 — Present", 1),
        ("Ensure targets and deadlines are met", -1),
        ("Educator, ICE Malta \t Mar 2018 — Mar 2019", 1),
        ("Taught web development courses", -1),
        ("EDUCATION", 0),
        ("Middlesex University \t 2012 — 2014", 1),
    ):
        paragraph = doc.add_paragraph(line, style="Heading 1" if level == 0 else None)
        # the role's bullets: a bulleted list of its own, at its first level
        _numbered(paragraph, 90, level) if level >= 0 else _numbered(paragraph, 91, 0)
    return saved(doc)


def test_lines_of_an_unmarked_outline_list_are_no_list_items() -> None:
    lines = read_lines(DocxPackage(_cv("none", "")))
    assert [x.list_level for x in lines if x.text.startswith(("EMPLOYMENT", "Team Lead"))] == [-1, -1]


def test_role_head_lines_numbered_none_head_their_roles() -> None:
    roles = read_outline(_cv("none", "")).roles
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles] == [
        ("Team Lead", "Gaming Innovation Group", "2019-03", "present"),
        ("Educator", "ICE Malta", "2018-03", "2019-03"),
    ]


def test_a_level_that_draws_a_bullet_is_still_a_list_item() -> None:
    lines = read_lines(DocxPackage(_cv("bullet", "•")))
    assert [x.list_level for x in lines if x.text.startswith(("EMPLOYMENT", "Team Lead"))] == [0, 1]


def test_num_id_zero_takes_a_paragraph_out_of_any_list() -> None:
    doc = Document()
    _numbered(doc.add_paragraph("Plain line"), 0, 0)
    lines = read_lines(DocxPackage(saved(doc)))
    assert [(x.text, x.list_level) for x in lines] == [("Plain line", -1)]


def test_a_damaged_level_number_in_the_numbering_part_is_read_not_raised() -> None:
    doc = Document()
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(_ABSTRACT.format(aid=92, fmt="none", text="").replace('w:ilvl="1"', 'w:ilvl="x"')))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="92"><w:abstractNumId w:val="92"/></w:num>'))
    _numbered(doc.add_paragraph("EMPLOYMENT"), 92, 0)
    lines = read_lines(DocxPackage(saved(doc)))
    assert [(x.text, x.list_level) for x in lines] == [("EMPLOYMENT", -1)]
