"""A supervisor's or manager's e-mail address in brackets after their name under a role ("Supervisor: Mary Walsh
(mary@…)", "Manager: Mary Walsh <mary@…>") is theirs, not the seeker's.

Found by reading made-up CVs (not from a corpus file): under a cook's role, "Supervisor: Mary Walsh
(mary@anchorinn.example.ie)" gave Mary Walsh's address as a second address of the seeker. A line is another
person's when it names one; the name was looked for in the line's first piece, which ran on into the bracketed
address and so read as no name. The bracketed address is now set aside before the name is read."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _emails(supervisor_line: str) -> list[str]:
    data = docx_bytes(
        ("Niamh Byrne", "Title"),
        ("niamh.byrne@example.ie", None),
        ("Experience", "Heading 1"),
        ("Line Cook, The Anchor Inn, Kinsale\t2019 – 2022", None),
        (supervisor_line, None),
        ("Prepped fish and sauces for sixty covers a night.", "List Bullet"),
        ("Interests", "Heading 1"),
        ("I enjoy sea swimming, playing the fiddle in local sessions and growing vegetables.", None),
    )
    return read_outline(data).contact.emails


@pytest.mark.parametrize(
    "line",
    [
        "Supervisor: Mary Walsh (mary@anchorinn.example.ie)",
        "Manager: Mary Walsh <mary@anchorinn.example.ie>",
        "Supervisor: Dr. Mary Walsh (mwalsh@uni.example.edu)",
    ],
)
def test_an_address_in_brackets_after_another_persons_name_is_theirs(line: str) -> None:
    assert _emails(line) == ["niamh.byrne@example.ie"]


def test_the_seekers_own_address_in_brackets_after_their_name_is_still_read() -> None:
    emails = _emails("Contact: Niamh Byrne (niamh.work@example.ie)")
    assert emails == ["niamh.byrne@example.ie", "niamh.work@example.ie"]
