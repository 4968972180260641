"""A year with two of its months in brackets after it ("2021( June to November)", "2020(May -July)") is the range
of those months, the whole bracket its text; a heading in capitals one letter off a heading word ("EXPERINECES") is
that heading; a title with its employer in brackets keeps them apart when a dash stood before the dates
("Operation And Maintenances Engineer (Global Net) -2021( June to November)")."""

from __future__ import annotations

import pytest

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import heading_kind
from tests.docx_build import named_cv


@pytest.mark.parametrize(
    ("text", "start", "end", "written"),
    [
        ("Engineer (Global Net) -2021( June to November)", "2021-06", "2021-11", "2021( June to November)"),
        ("OJT (Terndy J)-2020(May -July)", "2020-05", "2020-07", "2020(May -July)"),
        ("Praktikum 2019 (Januar bis März)", "2019-01", "2019-03", "2019 (Januar bis März)"),
    ],
)
def test_two_months_in_brackets_after_their_year_are_a_range(text: str, start: str, end: str, written: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end, span.text) == (start, end, written)


def test_a_heading_in_capitals_one_letter_off_is_that_heading() -> None:
    assert heading_kind("EXPERINECES") == heading_kind("EXPERIENCES") == "experience"
    assert heading_kind("EDUCATOIN") == "education"


# A word in mixed case may be a name; one of ten letters or more is not (`test_cv_misspelt_heading_in_title_case`).
@pytest.mark.parametrize("word", ["Educatoin", "ANDERSSON", "MCMURRAYS"])
def test_a_short_word_in_mixed_case_or_far_from_a_heading_is_no_heading(word: str) -> None:
    assert heading_kind(word) is None


def test_a_role_under_a_misspelt_heading_is_read() -> None:
    data = named_cv(
        ("EXPERINECES", None),
        ("Operation And Maintenances Engineer (Global Net) -2021( June to November)", None),
        ("Maintained tower sites and servers.", "List Bullet"),
        ("EDUCATION", None),
        ("Bachelor of Engineering (Electronic and Communication) - 2019", None),
    )
    got = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]
    assert got == [("Operation And Maintenances Engineer", "Global Net", "2021-06", "2021-11")]


@pytest.mark.parametrize(
    ("text", "written"),
    [("Tutor: Assembly Language (2019 Winter), undergraduate-level", "2019 Winter"), ("2019 Fall - 2020 Spring", None)],
)
def test_an_english_season_after_its_year_is_part_of_the_date(text: str, written: str | None) -> None:
    span = find_dates(text)
    assert span is not None and span.text == (written or text)


def test_a_season_word_opening_a_name_after_a_year_is_no_part_of_the_date() -> None:
    span = find_dates("2019 Summer School, Oxford")
    assert span is not None and span.text == "2019"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("Vetements 2016 SS", "2016", "2016"), ("Yves Saint Laurent 2016 FW, 2017 SS", "2016", "2017")],
)
def test_a_fashion_houses_season_after_its_year_is_part_of_the_date(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)
    assert text[: span.begin].strip() in ("Vetements", "Yves Saint Laurent") and not text[span.finish :].strip()
