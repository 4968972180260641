"""Role heads written as bulleted list items in the same emphatic dress as the dates alone under them
("• PROCESS ASSOCIATE, SOPRA STERIA" over "16TH - JUL - 2018 TO 24TH – NOV - 2020", both bold "Heading 2"), dates
with the day dashed from the month ("16-Jul-2018"), and a legal form in capitals after a full stop ("PVT. LTD.")."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import saved


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("16-Jul-2018 to 24-Nov-2020", "2018-07", "2020-11"),
        ("16TH - JUL - 2018 TO 24TH – NOV - 2020", "2018-07", "2020-11"),
        ("1st-Feb-2022 TO 31st -Jul-2022", "2022-02", "2022-07"),
    ],
)
def test_a_day_dashed_from_its_month_and_year_is_part_of_the_date(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)
    assert span.text == text


def test_a_number_dashed_before_a_month_with_no_dashed_year_stays_out_of_the_dates() -> None:
    span = find_dates("Level 2 - May 2020 - June 2021")
    assert span is not None and (span.start, span.end) == ("2020-05", "2021-06")
    assert span.text == "May 2020 - June 2021"


def _cv(items: list[tuple[str, bool]], *, bold: bool = True, style: str = "Heading 2") -> bytes:
    """A CV whose Experience section holds (text, is a list item) paragraphs, all in one dress."""
    d = docx.Document()
    d.add_paragraph("Robin Moreau", style="Title")
    d.add_paragraph("robin.moreau@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    for text, listed in items:
        p = d.add_paragraph(style=style)
        p.add_run(text).bold = bold
        if listed:
            num = p._p.get_or_add_pPr().get_or_add_numPr()
            num.get_or_add_ilvl().val = 0
            num.get_or_add_numId().val = 1
    d.add_paragraph("Skills", style="Heading 1")
    d.add_paragraph("Python, SQL")
    return saved(d)


HEADS = [
    ("PROCESS ASSOCIATE, SOPRA STERIA", True),
    ("16TH - JUL - 2018 TO 24TH – NOV - 2020", False),
    ("OPERATION REPRESENTATIVE, CONCENTRIX DAKSH SERVICES INDIA PVT. LTD.", True),
    ("23RD - FEB - 2017 TO 9TH - FEB - 2018", False),
]


def test_bulleted_heads_dressed_as_their_dates_head_the_roles_under_them() -> None:
    roles = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(_cv(HEADS)).roles]
    assert roles == [
        ("PROCESS ASSOCIATE", "SOPRA STERIA", "2018-07", "2020-11"),
        ("OPERATION REPRESENTATIVE", "CONCENTRIX DAKSH SERVICES INDIA PVT. LTD", "2017-02", "2018-02"),
    ]


def test_a_plain_list_item_over_plain_dates_heads_no_role() -> None:
    roles = read_outline(_cv(HEADS, bold=False, style="List Paragraph")).roles
    assert all(r.title.value != "PROCESS ASSOCIATE" for r in roles)


def test_items_under_the_first_dates_stay_under_their_own_dates() -> None:
    # the dates come first: each item names the role of the dates above it, not of the dates below
    items = [
        ("2013-2024", False),
        ("Forest Machine Operator • Northwind Forestry AB", True),
        ("2012-2013", False),
        ("Forest Machine Operator • Globex Forestry", True),
    ]
    roles = [(r.employer.value, r.start.value) for r in read_outline(_cv(items)).roles]
    assert ("Globex Forestry", "2012") in roles
    assert ("Northwind Forestry AB", "2013") in roles
