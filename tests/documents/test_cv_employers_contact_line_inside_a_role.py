"""Found by reading made-up CVs of hospitality and trades workers (not from a corpus file): an employer's contact line
under a role ("Tel: 021 477 1234 | info@anchorinn.example.ie" under "Bar Manager, The Anchor Inn", the duties after
it) was read as the seeker's e-mail and phone, beside the seeker's own at the head. A contact line inside a role
(lines of the role after it) is the employer's office; the seeker's own address there (their family name in it)
and a contact line at the foot of the last role stay the seeker's."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes

DUTY = ("Ran the bar and the cellar for a busy harbour pub and trained the weekend staff.", None)


def _cv(*role: str, head: str | None = "+353 87 123 4567 | niamh.kelly@example.org") -> bytes:
    return docx_bytes(
        ("Niamh Kelly", "Title"),
        *([(head, None)] if head else []),
        ("Experience", "Heading 1"),
        *((line, None) for line in role),
        DUTY,
        ("Education", "Heading 1"),
        ("BA Hospitality Management, Atlantic Technological University, 2015", None),
    )


@pytest.mark.parametrize(
    "role",
    [
        ("Bar Manager, The Anchor Inn, Kinsale\tMay 2018 – Present", "Tel: 021 477 1234 | info@anchorinn.example.ie"),
        ("Bar Manager\tMay 2018 – Present", "The Anchor Inn, Kinsale", "Tel: 021 477 1234 | info@anchorinn.example.ie"),
        ("Bar Manager, The Anchor Inn, Kinsale\tMay 2018 – Present", "info@anchorinn.example.ie"),
    ],
)
def test_a_contact_line_inside_a_role_is_the_employers(role: tuple[str, ...]) -> None:
    contact = read_outline(_cv(*role)).contact
    assert contact.emails == ["niamh.kelly@example.org"]
    assert contact.phones == ["+353 87 123 4567"]
    bare = read_outline(_cv(*role, head=None)).contact
    assert "info@anchorinn.example.ie" not in bare.emails and "021 477 1234" not in bare.phones


def test_the_seekers_own_address_inside_a_role_stays_theirs() -> None:
    role = ("Bar Manager, The Anchor Inn, Kinsale\tMay 2018 – Present", "niamh.kelly@example.org")
    assert read_outline(_cv(*role, head=None)).contact.emails == ["niamh.kelly@example.org"]
