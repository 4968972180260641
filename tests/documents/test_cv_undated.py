"""Roles a CV names without dates (`app/documents/cv_undated.py`): read by the shape their section shares, never
from the sections that list other things, and never confident."""

from __future__ import annotations

import docx
from docx.document import Document

from app.documents.cv_outline import CvOutline
from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _triples(outline: CvOutline) -> list[tuple[str, str, str, str]]:
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in outline.roles]


def _cv(heading: str = "Experience") -> Document:
    d = docx.Document()
    d.add_paragraph("Robin Achterberg", style="Title")
    d.add_paragraph("robin.achterberg@example.org")
    d.add_paragraph("Profile", style="Heading 1")
    d.add_paragraph("Organiser and analyst who has run community projects and data teams in three cities.")
    d.add_paragraph(heading, style="Heading 1")
    return d


def _table(d: Document, rows: list[tuple[str, ...]]) -> None:
    table = d.add_table(rows=0, cols=len(rows[0]))
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.paragraphs[0].text = text


def test_a_table_whose_rows_pair_a_title_with_an_organisation_reads_each_row_as_an_undated_role() -> None:
    d = _cv()
    _table(d, [("Stage Manager", "Northgate Players"), ("Lighting Designer", "Harbour Theatre Company, Leeds")])
    outline = read_outline(saved(d))
    assert _triples(outline) == [
        ("Stage Manager", "Northgate Players", "", ""),
        ("Lighting Designer", "Harbour Theatre Company", "", ""),
    ]
    assert outline.roles[1].place.value == "Leeds"


def test_a_header_row_naming_the_columns_is_no_role_and_a_comma_inside_a_cell_parts_nothing() -> None:
    d = _cv()
    _table(
        d,
        [
            ("Role", "Company", "Place"),
            ("Organiser, Sponsor", "Riverside Meetup Group", "Durban"),
            ("Event Coordinator", "Harbour Food Bank", "Durban"),
        ],
    )
    outline = read_outline(saved(d))
    assert _triples(outline) == [
        ("Organiser, Sponsor", "Riverside Meetup Group", "", ""),
        ("Event Coordinator", "Harbour Food Bank", "", ""),
    ]
    assert [r.place.value for r in outline.roles] == ["Durban", "Durban"]


def test_title_at_organisation_lines_one_under_another_are_undated_roles() -> None:
    d = _cv("Positions Held")
    d.add_paragraph("Board Treasurer at Lakeside Housing Trust")
    d.add_paragraph("Youth Mentor at Northgate Community Centre")
    assert _triples(read_outline(saved(d))) == [
        ("Board Treasurer", "Lakeside Housing Trust", "", ""),
        ("Youth Mentor", "Northgate Community Centre", "", ""),
    ]


def test_bold_titles_over_plain_organisations_with_no_bullets_between_them_are_read_as_pairs() -> None:
    d = _cv()
    for title, org in (("Research Assistant", "Kestrel Institute"), ("Lab Technician", "Marlow Biotech Ltd")):
        d.add_paragraph().add_run(title).bold = True
        d.add_paragraph(org)
    assert _triples(read_outline(saved(d))) == [
        ("Research Assistant", "Kestrel Institute", "", ""),
        ("Lab Technician", "Marlow Biotech Ltd", "", ""),
    ]


def test_an_undated_post_between_dated_roles_is_read_in_its_place_and_takes_its_own_bullets() -> None:
    d = _cv()
    d.add_paragraph().add_run("Data Analyst, Globex Ltd\t2019 – 2021").bold = True
    d.add_paragraph("Built the weekly sales report.", style="List Bullet")
    d.add_paragraph().add_run("Visiting Researcher").bold = True
    d.add_paragraph("Tasman Research Institute")
    d.add_paragraph("Modelled river flows for the regional council.", style="List Bullet")
    d.add_paragraph().add_run("Junior Analyst, Initech Ltd\t2016 – 2019").bold = True
    d.add_paragraph("Cleaned the customer data.", style="List Bullet")
    outline = read_outline(saved(d))
    assert _triples(outline) == [
        ("Data Analyst", "Globex Ltd", "2019", "2021"),
        ("Visiting Researcher", "Tasman Research Institute", "", ""),
        ("Junior Analyst", "Initech Ltd", "2016", "2019"),
    ]
    assert [b.text for b in outline.roles[0].bullets] == ["Built the weekly sales report."]
    assert [b.text for b in outline.roles[1].bullets] == ["Modelled river flows for the regional council."]


def test_a_plain_line_between_dated_roles_dressed_unlike_their_heads_is_no_role() -> None:
    d = _cv()
    d.add_paragraph().add_run("Data Analyst, Globex Ltd\t2019 – 2021").bold = True
    d.add_paragraph("Team Lead")
    d.add_paragraph("Northwind Institute")
    d.add_paragraph().add_run("Junior Analyst, Initech Ltd\t2016 – 2019").bold = True
    outline = read_outline(saved(d))
    assert len(outline.roles) == 2
    assert all(r.start.value for r in outline.roles)  # no undated "Team Lead" / "Northwind Institute" role


def test_referees_courses_and_awards_written_as_title_and_organisation_are_not_roles() -> None:
    d = _cv()
    d.add_paragraph().add_run("Data Analyst, Globex Ltd\t2019 – 2021").bold = True
    d.add_paragraph("Courses", style="Heading 1")
    d.add_paragraph("Machine Learning, Coursera")
    d.add_paragraph("Project Management, The Open University")
    d.add_paragraph("Awards", style="Heading 1")
    d.add_paragraph("Employee of the Year, Globex Ltd")
    d.add_paragraph("References", style="Heading 1")
    d.add_paragraph("Jane Doe, Head of Sales, Acme Ltd")
    d.add_paragraph("Sam Example, Operations Manager, Initech Ltd")
    assert _triples(read_outline(saved(d))) == [("Data Analyst", "Globex Ltd", "2019", "2021")]


def test_lines_that_name_no_post_in_a_role_section_without_dates_are_no_roles() -> None:
    d = _cv()
    d.add_paragraph("Python, Django")
    d.add_paragraph("Docker, Kubernetes")
    assert read_outline(saved(d)).roles == []


def test_an_outline_with_an_undated_role_is_never_confident() -> None:
    d = _cv()
    d.add_paragraph().add_run("Data Analyst, Globex Ltd\t2019 – 2021").bold = True
    d.add_paragraph("Built the weekly sales report.", style="List Bullet")
    d.add_paragraph().add_run("Visiting Researcher").bold = True
    d.add_paragraph("Tasman Research Institute")
    outline = read_outline(saved(d))
    assert ("Visiting Researcher", "Tasman Research Institute", "", "") in _triples(outline)
    assert any("has no start date" in doubt for doubt in outline.doubts)
    assert not outline.usable


def test_a_title_over_its_organisation_beside_a_year_it_cannot_read_is_no_undated_role() -> None:
    d = _cv()
    d.add_paragraph().add_run("Data Analyst, Globex Ltd\t2019 – 2021").bold = True
    d.add_paragraph("Built the weekly sales report.", style="List Bullet")
    d.add_paragraph().add_run("Research Assistant").bold = True
    d.add_paragraph("Kestrel Research Institute")
    d.add_paragraph("JINE 2017 until Setp 2018 (part time)", style="List Bullet")
    outline = read_outline(saved(d))
    assert [r.title.value for r in outline.roles] == ["Data Analyst"]  # no undated "Research Assistant"


def test_an_undated_line_written_as_the_dated_role_lines_are_is_a_role_without_an_organisation_word() -> None:
    d = _cv()
    d.add_paragraph().add_run("Front End Developer, Gong.io\tApr 2019 – Present").bold = True
    d.add_paragraph("Java", style="List Bullet")
    d.add_paragraph().add_run("Full Stack Developer, NGSoft").bold = True
    d.add_paragraph("C#", style="List Bullet")
    d.add_paragraph().add_run("Web Developer, Brightlane\tJan 2015 – Mar 2017").bold = True
    d.add_paragraph("PHP", style="List Bullet")
    outline = read_outline(saved(d))
    assert _triples(outline) == [
        ("Front End Developer", "Gong.io", "2019-04", "present"),
        ("Full Stack Developer", "NGSoft", "", ""),
        ("Web Developer", "Brightlane", "2015-01", "2017-03"),
    ]
    assert [b.text for b in outline.roles[0].bullets] == ["Java"]


def _top_post_cv(last_end: str) -> CvOutline:
    d = docx.Document()
    for text, style in (
        ("Noa Haddad", "Title"),
        ("Director of Software Test", None),
        ("Daxko", None),
        ("noa.haddad@example.org", None),
        ("Employment", "Heading 1"),
        (f"Engineering Manager, Daxko\tFeb 2019 – {last_end}", None),
        ("Ran the release process.", "List Bullet"),
        ("Software Test Engineer, Daxko\tAug 2012 – Feb 2019", None),
        ("Tested many products.", "List Bullet"),
    ):
        d.add_paragraph(text, style=style)
    return read_outline(saved(d))


def test_the_post_under_the_name_at_an_employer_of_an_ended_role_is_a_role_of_its_own_to_confirm() -> None:
    outline = _top_post_cv("Nov 2019")
    first = outline.roles[0]
    assert (first.title.value, first.employer.value, first.start.value) == ("Director of Software Test", "Daxko", "")
    assert len(outline.roles) == 3 and not outline.usable


def test_the_post_under_the_name_is_the_dated_role_there_that_goes_on_to_the_present() -> None:
    outline = _top_post_cv("Present")
    assert [r.title.value for r in outline.roles] == ["Engineering Manager", "Software Test Engineer"]
