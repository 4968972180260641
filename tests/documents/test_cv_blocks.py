"""How far a role's head reaches around its dates: as far as its section's first role reaches (not to a line over
it that heads the section), and one line further up for a role whose own lines name no title."""

from __future__ import annotations

import docx

from app.documents.cv_outline import CvOutline
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes, saved

_HEAD = [
    ("Sam Okoro", "Title"),
    ("sam.okoro@example.org", None),
    ("Profile", "Heading 1"),
    ("Analyst and shift lead who likes tidy spreadsheets and calm mornings.", None),
    ("Experience", "Heading 1"),
]


def _outline(*lines: tuple[str, str | None]) -> CvOutline:
    return read_outline(docx_bytes(*_HEAD, *lines))


def _pairs(outline: CvOutline) -> list[tuple[str, str]]:
    return [(r.title.value, r.employer.value) for r in outline.roles]


def test_an_employer_line_over_the_first_role_stays_its_own_when_the_roles_after_share_it() -> None:
    outline = _outline(
        ("Globex Ltd", None),
        ("Senior Engineer, 2019 – 2021", None),
        ("Built the billing service and the ledger that reconciles it every night.", None),
        ("Engineer, 2017 – 2019", None),
        ("Wrote the weekly sales report and the dashboards the board reads.", None),
        ("Junior Engineer, 2015 – 2017", None),
        ("Ran the test suite and fixed the flaky ones before each release.", None),
    )
    assert _pairs(outline)[0] == ("Senior Engineer", "Globex Ltd")


def test_a_line_over_a_first_role_that_names_itself_and_over_no_other_role_heads_the_section() -> None:
    outline = _outline(
        ("Retail Banking", None),
        ("Software Engineer, Globex Ltd, Leeds, 2019 – 2021", None),
        ("Built the billing service and the ledger that reconciles it every night.", None),
        ("Data Analyst, Initech Corp, York, 2017 – 2019", None),
        ("Wrote the weekly sales report and the dashboards the board reads.", None),
        ("Cashier, Northwind Ltd, Hull, 2015 – 2017", None),
        ("Ran the morning shift and trained the new starters on the tills.", None),
    )
    assert _pairs(outline)[0] == ("Software Engineer", "Globex Ltd")


def test_a_role_whose_lines_name_no_title_takes_the_title_line_above_it() -> None:
    outline = _outline(
        ("Project Administrator, Initech (January 2022 – May 2023)", None),
        ("Ran the project office and its weekly reporting for the site team.", None),
        ("Project Assistant – Health Support Programme", None),
        ("Globex (June 2021 to March 2022) – Leeds", None),
        ("Drafted the scopes of work with the client's team.", "List Bullet"),
        ("Ran the project office and its weekly reporting for the site team.", None),
        ("Project Administrator, Northwind (December 2020 – April 2021)", None),
        ("Kept the contracts register and the meeting notes for the board.", None),
    )
    titles = [r.title.value for r in outline.roles]
    assert titles == ["Project Administrator", "Project Assistant", "Project Administrator"]


def test_a_table_cell_with_the_title_and_employer_on_two_lines_gives_two_fields() -> None:
    d = docx.Document()
    for text, style in _HEAD:
        d.add_paragraph(text, style=style)
    table = d.add_table(rows=0, cols=2)
    for title, employer, dates in (
        ("Line Cook", "Contoso", "Feb 2016 – Dec 2018"),
        ("Shift Lead", "Fabrikam", "May 2014 – Jan 2016"),
    ):
        cells = table.add_row().cells
        cells[0].text, cells[1].text = f"{title}\n{employer}", dates
    assert _pairs(read_outline(saved(d))) == [("Line Cook", "Contoso"), ("Shift Lead", "Fabrikam")]
