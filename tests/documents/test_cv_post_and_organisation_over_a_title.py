"""A role head of two lines, from a round-43 tune file of the corpus: "Co-Founder, Tech Horizons Club<TAB>Nov 2024 –
Present" over "Co-Founder & Web Developer". The line of the dates names a post (or a kind of post, "Internship") and,
after a comma, the organisation; the line below names the post in full. The organisation after the comma is the
employer, not the whole line of the dates."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _roles(*lines: tuple[str, str | None]) -> list[tuple[str, str, str, str]]:
    data = docx_bytes(("Jordan Moreau", "Title"), ("jordan.moreau@example.org", None), *lines)
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]


def test_a_post_and_its_organisation_over_the_full_post() -> None:
    roles = _roles(
        ("Activities and Leadership", "Heading 1"),
        ("\tCo-Founder, Northwind Robotics Club\tNov 2024 – Present", None),
        ("Co-Founder & Web Developer", None),
        ("Built the club's website with Next.js.", "List Bullet"),
        ("\tHackathon Head, Fabrikam Coding Society\tMay 2025 – Present", None),
        ("Hackathon Head", None),
        ("Ran the college's hackathon.", "List Bullet"),
    )
    assert roles == [
        ("Co-Founder & Web Developer", "Northwind Robotics Club", "2024-11", "present"),
        ("Hackathon Head", "Fabrikam Coding Society", "2025-05", "present"),
    ]


def test_a_kind_of_post_and_the_firm_over_the_post() -> None:
    roles = _roles(
        ("Experience", "Heading 1"),
        ("\tInternship, Contoso Infotech\tMay 2023 – Jul 2023", None),
        ("Web Development Intern", None),
        ("Maintained client websites.", "List Bullet"),
    )
    assert roles == [("Web Development Intern", "Contoso Infotech", "2023-05", "2023-07")]


def test_an_organisation_and_its_town_stay_as_they_were() -> None:
    # "Northwind Traders, Leeds": no post before the comma, so the comma parts the employer from its town
    roles = _roles(
        ("Experience", "Heading 1"),
        ("\tNorthwind Traders, Leeds\tMay 2023 – Jul 2023", None),
        ("Sales Assistant", None),
        ("Served customers.", "List Bullet"),
    )
    assert roles == [("Sales Assistant", "Northwind Traders", "2023-05", "2023-07")]
