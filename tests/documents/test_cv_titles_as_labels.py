"""Role layouts of seekers outside software (2026-12-02, eighth corpus round): the post written as a label over its
bullets ("Line Cook:") under an "Employer, Place<TAB>Dates" line."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import named_cv, saved

BULLET = "List Bullet"


def _roles(*paragraphs: tuple[str, str | None]) -> list[tuple[str, str, str, str]]:
    data = named_cv(("Experience", "Heading 1"), *paragraphs)
    return [(r.title.value, r.employer.value, r.place.value, r.start.value) for r in read_outline(data).roles]


def test_a_post_written_as_a_label_under_the_employers_line_is_the_title() -> None:
    got = _roles(
        ("Chili’s Grill and Bar, Aurora, IL\t\t\tOctober 2019-April 2022", None),
        ("Line Cook:", None),
        ("Worked a high volume of orders at once and kept every one accurate.", BULLET),
        ("Salsa Verde Mexican Restaurant, Batavia, IL\t\t\tJuly 2018-October 2019", None),
        ("Cashier:", None),
        ("Greeted guests at the door and took their payments.", BULLET),
    )
    assert got == [
        ("Line Cook", "Chili’s Grill and Bar", "Aurora, IL", "2019-10"),
        ("Cashier", "Salsa Verde Mexican Restaurant", "Batavia, IL", "2018-07"),
    ]


def test_a_label_that_names_no_post_is_not_a_title() -> None:
    got = _roles(
        ("Project Manager\t\t\t2017 – 2019", None),
        ("Titan 3PL\t\t\tRemote", None),
        ("Key Accomplishments:", None),
        ("Opened five stores that sold over $100,000 in their first month.", BULLET),
    )
    assert got == [("Project Manager", "Titan 3PL", "Remote", "2017")]


def test_a_referees_post_under_a_volunteer_role_is_its_title_not_a_references_heading() -> None:
    d = docx.Document()
    d.add_paragraph("Kai Lindqvist", style="Title")
    d.add_paragraph("kai.lindqvist@example.org")
    for text, bold, style in [
        ("Community Experience:", True, None),
        ("West Aurora High School, Aurora, IL\t\t\tAugust 2016-November 2017", False, None),
        ("Volunteer, Football Referee:", True, None),
        ("Refereed middle school football games.", False, BULLET),
        ("Mentored incoming football players.", False, BULLET),
        ("Skills:", True, None),
        ("Fluent in Spanish and English", False, BULLET),
    ]:
        d.add_paragraph(style=style).add_run(text).bold = bold or None
    outline = read_outline(saved(d))
    assert [(r.title.value, r.employer.value) for r in outline.roles] == [
        ("Volunteer, Football Referee", "West Aurora High School")
    ]
    assert [b.text for b in outline.roles[0].bullets] == [
        "Refereed middle school football games.",
        "Mentored incoming football players.",
    ]


def test_a_lone_name_with_its_place_and_dates_is_the_employer_of_a_role_with_no_title() -> None:
    data = named_cv(
        ("Volunteer Experience", "Heading 1"),
        ("Feed My Starving Children, Naperville, IL.\t\t\tAugust 2015 – Present", None),
        ("Interfaith Food Pantry, Aurora, IL.\t\t\tAugust 2018 – Present", None),
        ("Skills", "Heading 1"),
        ("Fluent in Spanish and English", BULLET),
    )
    got = [(r.title.value, r.employer.value, r.place.value, r.start.value) for r in read_outline(data).roles]
    assert got == [
        ("", "Feed My Starving Children", "Naperville, IL", "2015-08"),
        ("", "Interfaith Food Pantry", "Aurora, IL", "2018-08"),
    ]


def test_a_title_with_its_employer_in_brackets_keeps_both() -> None:
    got = _roles(
        ("Senior Machine Learning Scientist (Amazon Research)\t\t\tNov 2020 – present", None),
        ("Research Staff Member (MIT-IBM Watson AI Lab, IBM Research)\t\t\tAug 2018 – Oct 2020", None),
        ("Barista (Starbucks)\t\t\tAug 2016 – Oct 2017", None),
    )
    assert [(t, e) for t, e, _, _ in got] == [
        ("Senior Machine Learning Scientist", "Amazon Research"),
        ("Research Staff Member", "MIT-IBM Watson AI Lab, IBM Research"),
        ("Barista", "Starbucks"),
    ]


def test_brackets_after_a_title_holding_the_arrangement_name_no_employer() -> None:
    got = _roles(
        ("Software Engineer (Contract)\t\t\tAug 2016 – Oct 2017", None),
        ("Built the billing service's reporting jobs.", BULLET),
        ("Data Analyst (Globex Corporation)\t\t\tJan 2015 – Jul 2016", None),
        ("Wrote the weekly sales reports.", BULLET),
    )
    assert [(t, e) for t, e, _, _ in got] == [("Software Engineer", ""), ("Data Analyst", "Globex Corporation")]


def test_a_salesman_written_as_a_label_is_the_title() -> None:
    got = _roles(
        ("Mazda of Clear Lake - Friendswood, TX\t\t05/2017 to 02/2018", None),
        ("Car Salesman:", None),
        ("Greeted customers and took them on test drives.", BULLET),
    )
    assert [(t, e) for t, e, _, _ in got] == [("Car Salesman", "Mazda of Clear Lake")]


def test_posts_under_an_organisations_dated_line_take_its_name() -> None:
    got = _roles(
        ("CISV International – cisv.org\t\t\tJun 2012 – Present", None),
        ("Junior Branch Advisor, Feb 2024 – Jun 2025", None),
        ("TAMU InterDisciplinary Engineering Association (IDEA)\t\t\tSep 2021 – Present", None),
        ("Co-Vice President & Founding Member, Sep 2021 – May 2023", None),
        ("ITDE Student Ambassador, Oct 2021 – Present", None),
    )
    assert [(t, e, s) for t, e, _, s in got] == [
        ("Junior Branch Advisor", "CISV International", "2024-02"),
        ("Co-Vice President & Founding Member", "TAMU InterDisciplinary Engineering Association (IDEA)", "2021-09"),
        ("ITDE Student Ambassador", "TAMU InterDisciplinary Engineering Association (IDEA)", "2021-10"),
    ]


def test_two_organisations_with_overlapping_dates_stay_two_roles() -> None:
    got = _roles(
        ("Miami Connections\t\t\tAugust 2011 – May 2014", None),
        ("Autism Speaks\t\t\tAugust 2013 – May 2014", None),
    )
    assert [(e, s) for _, e, _, s in got] == [("Miami Connections", "2011-08"), ("Autism Speaks", "2013-08")]


def test_a_post_unknown_to_the_vocabulary_with_notes_in_brackets_under_the_employers_line_is_the_title() -> None:
    # nothing in the brackets names a post and the name before them names no organisation: the line is not read as
    # "Employer (Title)", and the organisation's line above it is the employer
    got = _roles(
        ("Northwind Policy Institute, Arlington, VA\t\t\tJan 2019- Present", None),
        ("Rapid Response (Secondment, Strategic Communications and Public Affairs)", None),
        ("Drafted statements, briefings and the weekly newsletter for the institute's programmes.", BULLET),
        ("Contoso Ltd, Seattle, WA\t\t\tJan 2013- Feb 2014", None),
        ("IT Intern", None),
        ("Set up laptops and the office network for forty staff.", BULLET),
    )
    assert [(t, e) for t, e, _, _ in got] == [
        ("Rapid Response (Secondment, Strategic Communications and Public Affairs)", "Northwind Policy Institute"),
        ("IT Intern", "Contoso Ltd"),
    ]
