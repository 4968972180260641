"""After the employer's piece, a name with no post's word before the post's comma ("Old Dominion University -
NASA@MyLibrary, Educational Program Coordinator") is the part of the employer the seeker worked in, not part of the
post."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv


def _roles(*lines: str) -> list[tuple[str, str]]:
    closing = ("EDUCATION", "BS in Computer Science, Old Dominion University, May 2024")
    data = section_cv("EXPERIENCE", *lines, closing=closing)
    return [(r.title.value, r.employer.value) for r in read_outline(data).roles]


def test_a_unit_between_the_employer_and_the_post_goes_with_the_employer() -> None:
    got = _roles(
        "Old Dominion University - NASA@MyLibrary, Educational Program Coordinator, Oct 2021–June 2023",
        "Created STEM educational programmes for library audiences",
        "Harris Teeter – Personal Shopper; Greenville, NC; May 2021–Apr 2022",
        "Fulfilled online grocery orders under tight deadlines",
    )
    assert got[0] == ("Educational Program Coordinator", "Old Dominion University - NASA@MyLibrary")
    assert got[1] == ("Personal Shopper", "Harris Teeter")


def test_a_post_before_the_comma_stays_the_title() -> None:
    got = _roles(
        "Northwind Traders - Senior Engineer, Platform, Oct 2021–June 2023",
        "Built the ordering platform",
    )
    assert got[0][1] == "Northwind Traders"
    assert got[0][0].startswith("Senior Engineer")
