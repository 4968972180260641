"""A CV built of one heading per employer with no experience heading ("Saltpay" in Heading 2 over "Senior
Developer / Tech Lead (May 2022 - April 2023)" in Heading 3), and a label block whose only post is the opening of its
one item ("Employer<TAB>Cryptech, Canada" over "• CTO & Co-Founder: Neptune Finance, Smart Contracts in Rust")."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _employer_headings_cv(employers: list[tuple[str, str]]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Alexis Marlowe", style="Heading 1")
    d.add_paragraph("An agile, iterative, and test-driven developer.")
    for employer, post in employers:
        d.add_paragraph(employer, style="Heading 2")
        d.add_paragraph(post, style="Heading 3")
        d.add_paragraph("Responsible for the onboarding of customers", style="List Bullet")
        d.add_paragraph("Skills", style="Heading 4")
        d.add_paragraph("Go, PostgreSQL, Kafka", style="List Bullet")
    d.add_paragraph("Education", style="Heading 2")
    d.add_paragraph("BA Philosophy, University of Warwick")
    d.add_paragraph("Contact", style="Heading 2")
    d.add_paragraph("alexis.marlowe@example.org")
    return saved(d)


def test_an_unnamed_heading_over_a_dated_post_is_its_employer() -> None:
    data = _employer_headings_cv(
        [
            ("Saltpay", "Senior Developer / Tech Lead (May 2022 - April 2023)"),
            ("Triptease", "Senior Developer (July 2021 - April 2022)"),
        ]
    )
    roles = [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]
    assert ("Senior Developer / Tech Lead", "Saltpay", "2022-05") in roles
    assert ("Senior Developer", "Triptease", "2021-07") in roles


def test_the_first_employer_heading_before_any_known_heading_is_an_employer_too() -> None:
    data = _employer_headings_cv([("Saltpay", "Senior Developer / Tech Lead (May 2022 - April 2023)")])
    roles = [(r.title.value, r.employer.value) for r in read_outline(data).roles]
    assert roles == [("Senior Developer / Tech Lead", "Saltpay")]


def test_posts_listed_on_one_line_with_their_bracketed_dates_are_a_role_each() -> None:
    data = _employer_headings_cv(
        [("Acuris", "Developer (January 2015 - October 2017), Lead Developer (May 2016 - September 2016)")]
    )
    roles = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]
    assert ("Developer", "Acuris", "2015-01", "2017-10") in roles
    assert ("Lead Developer", "Acuris", "2016-05", "2016-09") in roles


def test_a_place_heading_over_a_dated_post_is_no_employer() -> None:
    data = _employer_headings_cv([("Lisbon", "Senior Developer (July 2021 - April 2022)")])
    roles = [(r.title.value, r.employer.value) for r in read_outline(data).roles]
    assert ("Senior Developer", "Lisbon") not in roles


def _label_block_cv(item: str) -> bytes:
    d = docx.Document()
    d.add_paragraph().add_run("Noa Okafor").bold = True
    d.add_paragraph("noa.okafor@example.org")
    d.add_paragraph().add_run("Work Experience").bold = True
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Dates", "11/2021 – now"
    t.cell(1, 0).text, t.cell(1, 1).text = "Employer", "Cryptech, Canada"
    t.cell(2, 1).paragraphs[0].text = item
    t.cell(2, 1).paragraphs[0].style = "List Bullet"
    d.add_paragraph().add_run("Education").bold = True
    d.add_paragraph("PhD Computer Graphics, University of Hull, 2017")
    return saved(d)


def test_a_post_and_a_colon_opening_the_lone_item_of_a_role_with_no_post_name_the_post() -> None:
    roles = read_outline(_label_block_cv("CTO & Co-Founder: Neptune Finance, Smart Contracts in Rust")).roles
    assert [(r.title.value, r.employer.value, r.start.value) for r in roles] == [
        ("CTO & Co-Founder", "Cryptech", "2021-11")
    ]
    assert roles[0].bullets, "the item still tells what the post involved"


def test_a_colon_after_words_that_name_no_post_names_none() -> None:
    roles = read_outline(_label_block_cv("Research Lab: rendering and skeleton animation")).roles
    assert [r.title.value for r in roles] == [""]
