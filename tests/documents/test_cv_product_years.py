"""A year right after a software product's name is its version, not a date of the role: a bullet such as "Upgraded
the servers to Windows Server 2019" must not be read as a dated line. Names that are also plain words or employers'
names keep their years."""

from __future__ import annotations

import pytest

from app.documents.cv_dates import find_dates


@pytest.mark.parametrize(
    "text",
    [
        "Upgraded 40 servers to Windows Server 2019",
        "Microsoft Office 2016, Visual Studio 2022, SQL Server 2008 R2",
        "Drawings in AutoCAD 2018 and Revit 2020",
        "Migrated mailboxes from Microsoft Exchange 2010 to Exchange Online",
    ],
)
def test_a_products_version_is_no_date(text: str) -> None:
    assert find_dates(text) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Studio Assistant, Pixel Studio 2019", "2019", "2019"),  # a studio is an employer
        ("Analyst, London Stock Exchange 2019", "2019", "2019"),
        ("Freelance Illustrator 2019", "2019", "2019"),
        ("Primavera 2019", "2019", "2019"),  # spring, in Spanish and Italian
        ("Windows Server Administrator, Contoso, 2015 – 2019", "2015", "2019"),
        ("Windows Server 2016 to 2019", "2016", "2019"),  # a range goes on from it
    ],
)
def test_years_after_words_that_name_no_product_stay_dates(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)
