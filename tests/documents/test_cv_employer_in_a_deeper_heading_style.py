"""An employer's name in a deeper heading style than its section's ("Venari Ltd" in Heading 2 under "Experience" in
Heading 1), over the post in Heading 3 and the dates in Heading 4: the name is the role's employer, not a group's
name dropped from the roles (a company's legal form or a word only organisations have says it names one), in a CV
that writes its projects' and schools' names in that style too (one of them, "… Service", a heading word: so the
style is one of the CV's heading styles)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _cv(first: str, second: str) -> bytes:
    return docx_bytes(
        ("Grant Mosley", "Title"),
        ("grant.mosley@example.org", None),
        ("Experience", "Heading 1"),
        (first, "Heading 2"),
        ("Founder, Technical Director, Software Developer", "Heading 3"),
        ("November 2013 – Present", "Heading 4"),
        ("Runs the company's software work for councils and utilities across the country.", None),
        ("Prism Earth (Lead Developer, Aug 2024 – Present)", None),
        ("Developing key parts of a land-use compliance system.", None),
        (second, "Heading 2"),
        ("Senior GIS Developer", "Heading 3"),
        ("2008 - 2010", "Heading 4"),
        ("Built mapping tools for regional councils.", None),
        ("Projects", "Heading 1"),
        ("Envirocam", "Heading 2"),
        ("A camera that watches building sites and reports dust and noise.", None),
        ("Drone Hyperlapse Service", "Heading 2"),
        ("Time-lapse films of building sites, flown and edited to order.", None),
        ("Education", "Heading 1"),
        ("Birmingham University", "Heading 2"),
        ("BSc Computer Science, 1995", None),
    )


def test_the_name_in_the_deeper_heading_style_is_the_employer() -> None:
    roles = read_outline(_cv("Venari Ltd", "Explorer Graphics Ltd")).roles
    got = {(r.title.value, r.employer.value) for r in roles}
    assert ("Founder, Technical Director, Software Developer", "Venari Ltd") in got
    assert ("Senior GIS Developer", "Explorer Graphics Ltd") in got


def test_a_university_named_in_that_style_is_the_employer_too() -> None:
    roles = read_outline(_cv("Northwind University", "Explorer Graphics Ltd")).roles
    assert ("Founder, Technical Director, Software Developer", "Northwind University") in {
        (r.title.value, r.employer.value) for r in roles
    }
