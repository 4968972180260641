"""What a PDF turned into Word leaves of a Kenyan hospitality CV: an e-mail address cut at a line's end ("…@example."
then "com") is one address, and "2024 June up to date" is a role that goes on."""

from __future__ import annotations

import pytest

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes

_CV = (
    ("GRACE WANJIKU", None),
    ("PHONE NO: 0712 345 678", None),
    ("Email: grace.wanjiku@example.", None),
    ("org", None),
    ("EXPERIENCE", "Heading 1"),
    ("2024 June up to date : GRACIOUS SUPPLIES NYAMAKIMA", None),
    ("POSITION : CASHIER", None),
    ("Keeping records.", "List Bullet"),
)


def test_an_address_cut_at_the_end_of_a_line_is_read_whole() -> None:
    assert read_outline(docx_bytes(*_CV)).contact.emails == ["grace.wanjiku@example.org"]


def test_a_line_starting_with_a_word_after_a_whole_address_adds_nothing_to_it() -> None:
    cv = (("Grace Wanjiku", None), ("grace.wanjiku@example.org", None), ("com", None), *_CV[4:])
    assert read_outline(docx_bytes(*cv)).contact.emails == ["grace.wanjiku@example.org"]


@pytest.mark.parametrize(
    ("text", "start"),
    [("2024 June up to date", "2024-06"), ("June 2024 up to date", "2024-06"), ("Jan 2020 up till date", "2020-01")],
)
def test_up_to_date_ends_a_range_at_present(text: str, start: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, "present")


def test_a_role_going_on_up_to_date_is_read_as_current() -> None:
    (role,) = read_outline(docx_bytes(*_CV)).roles
    assert (role.start.value, role.end.value) == ("2024-06", "present")
