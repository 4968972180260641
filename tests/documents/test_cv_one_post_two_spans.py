"""One employer and title with two date ranges ("2013 - 2017, 2019 - Present": a seeker who came back) are two
roles with the same title and employer; the latest keeps the bullets. Overlapping ranges, seasons of one post
("10/12 – 3/13, 10/13 – 3/14") and single dates stay one role."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import named_cv


def _roles(dates: str) -> list[tuple[str, str, str, str, int]]:
    cv = named_cv(
        ("Experience", "Heading 1"),
        (f"Silver City Restaurant and Alehouse\t{dates}", None),
        ("Lead Cook, Kitchen Manager\tSilverdale, WA", None),
        ("Awarded Employee of the Quarter three times.", "List Bullet"),
    )
    return [
        (r.title.value, r.employer.value, r.start.value, r.end.value, len(r.bullets)) for r in read_outline(cv).roles
    ]


def test_two_ranges_of_one_post_are_two_roles_the_latest_with_the_bullets() -> None:
    roles = _roles("2013 - 2017, 2019 - Present")
    assert [(r[2], r[3], r[4]) for r in roles] == [("2019", "present", 1), ("2013", "2017", 0)]
    assert {(r[0], r[1]) for r in roles} == {("Lead Cook, Kitchen Manager", "Silver City Restaurant and Alehouse")}


def test_overlapping_ranges_stay_one_role() -> None:
    (role,) = _roles("2013 - 2018, 2017 - Present")
    assert role[2] == "2013"


def test_seasons_of_one_post_within_a_year_of_each_other_stay_one_role() -> None:
    (role,) = _roles("10/12 – 3/13, 10/13 – 3/14")
    assert role[2] == "2012-10"


def test_one_range_stays_one_role() -> None:
    assert [(r[2], r[3]) for r in _roles("2013 - Present")] == [("2013", "present")]
