"""A CV that dresses its employers, dates and posts as its headings (every one in bold) and writes each role as
"Employer ↵ dates alone ↵ Post": an employer's name right over its dates is a role's head, not a section, even when
its name holds a heading word ("Cellsoft technologies" reads like "Technologies"). From a round-39 tune file, a
Nairobi developer's CV read with two of five roles. Heading words alone, or the heading of dated entries
("Projects", "Activities"), over a dates line stay headings."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import bold_or_plain_sized, docx_bytes


def bold_or_plain_12pt(*paragraphs: tuple[str, bool]) -> bytes:
    """Every run in 12 pt, as the CV sets it: headings, employers, dates and posts alike in bold 12 pt."""
    return bold_or_plain_sized(*((text, bold, 12.0) for text, bold in paragraphs))


_HEAD = (
    ("Kai Ferreira", True),
    ("kai.ferreira@example.org", True),
    ("Qualifications", True),
    ("Over 5 years of experience in Android and .NET.", False),
    ("Professional Experience", True),
)


def test_each_employer_over_its_dates_heads_its_role() -> None:
    data = bold_or_plain_12pt(
        *_HEAD,
        ("Swypepay.africa", True),
        ("August 2019 - May 2020", True),
        ("Android Developer", True),
        ("Cellsoft technologies", True),
        ("August 2019 - May 2020", True),
        ("Consulting Software Developer", True),
        ("StoneHouse Technologies", True),
        ("May 2016 - June 2018", True),
        ("Fullstack Asp.Net Developer", True),
    )
    roles = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]
    assert roles == [
        ("Android Developer", "Swypepay.africa", "2019-08", "2020-05"),
        ("Consulting Software Developer", "Cellsoft technologies", "2019-08", "2020-05"),
        ("Fullstack Asp.Net Developer", "StoneHouse Technologies", "2016-05", "2018-06"),
    ]


def test_a_heading_of_dated_entries_over_dates_is_still_a_heading() -> None:
    data = docx_bytes(
        ("Larissa Prado", "Heading 1"),
        ("larissa.prado@example.org", None),
        ("Experience", "Heading 2"),
        ("04/2021 - Now", None),
        ("Rust Engineer, Edge & Node", None),
        ("Extra-curricular Activities", "Heading 2"),
        ("12/2021", None),
        ("Talk: how allocating zero bytes can be useful; GambiConf", None),
        ("12/2015", None),
        ("Christmas Volunteer Work; FIAP (São Paulo)", None),
        ("We took care of a large group of children at Christmas.", None),
    )
    roles = [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]
    assert ("Rust Engineer", "Edge & Node", "2021-04") in roles
    assert ("Christmas Volunteer Work", "FIAP", "2015-12") in roles  # a volunteer post among the activities
