"""A middle dot between two dates is their dash ("June 2013 · May 2016"), as it parts the line's other fields
("Event Coordinator · Reformed University Fellowship · Providence, RI"). From a round-39 tune file, a bootcamp
graduate's only role read with no dates. A dot after one date and before no date leaves it a single date."""

from __future__ import annotations

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import bold_or_plain


def test_a_middle_dot_between_dates_makes_a_range() -> None:
    for text, want in (
        ("June 2013 · May 2016", ("2013-06", "2016-05")),
        ("Oct 2016 · Jan 2017", ("2016-10", "2017-01")),
    ):
        span = find_dates(text)
        assert span is not None and (span.start, span.end) == want
    span = find_dates("Jan 2019 · Remote")
    assert span is not None and span.single and span.start == "2019-01"


def test_the_role_line_with_dotted_fields_and_dates_is_read() -> None:
    data = bold_or_plain(
        ("Noa Marlowe", True),
        ("noa.marlowe@example.org  ·  400-633-5115", False),
        ("Work History", True),
        ("Event Coordinator · Reformed University Fellowship · Providence, RI\tJune 2013 · May 2016", False),
        ("Spearheaded a new student chapter at a local vocational school", False),
    )
    roles = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]
    assert roles == [("Event Coordinator", "Reformed University Fellowship", "2013-06", "2016-05")]
