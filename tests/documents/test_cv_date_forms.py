"""Date forms CVs write, read by `find_dates` and, in small documents, as the dates of a role."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes, role_cv, saved


def _dates(data: bytes) -> list[tuple[str, str]]:
    return [(r.start.value, r.end.value) for r in read_outline(data).roles]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("06/2019 - 08/2019", "2019-06", "2019-08"),
        ("2019/06 – 2019/08", "2019-06", "2019-08"),
        ("1/2019–3/2020", "2019-01", "2020-03"),
        ("2019-06 – 2020-08", "2019-06", "2020-08"),
        ("12.03.2019 – 30.06.2020", "2019-03", "2020-06"),
        ("Jun. '19 – Aug. '19", "2019-06", "2019-08"),
        ("Oct 2020 – Mar. 2021", "2020-10", "2021-03"),
        ("Apr–Jun 2021", "2021-04", "2021-06"),
        ("Summer 2019 – Fall 2020", "2019", "2020"),
        ("Fall 2018–Spring 2019", "2018", "2019"),
        ("[2018 – 2020]", "2018", "2020"),
        ("2019 ― 2020", "2019", "2020"),
        ("Spring '19 – Fall '20", "2019", "2020"),
        ("June of 2019 – May of 2020", "2019-06", "2020-05"),
        ("2019/2020", "2019", "2020"),
    ],
)
def test_numeric_named_and_seasonal_ranges_give_start_and_end(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("2017 – present (part-time)", "2017"),
        ("2015 to date", "2015"),
        ("2019-current", "2019"),
        ("Since 2018", "2018"),
        ("Jan 2019 — Ongoing", "2019-01"),
        ("2010 - till now", "2010"),
        ("2018 – nowadays", "2018"),
        ("Mar 2016 – up to now", "2016-03"),
        ("Jan 2016 - dzisiaj", "2016-01"),
        ("Sep 2018 – to the present", "2018-09"),
        ("2019 – continuing", "2019"),
        ("2018 – à ce jour", "2018"),
        ("Jan 2019 – hasta la fecha", "2019-01"),
        ("dal 2018", "2018"),
        ("vanaf 2018", "2018"),
    ],
)
def test_words_for_now_end_a_range_at_present(text: str, start: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, "present")


@pytest.mark.parametrize(
    ("text", "start"),
    [("(10.2014-…)", "2014-10"), ("2014 - ...", "2014"), ("Mar 2019 – ?", "2019-03"), ("2018 –", "2018")],
)
def test_a_start_with_a_dash_and_no_end_runs_to_present(text: str, start: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, "present")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("ene 2019 – dic 2020", "2019-01", "2020-12"),
        ("abr. 2019 - ago. 2020", "2019-04", "2020-08"),
        ("janv. 2019 – févr. 2020", "2019-01", "2020-02"),
        ("avr 2019 – juil 2020", "2019-04", "2020-07"),
        ("Mär 2019 – Okt 2020", "2019-03", "2020-10"),
        ("Okt. 2019 – Dez. 2020", "2019-10", "2020-12"),
        ("mei 2019 – mrt 2020", "2019-05", "2020-03"),
        ("mag 2019 – giu 2020", "2019-05", "2020-06"),
        ("lug 2019 – set 2020", "2019-07", "2020-09"),
        ("gen 2019 – ott 2020", "2019-01", "2020-10"),
    ],
)
def test_month_abbreviations_of_other_languages_are_months(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("de 2019 à 2020", "2019", "2020"),
        ("Mayo a Junio 2019", "2019-05", "2019-06"),
        ("2019 al 2020", "2019", "2020"),
        ("2016 tot 2018", "2016", "2018"),
        ("2018 do 2020", "2018", "2020"),
    ],
)
def test_the_word_for_to_in_other_languages_joins_a_range(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


def test_two_full_years_far_apart_across_a_slash_are_no_academic_year() -> None:
    assert find_dates("2019/2025") is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("2018 – 2019 | 2020 – 2021", "2018", "2021"), ("2015–2017; 2018–2019", "2015", "2019")],
)
def test_two_spells_of_one_role_run_from_the_first_start_to_the_last_end(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


def test_a_single_year_with_a_duration_is_that_year() -> None:
    span = find_dates("2019 (6 months)")
    assert span is not None and (span.start, span.end) == ("2019", "2019")


def test_an_open_end_with_an_ellipsis_dates_a_role_to_present() -> None:
    data = docx_bytes(
        ("Robin Okafor", "Title"),
        ("robin.okafor@example.org", None),
        ("Work Experience", "Heading 1"),
        ("Product Development Engineer, Contoso", None),
        ("(10.2014-…)", None),
        ("Built the firmware of a controller.", "List Bullet"),
        ("Software Engineer, Northwind", None),
        ("(06.2013 - 09.2014)", None),
        ("Wrote the test harness.", "List Bullet"),
    )
    assert _dates(data) == [("2014-10", "present"), ("2013-06", "2014-09")]


def test_spells_split_by_a_bar_date_one_role() -> None:
    data = docx_bytes(
        ("Robin Okafor", "Title"),
        ("robin.okafor@example.org", None),
        ("Experience", "Heading 1"),
        ("Teaching Assistant, Tasman University\t2018 – 2019 | 2020 – 2021", None),
        ("Ran the weekly tutorials.", "List Bullet"),
        ("Research Intern, Northwind Labs\t2017 – 2018", None),
        ("Wrote a SAT solver.", "List Bullet"),
    )
    assert _dates(data) == [("2018", "2021"), ("2017", "2018")]


def test_a_range_in_another_language_dates_a_role() -> None:
    data = docx_bytes(
        ("Robin Okafor", "Title"),
        ("robin.okafor@example.org", None),
        ("Experiencia", "Heading 1"),
        ("Ingeniera de datos, Contoso\tabr. 2019 – ago. 2020", None),
        ("Diseñó el almacén de datos.", "List Bullet"),
        ("Analista, Northwind\tene 2017 – mar 2019", None),
        ("Informes mensuales.", "List Bullet"),
    )
    assert _dates(data) == [("2019-04", "2020-08"), ("2017-01", "2019-03")]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Jan 2018\tMar 2020\tEngineer", "2018-01", "2020-03"),
        ("Engineer\tContoso\t2018\t2020", "2018", "2020"),
        ("Engineer\t2018\tPresent", "2018", "present"),
    ],
)
def test_a_start_and_an_end_in_two_cells_side_by_side_are_a_range(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


def test_an_end_cell_before_its_start_makes_no_range() -> None:
    span = find_dates("2020\t2018")
    assert span is not None and span.single


def test_a_from_and_a_to_column_of_a_table_date_each_role() -> None:
    d = docx.Document()
    d.add_paragraph("Robin Okafor", style="Title")
    d.add_paragraph("robin.okafor@example.org")
    d.add_paragraph("Employment", style="Heading 1")
    table = d.add_table(rows=2, cols=4)
    for row, cells in zip(
        table.rows,
        [("Jan 2018", "Mar 2020", "Data Engineer", "Contoso"), ("Jun 2015", "Dec 2017", "Analyst", "Northwind")],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    assert _dates(saved(d)) == [("2018-01", "2020-03"), ("2015-06", "2017-12")]


def test_a_range_whose_end_wraps_to_the_next_line_keeps_its_end() -> None:
    data = docx_bytes(
        ("Robin Okafor", "Title"),
        ("robin.okafor@example.org", None),
        ("Experience", "Heading 1"),
        ("Data Engineer, Contoso, Wellington, Jan 2016 –", None),
        ("Aug 2017", None),
        ("Built the data warehouse.", "List Bullet"),
        ("Analyst, Northwind, Auckland, 2013 – 2015", None),
        ("Wrote the monthly reports.", "List Bullet"),
    )
    assert _dates(data) == [("2016-01", "2017-08"), ("2013", "2015")]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("(September 2014 – Expected June 2018)", "2014-09", "2018-06"),
        ("Sep 2021 – exp. May 2025", "2021-09", "2025-05"),
    ],
)
def test_an_expected_end_is_the_end(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("January 15 – March 15, 2019", "2019-01", "2019-03"),
        ("June 3 – August 28, 2019", "2019-06", "2019-08"),
    ],
)
def test_days_before_the_dash_keep_the_start_month(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("1/10/13 - 31/12/13", "2013-10", "2013-12"),  # a day past 12 second: the day first
        ("3/15/19 – 6/30/20", "2019-03", "2020-06"),  # a day past 12 first: the month first
    ],
)
def test_full_dates_with_two_digit_years_give_their_months(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


def test_full_dates_that_do_not_tell_day_from_month_are_no_range() -> None:
    assert find_dates("1/2/19 - 3/4/20") is None


def test_years_leading_a_role_line_take_the_months_the_brackets_give_for_them() -> None:
    span = find_dates("2017-2019, Postdoctoral Fellow, Max Planck Institute, Jena (1/9/17-31/8/19).")
    assert span is not None
    assert (span.start, span.end, span.text) == ("2017-09", "2019-08", "2017-2019")
    single = find_dates("2015, Research Technician, LabEx CORAIL (1/1/15 - 31/12/15).")
    assert single is not None
    assert (single.start, single.end, single.text) == ("2015-01", "2015-12", "2015")


def test_months_in_brackets_for_part_of_the_years_do_not_date_the_role() -> None:
    span = find_dates("2019 – 2021, Engineer, Acme Ltd (seconded Jan 2020 – Mar 2020)")
    assert span is not None and (span.start, span.end) == ("2019", "2021")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("9/28/1983 to 5/4/1989", "1983-09", "1989-05"),
        ("1/13/2000 — 11/1/2005", "2000-01", "2005-11"),
        ("28/09/1983 - 05/04/1989", "1983-09", "1989-04"),
    ],
)
def test_one_side_written_month_first_beyond_doubt_says_how_the_other_is_written(
    text: str, start: str, end: str
) -> None:
    span = find_dates(text)
    assert span is not None
    assert (span.start, span.end) == (start, end)


def test_a_cv_that_writes_one_date_month_first_reads_its_doubtful_dates_so() -> None:
    lines = (
        "Operations Manager, Northwind Logistics, 9/28/2019 – Present",
        "Shift Supervisor, Contoso Retail, 12/8/2016 – 1/7/2019",
    )
    roles = read_outline(role_cv(*lines)).roles
    assert [(r.start.value, r.end.value, r.dates_text) for r in roles] == [
        ("2019-09", "present", "9/28/2019 – Present"),
        ("2016-12", "2019-01", "12/8/2016 – 1/7/2019"),
    ]


def test_a_cv_that_writes_its_dates_day_first_keeps_them_so() -> None:
    lines = (
        "Operations Manager, Northwind Logistics, 28/9/2019 – Present",
        "Shift Supervisor, Contoso Retail, 12/8/2016 – 1/7/2019",
    )
    roles = read_outline(role_cv(*lines)).roles
    assert [(r.start.value, r.end.value) for r in roles] == [("2019-09", "present"), ("2016-08", "2019-07")]


def test_two_spells_on_one_line_of_a_month_first_cv_keep_each_their_own_dates() -> None:
    lines = (
        "Operations Manager, Northwind Logistics, 9/28/2019 – Present",
        "Shift Supervisor, Contoso Retail, 12/8/2014 – 1/7/2015; 3/2/2016 – 5/6/2017",
    )
    spells = [
        (r.start.value, r.end.value) for r in read_outline(role_cv(*lines)).roles if r.title.value != lines[0][:18]
    ]
    assert len(set(spells)) == 2


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Software Engineer 2\t\t\tAugust 2020 – September 2021", "August 2020 – September 2021"),
        ("SDE-2\tDecember 2022 – Present", "December 2022 – Present"),
    ],
)
def test_a_number_closing_the_title_before_a_tab_is_no_day_of_the_month(text: str, shown: str) -> None:
    span = find_dates(text)
    assert span is not None and span.text == shown


def test_a_day_spaced_from_its_month_is_still_read() -> None:
    span = find_dates("15 March 2019 – 2 May 2020")
    assert span is not None
    assert (span.text, span.start, span.end) == ("15 March 2019 – 2 May 2020", "2019-03", "2020-05")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("(06 – 08.2018)", "2018-06", "2018-08"),
        ("06.–08.2018", "2018-06", "2018-08"),
        ("3 - 5/2019", "2019-03", "2019-05"),
    ],
)
def test_two_months_of_one_year_written_once_are_a_range(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end, span.single) == (start, end, False)


def test_an_unspaced_day_and_month_stays_one_date() -> None:
    span = find_dates("06-08/2018")
    assert span is not None and (span.start, span.end) == ("2018-08", "2018-08")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("August 17,2020 – Present", "2020-08", "present"),
        ("May 3,2019 - June 4,2020", "2019-05", "2020-06"),
    ],
)
def test_a_day_whose_comma_is_unspaced_from_the_year_keeps_its_month(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)
