"""The reader sees a Word file as Word shows it: bold set by a paragraph or character style is bold, hidden text is
not read, and runs wrapped in custom XML or a tracked move, and alignment tabs, are read like any other."""

from __future__ import annotations

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from app.documents.cv_lines import read_lines
from app.documents.cv_structure import read_outline
from app.documents.ooxml import walk
from app.documents.package import DocxPackage
from tests.docx_build import saved, text_run


def _lines(data: bytes) -> dict[str, tuple[str, bool]]:
    return {line.text: (line.text, line.bold) for line in read_lines(DocxPackage(data))}


def _start() -> docx.document.Document:
    d = docx.Document()
    d.add_paragraph("Sam Okoro", style="Title")
    d.add_paragraph("sam.okoro@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    return d


def test_a_paragraph_style_that_sets_bold_makes_its_lines_bold() -> None:
    d = _start()
    job = d.styles.add_style("Job Title", WD_STYLE_TYPE.PARAGRAPH)
    job.font.bold = True
    based = d.styles.add_style("Job Title Wide", WD_STYLE_TYPE.PARAGRAPH)
    based.base_style = job  # bold by inheritance only
    d.add_paragraph("Data Analyst", style="Job Title")
    d.add_paragraph("Site Manager", style="Job Title Wide")
    d.add_paragraph("Initech, Leeds")
    lines = _lines(saved(d))
    assert lines["Data Analyst"][1] is True
    assert lines["Site Manager"][1] is True
    assert lines["Initech, Leeds"][1] is False


def test_a_run_that_turns_bold_off_inside_a_bold_style_is_not_bold() -> None:
    d = _start()
    job = d.styles.add_style("Job Title", WD_STYLE_TYPE.PARAGRAPH)
    job.font.bold = True
    p = d.add_paragraph(style="Job Title")
    p.add_run("Data Analyst")
    plain = p.add_run(" Initech")
    plain.bold = False
    (line,) = [x for x in read_lines(DocxPackage(saved(d))) if x.text.startswith("Data Analyst")]
    assert line.bold is False
    # the place where the look changes is a separator the eye sees
    assert line.marked() == "Data Analyst\tInitech"


def test_a_character_style_that_sets_bold_makes_its_run_bold() -> None:
    d = _start()
    strong = d.styles.add_style("Role Name", WD_STYLE_TYPE.CHARACTER)
    strong.font.bold = True
    p = d.add_paragraph()
    p.add_run("Data Analyst", style="Role Name")
    assert _lines(saved(d))["Data Analyst"][1] is True


def test_hidden_text_is_not_read() -> None:
    d = _start()
    p = d.add_paragraph()
    note = p.add_run("Month/Year(s) ")
    note.font.hidden = True
    p.add_run("Data Analyst, Initech, March 2019 – June 2021")
    hidden_style = d.styles.add_style("Template Note", WD_STYLE_TYPE.PARAGRAPH)
    hidden_style.font.hidden = True
    d.add_paragraph("Write your duties here", style="Template Note")
    d.add_paragraph("Built the monthly sales report for the board.")
    data = saved(d)
    texts = [line.text for line in read_lines(DocxPackage(data))]
    assert "Data Analyst, Initech, March 2019 – June 2021" in texts
    assert not any("Month/Year" in t or "Write your duties" in t for t in texts)
    (role,) = read_outline(data).roles
    assert (role.title.value, role.employer.value) == ("Data Analyst", "Initech")


def test_hidden_column_names_still_say_what_each_column_holds() -> None:
    d = _start()
    table = d.add_table(rows=2, cols=3)
    for cell, name in zip(table.rows[0].cells, ("Dates", "Position", "Institution"), strict=True):
        cell.paragraphs[0].add_run(name).font.hidden = True
    for cell, text in zip(
        table.rows[1].cells, ("05/2015 – 09/2016", "Postdoctoral Fellow", "Rockefeller University"), strict=True
    ):
        cell.paragraphs[0].add_run(text)
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("PhD Biology, University of Leeds, 2015")
    data = saved(d)
    assert not any("Institution" in line.text for line in read_lines(DocxPackage(data)))
    (role,) = read_outline(data).roles
    assert (role.title.value, role.employer.value) == ("Postdoctoral Fellow", "Rockefeller University")
    assert (role.start.value, role.end.value) == ("2015-05", "2016-09")


def test_paragraphs_and_runs_wrapped_in_custom_xml_are_read_with_the_ids_the_tailoring_uses() -> None:
    d = _start()
    p = d.add_paragraph()
    wrap = OxmlElement("w:customXml")
    wrap.set(qn("w:element"), "jobTitle")
    wrap.append(text_run("Data Analyst, Initech, March 2019 – June 2021"))
    p._p.append(wrap)
    bullet = d.add_paragraph("Built the monthly sales report for the board.")
    block = OxmlElement("w:customXml")
    block.set(qn("w:element"), "duties")
    bullet._p.addprevious(block)
    block.append(bullet._p)
    data = saved(d)
    package = DocxPackage(data)
    lines = read_lines(package)
    by_text = {line.text: line.id for line in lines}
    assert "Data Analyst, Initech, March 2019 – June 2021" in by_text
    ids = {loc.id for loc in walk(package.body, "", "body", "body")}
    assert by_text["Built the monthly sales report for the board."] in ids
    (role,) = read_outline(data).roles
    assert role.employer.value == "Initech"


def test_text_moved_by_tracked_changes_is_read_where_it_now_stands() -> None:
    d = _start()
    p = d.add_paragraph()
    moved_away = OxmlElement("w:moveFrom")
    old = text_run("Junior ")
    deleted = OxmlElement("w:delText")
    deleted.text = "Junior "
    for t in old.findall(qn("w:t")):
        old.remove(t)
    old.append(deleted)
    moved_away.append(old)
    moved_here = OxmlElement("w:moveTo")
    moved_here.append(text_run("Data Analyst, Initech, March 2019 – June 2021"))
    p._p.append(moved_away)
    p._p.append(moved_here)
    texts = [line.text for line in read_lines(DocxPackage(saved(d)))]
    assert "Data Analyst, Initech, March 2019 – June 2021" in texts
    assert not any("Junior" in t for t in texts)


def test_an_alignment_tab_sets_the_dates_apart_like_a_tab_stop() -> None:
    d = _start()
    p = d.add_paragraph()
    p._p.append(text_run("Data Analyst, Initech"))
    tab_run = OxmlElement("w:r")
    ptab = OxmlElement("w:ptab")
    ptab.set(qn("w:relativeTo"), "margin")
    ptab.set(qn("w:alignment"), "right")
    ptab.set(qn("w:leader"), "none")
    tab_run.append(ptab)
    p._p.append(tab_run)
    p._p.append(text_run("2019 – 2021"))
    d.add_paragraph("Built the monthly sales report for the board.")
    data = saved(d)
    assert "Data Analyst, Initech\t2019 – 2021" in [line.text for line in read_lines(DocxPackage(data))]
    (role,) = read_outline(data).roles
    assert (role.title.value, role.employer.value, role.start.value, role.end.value) == (
        "Data Analyst",
        "Initech",
        "2019",
        "2021",
    )


def test_typographic_spaces_and_soft_hyphens_read_as_the_page_shows_them() -> None:
    d = _start()
    # a narrow no-break space before the colon and in the date, a thin space around the dash, a soft hyphen
    d.add_paragraph("Ingé\u00adnieure d’études\u202f: Thales, Paris\u2009–\u2009mars\u00a02019 – juin\u202f2021")
    d.add_paragraph("Conception des bancs de test radar.")
    (line,) = [x for x in read_lines(DocxPackage(saved(d))) if x.text.startswith("Ingé")]
    assert line.text == "Ingénieure d’études : Thales, Paris – mars 2019 – juin 2021"
