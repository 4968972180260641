"""A CV writes all the roles of one section the same way: roles whose words do not tell title from employer are
read with the template of the section's other roles (`cv_template`)."""

from __future__ import annotations

import docx

from app.documents.cv_outline import HIGH_CONFIDENCE, CvOutline
from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _outline(*lines: tuple[str, str | None]) -> CvOutline:
    d = docx.Document()
    head = [
        ("Sam Okoro", "Title"),
        ("sam.okoro@example.org", None),
        ("Profile", "Heading 1"),
        ("Analyst and shift lead who likes tidy spreadsheets and calm mornings.", None),
        ("Experience", "Heading 1"),
    ]
    for text, style in [*head, *lines]:
        d.add_paragraph(text, style=style)
    return read_outline(saved(d))


def _pairs(outline: CvOutline) -> list[tuple[str, str]]:
    return [(r.title.value, r.employer.value) for r in outline.roles]


def test_a_section_whose_roles_are_written_employer_first_reads_an_ambiguous_role_employer_first() -> None:
    outline = _outline(
        ("Globex Ltd — Software Engineer — 2019 to 2021", None),
        ("Initech Corp — Data Analyst — 2017 to 2019", None),
        ("Northwind — Front of House — 2015 to 2017", None),
    )
    assert _pairs(outline) == [
        ("Software Engineer", "Globex Ltd"),
        ("Data Analyst", "Initech Corp"),
        ("Front of House", "Northwind"),
    ]


def test_a_role_read_by_its_sections_template_is_not_read_with_high_confidence() -> None:
    outline = _outline(
        ("Globex Ltd — Software Engineer — 2019 to 2021", None),
        ("Northwind — Front of House — 2015 to 2017", None),
    )
    ambiguous = outline.roles[1]
    assert (ambiguous.title.value, ambiguous.employer.value) == ("Front of House", "Northwind")
    assert ambiguous.confidence < HIGH_CONFIDENCE


def test_a_section_whose_employers_stand_above_the_titles_reads_an_ambiguous_role_so() -> None:
    outline = _outline(
        ("Globex Ltd", None),
        ("Software Engineer\t2019 – 2021", None),
        ("Built the billing service.", "List Bullet"),
        ("Initech Corp", None),
        ("Data Analyst\t2017 – 2019", None),
        ("Wrote the weekly sales report.", "List Bullet"),
        ("Northwind", None),
        ("Front of House\t2015 – 2017", None),
        ("Ran the morning shift.", "List Bullet"),
    )
    assert _pairs(outline)[2] == ("Front of House", "Northwind")


def test_a_section_written_title_first_with_pipes_or_commas_is_one_template() -> None:
    outline = _outline(
        ("Software Engineer | Globex Ltd | 2019 – 2021", None),
        ("Data Analyst, Initech Corp | 2017 – 2019", None),
        ("Front of House | Pret A Manger | 2015 – 2017", None),
    )
    assert _pairs(outline) == [
        ("Software Engineer", "Globex Ltd"),
        ("Data Analyst", "Initech Corp"),
        ("Front of House", "Pret A Manger"),
    ]
    assert all(r.confidence >= HIGH_CONFIDENCE for r in outline.roles[:2])


def test_sure_roles_written_two_ways_keep_their_own_readings_with_less_confidence() -> None:
    outline = _outline(
        ("Software Engineer — Globex Ltd — 2019 to 2021", None),
        ("Initech Corp — Data Analyst — 2017 to 2019", None),
    )
    assert _pairs(outline) == [("Software Engineer", "Globex Ltd"), ("Data Analyst", "Initech Corp")]
    assert all(r.confidence < HIGH_CONFIDENCE for r in outline.roles)


def test_a_sure_role_written_the_other_way_round_from_its_section_keeps_its_reading_with_less_confidence() -> None:
    outline = _outline(
        ("Software Engineer — Globex Ltd — 2021 to 2023", None),
        ("Data Analyst — Initech Corp — 2019 to 2021", None),
        ("Product Manager — Umbrella Inc — 2017 to 2019", None),
        ("Hooli Corp — Support Engineer — 2015 to 2017", None),
    )
    assert _pairs(outline)[3] == ("Support Engineer", "Hooli Corp")
    assert outline.roles[3].confidence < HIGH_CONFIDENCE
    assert all(r.confidence >= HIGH_CONFIDENCE for r in outline.roles[:3])


def test_roles_whose_dates_close_them_follow_their_sections_template_too() -> None:
    outline = _outline(
        ("Globex Ltd | Software Engineer", None),
        ("Built the billing service.", "List Bullet"),
        ("2019 – 2021", None),
        ("Initech Corp | Data Analyst", None),
        ("Wrote the weekly sales report.", "List Bullet"),
        ("2017 – 2019", None),
        ("Northwind | Front of House", None),
        ("Ran the morning shift.", "List Bullet"),
        ("2015 – 2017", None),
    )
    assert _pairs(outline) == [
        ("Software Engineer", "Globex Ltd"),
        ("Data Analyst", "Initech Corp"),
        ("Front of House", "Northwind"),
    ]


def test_a_section_with_no_sure_role_reads_its_roles_the_way_the_rest_of_the_cv_does() -> None:
    outline = _outline(
        ("Globex Ltd — Software Engineer — 2019 to 2021", None),
        ("Initech Corp — Data Analyst — 2017 to 2019", None),
        ("Volunteering", "Heading 1"),
        ("Riverside Pantry — Front of House — 2015 to 2017", None),
    )
    assert _pairs(outline)[2] == ("Front of House", "Riverside Pantry")


def test_a_role_whose_words_say_both_ways_is_read_the_way_its_section_writes_roles() -> None:
    outline = _outline(
        ("Software Engineer | Globex Ltd | 2019 – 2021", None),
        ("Data Analyst | Initech Corp | 2017 – 2019", None),
        ("Front of House | Riverside Student Union | 2015 – 2017", None),
    )
    assert _pairs(outline)[2] == ("Front of House", "Riverside Student Union")
    assert outline.roles[2].confidence < HIGH_CONFIDENCE


def test_an_employer_read_by_the_template_leaves_its_place_to_the_place() -> None:
    outline = _outline(
        ("Jan 2019 – Mar 2021\tNorthwind, Paris", None),
        ("Front of House", None),
        ("Ran the morning shift.", "List Bullet"),
        ("Feb 2016 – Dec 2018\tContoso, York", None),
        ("Line Cook", None),
        ("Cooked the lunch service.", "List Bullet"),
    )
    first = outline.roles[0]
    assert (first.title.value, first.employer.value, first.place.value) == ("Front of House", "Northwind", "Paris")


def test_an_unsure_role_puts_its_title_where_the_sections_sure_titles_stand() -> None:
    outline = _outline(
        ("Northwind", None),
        ("Front of House\tJan 2019 – Mar 2021", None),
        ("Ran the morning shift.", "List Bullet"),
        ("Line Cook\tFeb 2016 – Dec 2018", None),
        ("Cooked the lunch service.", "List Bullet"),
        ("Shift Lead\tMay 2014 – Jan 2016", None),
        ("Opened the shop.", "List Bullet"),
    )
    assert _pairs(outline) == [
        ("Front of House", "Northwind"),
        ("Line Cook", "Northwind"),
        ("Shift Lead", "Northwind"),
    ]
    assert outline.roles[0].confidence < HIGH_CONFIDENCE
