"""Dated lines that are no roles: bullets dated within the span of the role they sit under, courses taught under
"Teaching Experience", talks and writing under "Public Outreach"; the posts among them stay roles."""

from __future__ import annotations

import docx
from docx.enum.style import WD_STYLE_TYPE

from app.documents.cv_outline import CvOutline
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes, saved

_HEAD = [
    ("Sam Okoro", "Title"),
    ("sam.okoro@example.org", None),
    ("Profile", "Heading 1"),
    ("Consultant who likes tidy systems and calm releases.", None),
]


def _outline(*lines: tuple[str, str | None]) -> CvOutline:
    return read_outline(docx_bytes(*_HEAD, *lines))


def _pairs(outline: CvOutline) -> list[tuple[str, str]]:
    return [(r.title.value, r.employer.value) for r in outline.roles]


def test_bullets_dated_within_the_span_of_the_role_above_are_its_bullets_not_roles() -> None:
    outline = _outline(
        ("Experience", "Heading 1"),
        ("December 2013 – February 2019 - Globex Ltd", None),
        ("Software Consultant", None),
        ("2018: Consultant (iOS), Payments App, Initech Energy", "List Bullet"),
        ("2016: Senior Consultant (CRM), Billing Upgrade, Northwind Gas", "List Bullet"),
        ("July 2012 – August 2012 - Contoso Ltd", None),
        ("Android Developer", None),
    )
    assert _pairs(outline) == [("Software Consultant", "Globex Ltd"), ("Android Developer", "Contoso Ltd")]
    assert any("Payments App" in b.text for b in outline.roles[0].bullets)


def test_bulleted_roles_with_no_role_line_above_stay_roles() -> None:
    outline = _outline(
        ("Experience", "Heading 1"),
        ("2018: Consultant, Initech Energy", "List Bullet"),
        ("2016: Senior Consultant, Northwind Gas", "List Bullet"),
    )
    assert _pairs(outline) == [("Consultant", "Initech Energy"), ("Senior Consultant", "Northwind Gas")]


def test_a_bullet_dated_outside_the_span_of_the_role_above_stays_a_role() -> None:
    outline = _outline(
        ("Experience", "Heading 1"),
        ("December 2013 – February 2016 - Globex Ltd", None),
        ("Software Consultant", None),
        ("2018: Consultant, Initech Energy", "List Bullet"),
    )
    assert ("Consultant", "Initech Energy") in _pairs(outline)


def test_courses_taught_under_teaching_experience_are_not_roles_but_the_post_taught_in_is() -> None:
    outline = _outline(
        ("Employment", "Heading 1"),
        ("2019 – present\tLecturer at Northwind University", None),
        ("Teaching experience", "Heading 1"),
        ("2021 – 2022\tData Analysis (MA) at Northwind University", None),
        ("2020 – 2021\tSpatial Statistics (BA) at Northwind University", None),
        ("2017 – 2018\tStatistics I (BA) at Contoso University (Teaching Assistant)", None),
    )
    assert _pairs(outline) == [("Lecturer", "Northwind University"), ("Teaching Assistant", "Contoso University")]


def test_talks_and_writing_under_public_outreach_are_not_roles_but_the_posts_are() -> None:
    outline = _outline(
        ("Employment", "Heading 1"),
        ("2019 – present\tLecturer at Northwind University", None),
        ("Public Outreach", "Heading 1"),
        ("2021\tLecture at Hillside School (Leeds, UK)", None),
        ("2020\tFinalist 'Science Slam Leeds' (UK)", None),
        ("Volunteer Guide, City Museum, 2018 – 2020", None),
        ("Mentorship Co-Chair, Graduate Women in Computing, 2016 – 2017", None),
    )
    assert _pairs(outline) == [
        ("Lecturer", "Northwind University"),
        ("Volunteer Guide", "City Museum"),
        ("Mentorship Co-Chair", "Graduate Women in Computing"),
    ]


def test_a_heading_in_capitals_dressed_like_another_heading_closes_the_role_section() -> None:
    d = docx.Document()
    for text, bold in [
        ("Sam Okoro", True),
        ("sam.okoro@example.org", False),
        ("PROFESSIONAL EXPERIENCE", False),
        ("Embedded Software Engineer, Globex Ltd", False),
        ("(06.2013 - 09.2014)", False),
        ("Wrote the firmware of the feeding robot and its field tests.", False),
        ("COURSES", True),
        ("Test Driven Development\tJBrains Academy", False),
        ("06.11.2015", False),
        ("LANGUAGES", True),
        ("English, German", False),
    ]:
        d.add_paragraph().add_run(text).bold = bold
    outline = read_outline(saved(d))
    assert _pairs(outline) == [("Embedded Software Engineer", "Globex Ltd")]


def test_a_seat_on_a_committee_or_council_is_not_a_role_but_a_committee_chair_is() -> None:
    outline = _outline(
        ("Management and administrative positions", "Heading 1"),
        ("2021 – present\tCoordinator of the MSc programme (Northwind University)", None),
        ("2018 – 2020\tProgram Committee, Department of History (Northwind University)", None),
        ("2018 – 2019\tMember of sub-faculty council at Faculty of Arts (Northwind University)", None),
        ("2016 – 2017\tObservatory Committee Chair at Northwind University", None),
    )
    titles = [t for t, _ in _pairs(outline)]
    assert len(titles) == 2
    assert titles[1] == "Observatory Committee Chair"


def test_a_doctorate_in_another_language_under_a_role_heading_is_not_a_post() -> None:
    outline = _outline(
        ("Experience", "Heading 1"),
        ("2010-2012, Doctorat, Université de la Polynésie française", None),
        ("2013, Technicien, CIRAP, Université de la Polynésie française", None),
    )
    assert [t for t, _ in _pairs(outline)] == ["Technicien"]


def test_honours_and_publications_with_a_year_under_a_role_heading_are_not_roles() -> None:
    outline = _outline(
        ("Experience", "Heading 1"),
        ("2019 – present\tData Analyst at Globex Ltd", None),
        ("2021\tSmith, J., Okoro, S. and Lee, K. Counting the tills. Retail Review 4", None),
        ("2020\tBest Paper Award, Northwind Conference", None),
        ("2018\tTravel Grant, Contoso Foundation", None),
        ("2016 – 2018\tGrant Writer at Contoso Foundation", None),
    )
    assert _pairs(outline) == [("Data Analyst", "Globex Ltd"), ("Grant Writer", "Contoso Foundation")]


def test_a_council_seat_read_as_the_employer_under_a_title_that_names_no_post_is_not_a_role() -> None:
    outline = _outline(
        ("Positions", "Heading 1"),
        ("2021 – present\tCoordinator of the MSc programme (Northwind University)", None),
        (
            "2018 – 2019\tMember of sub-faculty council and staff council at Faculty of Arts  (Contoso University)",
            None,
        ),
    )
    assert _pairs(outline) == [("Coordinator of the MSc programme", "Northwind University")]


def test_a_heading_in_the_word_style_of_the_known_headings_opens_its_section_under_a_role_section() -> None:
    # "Outreach" in the CV's own "Section Heading" style, right under a dated line of "Community" (a part in a plain
    # bold style) and over its own parts: it opens the outreach section, whose talks and pieces are no roles
    d = docx.Document()
    d.styles.add_style("Section Heading", WD_STYLE_TYPE.PARAGRAPH)
    d.styles.add_style("Italic Heading", WD_STYLE_TYPE.PARAGRAPH)
    for text, style, bold in [
        ("Sam Okoro", None, True),
        ("sam.okoro@example.org", None, False),
        ("Education", "Section Heading", True),
        ("PhD Biology, Northwind University, 2016 – 2021", None, False),
        ("Service", "Section Heading", True),
        ("Community", "Italic Heading", True),
        ("Social Media Chair: Northwind Plant Society, 2018-2020", None, False),
        ("Outreach", "Section Heading", True),
        ("Media & Print", "Italic Heading", True),
        ("Northwind Newsletter, article\t2019", None, False),
        ("Activities & Presentations", "Italic Heading", True),
        ("Field Day, Moss Station, Northwind Herbarium\t2019", None, False),
        ("Field Researcher, Mission Mojave, Blueprint Earth\t2014", None, False),
        ("Logistics Volunteer, Expanding Horizons Conference\t2016", None, False),
        ("Skills", "Section Heading", True),
        ("Python, R", None, False),
    ]:
        paragraph = d.add_paragraph(style=style) if style else d.add_paragraph()
        paragraph.add_run(text).bold = bold
    assert _pairs(read_outline(saved(d))) == [
        ("Social Media Chair", "Northwind Plant Society"),
        ("Field Researcher", "Mission Mojave"),
        ("Logistics Volunteer", "Expanding Horizons Conference"),
    ]
