"""An employer's line written as a list item, its place in a tab column ("• NYU CUSP<TAB>Brooklyn, NY"), right over
the dated lines of the posts held there, is their employer's line, not a thing done; a list item of a post's words
over dated lines stays a bullet."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import styled_section_cv

CLOSING = ("Education", "M.S. Telecommunication Networks, NYU, 2014")


def _roles(*paragraphs: tuple[str, str | None]) -> list[tuple[str, str, str, str | None]]:
    data = styled_section_cv("Experience", *paragraphs, closing=CLOSING)
    return [(r.title.value, r.employer.value, r.place.value, r.start.value) for r in read_outline(data).roles]


def test_an_organisation_and_its_place_as_a_bullet_head_the_posts_under_it() -> None:
    got = _roles(
        ("Northwind Observatory\tBrooklyn, NY", "List Bullet"),
        ("Associate Research Scientist\tMay 2015 - Present", None),
        ("Assistant Research Scientist\tJune 2014 - May 2015", None),
        ("Deployed a sensor network of 100 nodes across the city.", "List Bullet 2"),
    )
    assert [(t, e, s) for t, e, _, s in got] == [
        ("Associate Research Scientist", "Northwind Observatory", "2015-05"),
        ("Assistant Research Scientist", "Northwind Observatory", "2014-06"),
    ]
    assert got[0][2] == "Brooklyn, NY"


def test_a_bullet_naming_a_post_over_dates_is_no_employer() -> None:
    got = _roles(
        ("Data Engineer, Globex Corporation\tMay 2015 - Present", None),
        ("Mentored two interns\tBrooklyn, NY", "List Bullet"),
        ("Analyst, Initech\tJune 2014 - May 2015", None),
    )
    assert [(t, e) for t, e, _, _ in got] == [("Data Engineer", "Globex Corporation"), ("Analyst", "Initech")]
