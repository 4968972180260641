"""One employer's heading over two or more of its posts, as the only group of a section: "Fabrikam (Laval, QC.)"
in Heading 2 over "Software Developer – (Jan 2023 – May 2023)" and "IT Specialist – (…)" in Heading 3. With a
second employer's group before it the reader took the heading as the employer; alone, a short name it does not
know was left out, and both posts had no employer. A name written beside its place is an organisation's line."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes

HEAD = (("Noor Haddad", "Title"), ("noor.haddad@example.org", None), ("Professional Experience", "Heading 1"))


def _roles(*rows: tuple[str, str | None]) -> list[tuple[str, str, str]]:
    out = read_outline(docx_bytes(*HEAD, *rows))
    return [(r.title.value, r.employer.value, r.place.value.rstrip(".")) for r in out.roles]


def test_a_short_employers_heading_with_its_place_is_the_employer_of_each_post_under_it() -> None:
    assert _roles(
        ("Fabrikam (Laval, QC.)", "Heading 2"),
        ("Software Developer – (Jan 2023 – May 2023)", "Heading 3"),
        ("Built an authentication service.", "List Bullet"),
        ("IT Specialist – (August 2021 – December 2021)", "Heading 3"),
        ("Managed the directory.", "List Bullet"),
    ) == [("Software Developer", "Fabrikam", "Laval, QC"), ("IT Specialist", "Fabrikam", "Laval, QC")]
    assert _roles(
        ("Fabrikam, Laval, QC", "Heading 2"),
        ("Software Developer, Jan 2023 – May 2023", "Heading 3"),
        ("Built an authentication service.", "List Bullet"),
        ("IT Specialist, August 2021 – December 2021", "Heading 3"),
        ("Managed the directory.", "List Bullet"),
    ) == [("Software Developer", "Fabrikam", "Laval, QC"), ("IT Specialist", "Fabrikam", "Laval, QC")]


def test_a_short_heading_that_names_a_post_is_no_employer() -> None:
    roles = _roles(
        ("Teaching Assistant (Austin, TX)", "Heading 2"),
        ("CS 101, Jan 2023 – May 2023", "Heading 3"),
        ("Graded the labs.", "List Bullet"),
        ("CS 102, August 2021 – December 2021", "Heading 3"),
        ("Held office hours.", "List Bullet"),
    )
    assert all(employer != "Teaching Assistant" for _, employer, _ in roles)
