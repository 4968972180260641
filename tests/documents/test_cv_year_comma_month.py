"""The year written first with a comma before the month ("2020, Jul – Sep", "2019, Jul – 2020, Jan") dates a role
by its months, as "2023 jan." does; a year between other words stays a year."""

from __future__ import annotations

import pytest

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2020, Jul – Sep", "2020-07", "2020-09"),
        ("2019, Jul – 2020, Jan", "2019-07", "2020-01"),
        ("2019, October", "2019-10", "2019-10"),
        ("Skills: Python, 2019, Excel", "2019", "2019"),
    ],
)
def test_a_year_then_a_comma_then_a_month_is_one_date(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


def test_a_role_line_dated_year_first_gets_its_months() -> None:
    (role,) = read_outline(role_cv("Summer Research Intern\t2020, Jul – Sep", "Globex Labs, Zurich, Switzerland")).roles
    assert (role.title.value, role.start.value, role.end.value) == ("Summer Research Intern", "2020-07", "2020-09")
