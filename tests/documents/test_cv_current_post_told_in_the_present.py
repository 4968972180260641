"""A post dated by its start alone, its duties told in the present over an earlier post's told in the past, goes on
(from round 43's tune files: "Web Developer at Webbed Sphere, Inc. – Corbin, KY<TAB>7/2016" over "Maintain and
develop …", and "Moe's Southwest Grill | August 2022" over "Utilize the company's user interface …", both read as
posts of one month)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _dates(*paragraphs: tuple[str, str | None]) -> list[tuple[str, str, str]]:
    data = docx_bytes(
        ("Jesse Carver", "Title"), ("jesse.carver@example.org", None), ("Experience", "Heading 1"), *paragraphs
    )
    return [(r.title.value, r.start.value, r.end.value) for r in read_outline(data).roles]


EARLIER = (
    ("Delivery Driver at Harbor Pizza – Corbin, KY\t5/2012 – 6/2016", None),
    ("Delivered orders across three counties.", "List Bullet"),
    ("Trained new drivers on the routes.", "List Bullet"),
    ("Handled cash at the end of each shift.", "List Bullet"),
)


def test_a_post_dated_by_one_month_whose_duties_are_in_the_present_goes_on() -> None:
    roles = _dates(
        ("Web Developer at Northwind Media – Lexington, KY\t7/2016", None),
        ("Maintain and develop the shop's e-commerce site.", "List Bullet"),
        ("Build the front end in PHP, JavaScript and CSS.", "List Bullet"),
        ("Integrated a second payment provider.", "List Bullet"),
        *EARLIER,
    )
    assert roles == [("Web Developer", "2016-07", "present"), ("Delivery Driver", "2012-05", "2016-06")]


def test_a_post_of_one_month_told_in_the_past_stays_one_month() -> None:
    roles = _dates(
        ("Contract Developer at Northwind Media – Lexington, KY\t7/2016", None),
        ("Migrated the shop's e-commerce site to PHP 7.", "List Bullet"),
        ("Wrote the release notes.", "List Bullet"),
        *EARLIER,
    )
    assert roles[0] == ("Contract Developer", "2016-07", "2016-07")


def test_without_an_earlier_post_told_in_the_past_one_month_stays_one_month() -> None:
    roles = _dates(
        ("Web Developer at Northwind Media – Lexington, KY\t7/2016", None),
        ("Maintain and develop the shop's e-commerce site.", "List Bullet"),
        ("Build the front end in PHP, JavaScript and CSS.", "List Bullet"),
        ("Delivery Driver at Harbor Pizza – Corbin, KY\t5/2012 – 6/2016", None),
        ("Deliver orders across three counties.", "List Bullet"),
        ("Train new drivers on the routes.", "List Bullet"),
    )
    assert roles[0] == ("Web Developer", "2016-07", "2016-07")
