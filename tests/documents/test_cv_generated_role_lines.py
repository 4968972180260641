"""Role lines as a python-docx CV generator writes them ("TITLE, TITLE – EMPLOYER – yyyy-PRESENT"): the employer in a
hyperlink nested inside a run, an en dash spaced on one side only, "COFOUNDER" as a post, and a description run on
after the dates with one space."""

from __future__ import annotations

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from app.documents.cv_structure import read_outline
from tests.docx_build import named_cv, saved, text_run

_HEAD = ("CORPORATE EXPERIENCE", "Heading 1")


def _roles(*lines: str) -> list[tuple[str, str, str, str]]:
    paragraphs = [p for line in lines for p in ((line, None), ("Led the team's work.", "List Bullet"))]
    cv = named_cv(_HEAD, *paragraphs)
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(cv).roles]


def test_a_hyperlink_nested_in_a_run_is_read_as_the_text_word_shows() -> None:
    d = docx.Document()
    d.add_paragraph("Morgan Zielinski", style="Title")
    d.add_paragraph("morgan.zielinski@example.org")
    d.add_paragraph(*_HEAD)
    p = d.add_paragraph()
    p.add_run("CREATOR – ")
    outer = p.add_run()
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), p.part.relate_to("https://pianoplay.example.org", RT.HYPERLINK, is_external=True))
    link.append(text_run("PIANOPLAY.APP"))
    outer._r.append(link)  # inside the run, not beside it, as the generator writes it
    p.add_run(" – 2021-PRESENT")
    d.add_paragraph("Built a piano practice app.", style="List Bullet")
    (role,) = read_outline(saved(d)).roles
    assert (role.title.value, role.employer.value) == ("CREATOR", "PIANOPLAY.APP")


def test_an_en_dash_spaced_on_one_side_parts_the_employer() -> None:
    roles = _roles(
        "AGILE COACH/MANAGER, SENIOR SOFTWARE ENGINEERING MANAGER – NOKIA– 2010-2013",
        "SOFTWARE TEAM LEAD, PRINCIPAL SOFTWARE ENGINEER, SALES ENGINEER –CENTREPATH – 2003-2006",
    )
    assert [r[1] for r in roles] == ["NOKIA", "CENTREPATH"]
    assert roles[1][0] == "SOFTWARE TEAM LEAD, PRINCIPAL SOFTWARE ENGINEER, SALES ENGINEER"


def test_cofounder_is_a_post_listed_with_the_others() -> None:
    ((title, employer, *_),) = _roles("CTO, COFOUNDER – MOBILINGUA – 2004")
    assert (title, employer) == ("CTO, COFOUNDER", "MOBILINGUA")


def test_words_run_on_after_the_dates_describe_the_role() -> None:
    ((title, employer, start, end),) = _roles(
        "CONSULTANT, FOUNDER – ALTISIMO COMPUTING – 1997-2004 Founder and consultant"
    )
    assert (title, employer, start, end) == ("CONSULTANT, FOUNDER", "ALTISIMO COMPUTING", "1997", "2004")


def test_a_field_after_the_dates_set_apart_by_a_tab_is_still_read() -> None:
    ((title, employer, *_),) = _roles("Data Analyst\t2019 – 2021\tNorthwind Traders")
    assert (title, employer) == ("Data Analyst", "Northwind Traders")
