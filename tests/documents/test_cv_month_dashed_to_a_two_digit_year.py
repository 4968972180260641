"""A month's name with its year in two digits hung on by a dash or a slash ("Jan-19", "mar/19") is a date.

Found by reading made-up Indian, British and Brazilian CVs (not from a corpus file): "Accounts Executive, Tata
Consultancy Services, Mumbai" over "Jan-19 to Till Date", and "Jun-15 to Dec-18" under the next role, were read with
no dates at all, and the date line was taken for the employer. Word copies such dates from a spreadsheet, which
prints a month so; "Jan 19 – Nov 21", the year spaced from its month, was read already.
"""

from __future__ import annotations

import pytest

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Jan-19 to Till Date", "2019-01", "present"),
        ("Jun-15 to Dec-18", "2015-06", "2018-12"),
        ("Sep-15 - Mar-18", "2015-09", "2018-03"),
        ("mar/19 – atual", "2019-03", "present"),
        ("jan/19 – nov/21", "2019-01", "2021-11"),
        ("Feb-18 – Present", "2018-02", "present"),
    ],
)
def test_a_month_dashed_to_its_two_digit_year_is_read(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


def test_a_word_dashed_to_a_number_is_no_month() -> None:
    assert find_dates("Level-12 - Grade-14") is None


DUTY = "• Kept the books and the payroll for the whole branch."


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (
            ["Accounts Executive, Tata Consultancy Services, Mumbai", "Jan-19 to Till Date", DUTY,
             "Accounts Assistant, Infosys, Pune", "Jun-15 to Dec-18", DUTY],
            [("Accounts Executive", "Tata Consultancy Services", "2019-01", "present"),
             ("Accounts Assistant", "Infosys", "2015-06", "2018-12")],
        ),
        (
            ["Staff Nurse, Royal Derby Hospital, Derby, Sep-17 - Oct-21", DUTY,
             "Healthcare Assistant, Boots, Nottingham, Mar-14 - Aug-17", DUTY],
            [("Staff Nurse", "Royal Derby Hospital", "2017-09", "2021-10"),
             ("Healthcare Assistant", "Boots", "2014-03", "2017-08")],
        ),
    ],
)  # fmt: skip
def test_roles_dated_by_spreadsheet_months_get_their_dates(lines: list[str], want: list[tuple[str, ...]]) -> None:
    out = read_outline(section_cv("Experience", *lines, closing=("Education", "BCom, University of Mumbai, 2014")))
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in out.roles] == want
