"""A CV written as a form ("Company: …" over "Period: …") whose roles hold their projects as forms of their own
("Project Title: …", "Client: …", "Duration: …", then "Role and Responsibilities:" and bullets): each company is one
role wherever its lines stand (after the former role's responsibilities too), a project's name is no title, and a
project's duration opens no role of its own. A form that lists projects alone keeps them as its roles. The real CV
this comes from (tune half of the licensed corpus) is read so too: its later companies stand after the former
company's "Role and Responsibilities:" parts, which read as sections of their own."""

from __future__ import annotations

from pathlib import Path

import docx

from app.documents.cv_outline import CvOutline
from app.documents.cv_structure import read_outline
from tests.docx_build import saved

REAL_CV = (
    Path(__file__).resolve().parents[1]
    / "fixtures/cv_corpus/real/files/pages-themes+minimal__docs_PraveenChalamcharla.docx"
)


def _line(d: docx.document.Document, text: str, bold: bool = False, underline: bool = False) -> None:
    run = d.add_paragraph().add_run(text)
    run.bold, run.underline = bold, underline


def _outline(blocks: list[list[str]]) -> CvOutline:
    d = docx.Document()
    d.add_paragraph("Arjun Mehta Kulkarni")
    d.add_paragraph("Contact No:\t+91 98450 12345\t\t\tCurrent Location:\tPune")
    d.add_paragraph("Email id:\tarjun.kulkarni@example.org")
    # dressed as such CVs dress them: headings bold and underlined, a project's name and "Role and
    # Responsibilities:" bold
    for heading, text in (("Summary", "Big-data platform engineer, ten years of Hadoop administration."),):
        _line(d, heading, bold=True, underline=True)
        d.add_paragraph(text)
    _line(d, "Work Experience", bold=True, underline=True)
    for block in blocks:
        for line in block:
            _line(d, line, bold=line.startswith("Project"), underline=line == "Projects")
        _line(d, "Role and Responsibilities:", bold=True)
        d.add_paragraph("Administered the Hadoop clusters of the client's data lake.", style="List Bullet")
        d.add_paragraph("Moved the nightly loads to Hive and cut their run time by half.", style="List Bullet")
    _line(d, "Education", bold=True, underline=True)
    d.add_paragraph("B.Tech Computer Science, Pune University, 2009")
    return read_outline(saved(d))


def _company(name: str, period: str, project: str, client: str, duration: str) -> list[str]:
    return [
        f"Company:     {name}\t\t\t\tPeriod: {period}",
        "Projects",
        project,
        f"Client: {client}",
        f"Duration:  {duration}",
        "Technology stack:  Sqoop, Hive, Python",
    ]


def test_each_company_of_a_form_with_projects_is_one_role() -> None:
    out = _outline(
        [
            _company(
                "Northwind Infotech Limited",
                "July 2015 to present",
                "Project: Data Lake",
                "A bank in Europe",
                "From March 2018 to present",
            ),
            _company(
                "Globex Consulting Services",
                "September 2013 to June 2015",
                "Project Title: Feed Onboarding",
                "One of the leading investment banks",
                "From September 2013 to June 2015",
            ),
            _company(
                "Initech Software Pvt Ltd",
                "March 2010 to August 2013",
                "Project Title: Metric System",
                "A mass media firm",
                "From March 2010 to August 2013",
            ),
        ]
    )
    got = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in out.roles]
    assert got == [
        ("", "Northwind Infotech Limited", "2015-07", "present"),
        ("", "Globex Consulting Services", "2013-09", "2015-06"),
        ("", "Initech Software Pvt Ltd", "2010-03", "2013-08"),
    ]


def test_a_form_of_projects_alone_keeps_them_as_roles() -> None:
    out = _outline(
        [
            ["Project Title: Data Lake", "Client: Northwind Bank", "Duration:  From March 2018 to May 2020"],
            ["Project Title: Feed Onboarding", "Client: Globex Capital", "Duration:  From June 2015 to March 2018"],
        ]
    )
    assert [(r.start.value, r.end.value) for r in out.roles] == [("2018-03", "2020-05"), ("2015-06", "2018-03")]


def test_the_real_form_cv_with_projects_is_read_company_by_company() -> None:
    out = read_outline(REAL_CV.read_bytes())
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in out.roles] == [
        ("", "Infosys Limited", "2015-07", "present"),
        ("", "Capgemini", "2015-02", "2015-07"),
        ("", "Tata Consultancy Services", "2013-09", "2015-02"),
        ("", "Virtusa India Pvt Ltd", "2010-03", "2013-08"),
    ]
