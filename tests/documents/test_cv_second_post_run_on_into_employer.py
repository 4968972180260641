"""Two posts parted by a dash or a pipe, the second running on into the employer's name with no separator
("Engineer - Developer Ross Business Consulting"): the two posts are one title, as the CV writes it, and the name
after them is the employer."""

from __future__ import annotations

import pytest

from app.documents.cv_head_line import line_segments
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Engineer - Developer Ross Business Consulting",
            [("Engineer - Developer", False), ("Ross Business Consulting", True)],
        ),
        ("Analyst | Data Engineer Acme Corp", [("Analyst | Data Engineer", False), ("Acme Corp", True)]),
    ],
)
def test_the_second_post_is_parted_from_the_employer_and_joined_to_the_first(
    line: str, want: list[tuple[str, bool]]
) -> None:
    assert line_segments(line) == want


def test_a_name_after_a_post_and_a_field_is_no_second_post() -> None:
    # "Software" names a practice, not a post: the line keeps its two pieces
    assert line_segments("Engineer - Software Acme Corp") != [("Engineer - Software", False), ("Acme Corp", True)]


def test_the_role_reads_both_posts_as_its_title() -> None:
    data = docx_bytes(
        ("Alex Mikhailov", "Title"),
        ("alex.mikhailov@example.org", None),
        ("Experience", "Heading 1"),
        ("Engineer - Developer Ross Business Consulting\tApril 2002 – September 2002", None),
        ("Built the consultancy's reporting tools in Delphi and SQL.", "List Bullet"),
        ("Support Analyst - Northwind Traders Ltd\tMay 2000 – March 2002", None),
        ("Answered the help desk and kept the servers patched.", "List Bullet"),
    )
    role = read_outline(data).roles[0]
    assert (role.title.value, role.employer.value) == ("Engineer - Developer", "Ross Business Consulting")
