"""Slashes inside a "Post, Employer" line: two posts parted by a slash before the comma are one title ("Frontend
Engineer / Full-stack Engineer, Intuit, Inc."; "Software" in a post is no organisation), and names parted by slashes
after the comma are one employer's names ("Senior Software Engineer, Flank Marketing / CheapSally / TabJuice": a firm
and its brands). A slash between a post and an employer still parts them (from a round-38 tune file, a
résumé generator's Word 2003 XML file whose titles were split at their slashes)."""

from __future__ import annotations

import pytest

from app.documents.cv_head_line import line_segments
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def test_two_posts_and_a_firms_brands_are_read_whole() -> None:
    data = docx_bytes(
        ("Robin Tanaka", "Title"),
        ("EMPLOYMENT", "Heading 1"),
        ("Frontend Engineer / Full-stack Engineer, Intuit, Inc. \t Oct 2013 — Nov 2016", None),
        ("Revitalised the front end of a community site.", "List Bullet"),
        ("Lead Software Engineer / Project Manager, Internet Marketing Inc. \t Apr 2012 — Sep 2013", None),
        ("Managed teams of developers.", "List Bullet"),
        ("Senior Software Engineer, Flank Marketing / CheapSally / TabJuice \t Jun 2011 — Apr 2012", None),
        ("Designed websites for clients.", "List Bullet"),
    )
    assert [(r.title.value, r.employer.value) for r in read_outline(data).roles] == [
        ("Frontend Engineer / Full-stack Engineer", "Intuit, Inc."),
        ("Lead Software Engineer / Project Manager", "Internet Marketing Inc."),
        ("Senior Software Engineer", "Flank Marketing / CheapSally / TabJuice"),
    ]


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        ("Barista / Starbucks, Seattle", ["Barista", "Starbucks, Seattle"]),
        ("Engineer, Acme / Boston", ["Engineer, Acme", "Boston"]),
    ],
)
def test_a_slash_before_an_employer_or_a_place_still_parts_the_fields(line: str, pieces: list[str]) -> None:
    assert [p for p, _ in line_segments(line)] == pieces
