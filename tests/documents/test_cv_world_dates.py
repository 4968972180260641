"""Date forms of CVs worldwide: CLDR month, quarter and now words, other calendars (Minguo, Japanese eras, Buddhist
era), year-first months, year dots and suffixes; numbers that are no dates; and the generated evaluation set."""

from __future__ import annotations

import pytest

from app.documents.cv_dates import find_dates, leading_ongoing
from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv
from tests.fixtures.cv_corpus.date_forms import LANGS, cases, half_of


def _read(text: str) -> tuple[str, str] | None:
    span = find_dates(text)
    return (span.start, span.end) if span else None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("stycznia 2019 – marca 2021", "2019-01", "2021-03"),  # Polish genitive (CLDR format form)
        ("Μαΐου 1981 — Σεπτεμβρίου 1983", "1981-05", "1983-09"),  # Greek genitive
        ("лист 2003 — липень 2004", "2003-11", "2004-07"),  # Ukrainian abbreviation and stand-alone name
        ("ožujka 1987 – travanj 1989", "1987-03", "1989-04"),  # Croatian
        ("helmi 2011 — touko 2013", "2011-02", "2013-05"),  # Finnish abbreviations
        ("des. 2007–mai 2013", "2007-12", "2013-05"),  # Norwegian
        ("mar. de 2019 a jun. de 2021", "2019-03", "2021-06"),  # Brazilian Portuguese
        ("27 de outubro de 1994 - 15 de setembro de 1998", "1994-10", "1998-09"),  # a day, "de", the month
        ("15. března 2019 – 1. června 2021", "2019-03", "2021-06"),  # Czech genitive after a day
    ],
)
def test_cldr_month_names_in_any_form_read_as_months(text: str, start: str, end: str) -> None:
    assert _read(text) == (start, end)


@pytest.mark.parametrize("text", ["Responsable des projets", "out of office", "Pro version"])
def test_a_month_abbreviation_with_no_year_after_it_is_no_date(text: str) -> None:
    assert find_dates(text) is None


def test_an_abbreviation_after_a_year_is_a_month_only_when_it_ends_the_date() -> None:
    assert _read("2019 des.") == ("2019-12", "2019-12")
    assert _read("2019 des projets") == ("2019", "2019")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2019. március – 2021. jún.", "2019-03", "2021-06"),  # Hungarian: the year, a dot, the month
        ("2018 m. kovas – 2020 m. birželis", "2018-03", "2020-06"),  # Lithuanian
        ("1983. 10. – 1986. 4.", "1983-10", "1986-04"),  # Korean numeric
        ("2019년 3월 ~ 2021년 6월", "2019-03", "2021-06"),
        ("2019年3月15日 - 2021年6月1日", "2019-03", "2021-06"),
        ("март 2005\u202fг. – январь 2007\u202fг.", "2005-03", "2007-01"),  # a year's "г."
        ("lis 1999.-ruj 2002.", "1999-11", "2002-09"),  # a year's dot; "lis" is November in most languages
        ("Tháng 3/2019 - tháng 5 năm 2021", "2019-03", "2021-05"),  # Vietnamese "month 3"
    ],
)
def test_year_first_months_and_year_marks_read_whole(text: str, start: str, end: str) -> None:
    assert _read(text) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("108年9月至111年6月", "2019-09", "2022-06"),  # Minguo: year 1 is 1912
        ("民國108年9月至今", "2019-09", "present"),
        ("民國108年", "2019", "2019"),
        ("平成30年4月〜令和2年3月", "2018-04", "2020-03"),  # Japanese eras
        ("令和元年5月〜現在", "2019-05", "present"),
        ("มกราคม 2562 - ปัจจุบัน", "2019-01", "present"),  # Buddhist era: 543 years ahead
        ("พ.ศ. 2548 - 2553", "2005", "2010"),
    ],
)
def test_years_of_other_calendars_read_as_common_era(text: str, start: str, end: str) -> None:
    assert _read(text) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("92年-97年", "2003", "2008"),  # bare Minguo years, as a range of two
        ("108.09-111.06", "2019-09", "2022-06"),  # as forms write them
        ("108/9~111/6", "2019-09", "2022-06"),
        ("108.09-迄今", "2019-09", "present"),
        ("１０８年９月～１１１年６月", "2019-09", "2022-06"),  # full-width digits
    ],
)
def test_minguo_years_in_the_other_ways_taiwanese_cvs_write_them(text: str, start: str, end: str) -> None:
    assert _read(text) == (start, end)


@pytest.mark.parametrize("text", ["工作10年", "20年-30年經驗", "101.5 – 102.3 FM", "108.45–111.20 kg"])
def test_years_of_work_and_decimals_are_no_minguo_dates(text: str) -> None:
    assert find_dates(text) is None


def test_full_width_digits_keep_the_text_as_written() -> None:
    span = find_dates("職位 １０８年９月～１１１年６月")
    assert span is not None and span.text == "１０８年９月～１１１年６月"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("I kw. 2019 – III kw. 2020", "2019", "2020"),
        ("1. Quartal 2019 bis 3. Quartal 2020", "2019", "2020"),
        ("1996년 2분기至1997년 3분기", "1996", "1997"),
        ("T2 1987 - T2 1990", "1987", "1990"),
    ],
)
def test_quarters_from_cldr_read_as_their_years(text: str, start: str, end: str) -> None:
    assert _read(text) == (start, end)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("2014–nüüd", "2014"),
        ("1994–sada", "1994"),
        ("1977~오늘", "1977"),
        ("2011〜재직중", "2011"),
        ("Лист 2003 – дотепер", "2003-11"),
        ("1989 til d.d.", "1989"),
        ("siden 2010", "2010"),
        ("Sejak 2010", "2010"),
        ("2019 alkaen", "2019"),
        ("Curitiba, PR – Início em abril de 2025", "2025-04"),
        ("Started in March 2021", "2021-03"),
    ],
)
def test_words_for_now_and_since_in_more_languages_run_to_present(text: str, start: str) -> None:
    assert _read(text) == (start, "present")


def test_a_us_date_reads_month_first_when_its_day_is_past_twelve() -> None:
    assert _read("3/15/2019 – 4/20/2021") == ("2019-03", "2021-04")


@pytest.mark.parametrize("text", ["€2030", "Budget: 2026 PLN", "ISO 9001:2015", "1971–2966 EUR", "2048 USD"])
def test_amounts_editions_and_number_ranges_are_no_years(text: str) -> None:
    assert find_dates(text) is None


def test_a_role_dated_in_minguo_years_is_read_with_its_dates() -> None:
    roles = read_outline(role_cv("軟體工程師 | 台積電 | 108年9月至111年6月")).roles
    assert [(r.start.value, r.end.value) for r in roles] == [("2019-09", "2022-06")]


def test_the_evaluation_halves_hold_other_languages_and_labelled_dates() -> None:
    tune, report = cases("tune"), cases("report")
    tune_langs = {c.lang for c in tune if c.family in ("month_name", "present")}
    report_langs = {c.lang for c in report if c.family in ("month_name", "present")}
    assert tune_langs and report_langs and not tune_langs & report_langs
    assert tune_langs | report_langs <= set(LANGS)
    assert all(half_of(lang) == "tune" for lang in tune_langs)
    dated = [c for c in tune if c.start is not None]
    assert all(c.end is not None and (c.end == "present" or c.start[:4] <= c.end[:4]) for c in dated)
    assert any(c.start is None for c in report)  # texts with no date to count false positives on


@pytest.mark.parametrize(("text", "year"), [("Summer 2019 - 3 months", "2019"), ("Grade 2 – 2019", "2019")])
def test_a_year_beside_a_small_number_stays_a_year(text: str, year: str) -> None:
    assert _read(text) == (year, year)


@pytest.mark.parametrize("text", ["Leo", "Most", "Momento", "Leo – Software Engineer"])
def test_words_for_now_of_other_languages_end_a_range_only(text: str) -> None:
    assert find_dates(text) is None and leading_ongoing(text) is None


@pytest.mark.parametrize(
    ("text", "start", "end", "read"),
    [
        ("2024春季学期", "2024", "2024", "2024春季学期"),
        ("2023年秋季", "2023", "2023", "2023年秋季"),
        ("2019春季学期-2020秋季学期", "2019", "2020", "2019春季学期-2020秋季学期"),
    ],
)
def test_a_chinese_season_or_term_after_a_year_is_part_of_the_date(text: str, start: str, end: str, read: str) -> None:
    # "2024春季学期<TAB>助教，课程": the spring term is when, not the employer
    span = find_dates(text)
    assert span is not None and (span.start, span.end, span.text) == (start, end, read)
