"""A licence or a certification listed among the degrees ("InterNACHI Certified Professional Inspector (2019)",
"Florida Licensed Home Inspector (2019)" under the university's line) names a qualification held, not a post (from a
tune file of the corpus, a Venezuelan engineer who became a Florida home inspector)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes

TOP = [("Robin Marlowe", "Title"), ("robin.marlowe@example.org", None)]
ROLE = [
    ("Experience", "Heading 1"),
    ("Home Inspector, Sunshine Inspections, Orlando, FL\t2019 – Present", None),
    ("Inspected over 400 homes.", "List Bullet"),
]


def _roles(*education: str) -> list[str]:
    data = docx_bytes(*TOP, *ROLE, ("Education", "Heading 1"), *((t, None) for t in education))
    return [r.title.value for r in read_outline(data).roles]


def test_a_certified_or_licensed_title_among_degrees_is_no_post() -> None:
    roles = _roles(
        "Catholic Andres Bello University – Caracas, Venezuela",
        "InterNACHI Certified Professional Inspector (2019)",
        "Florida Licensed Home Inspector (2019)",
    )
    assert roles == ["Home Inspector"]


def test_a_post_among_degrees_is_still_read() -> None:
    roles = _roles(
        "MSc Computer Science, University of Leeds, 2015 – 2016", "Teaching Assistant, University of Leeds, 2016"
    )
    assert "Teaching Assistant" in roles
