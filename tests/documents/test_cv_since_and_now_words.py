"""Dates that start a role with no end, or end it "now", as CVs write them in languages beyond the first ones:
"since" before a date (Latvian "kopš", Lithuanian "nuo", Vietnamese "từ", Arabic "منذ", Chinese "自", French "à
partir de") or after it (Hungarian "óta", Turkish "'den beri", Chinese "起", Japanese "から", Korean "부터", Hindi
"से"), and words for now ending a range (Hungarian "jelenleg", Latvian "līdz šim", Vietnamese "hiện tại", Arabic "حتى
الآن", Hebrew "עד היום", Bulgarian "до сега", Estonian "hetkel"). Written from the languages, not from a CV."""

from __future__ import annotations

import pytest

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import named_cv


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("kopš 2019. gada marta", "2019-03"),
        ("kopš 2019", "2019"),
        ("nuo 2019 m. kovo", "2019-03"),
        ("nuo 2019 m.", "2019"),
        ("từ tháng 3 năm 2019", "2019-03"),
        ("kể từ năm 2019", "2019"),
        ("منذ مارس 2019", "2019-03"),
        ("منذ 2019", "2019"),
        ("自2019年3月", "2019-03"),
        ("à partir de mars 2019", "2019-03"),
        ("A partir de março de 2019", "2019-03"),
        ("ab März 2019", "2019-03"),
        ("sinds maart 2019", "2019-03"),
        ("от март 2019", "2019-03"),
        ("від 2019 року", "2019"),
        ("מאז 2019", "2019"),
        ("2019 óta", "2019"),
        ("2019. március óta", "2019-03"),
        ("2019-től", "2019"),
        ("2019'dan beri", "2019"),
        ("Mart 2019’dan itibaren", "2019-03"),
        ("2019年3月起", "2019-03"),
        ("2019年3月以来", "2019-03"),
        ("2019年3月から", "2019-03"),
        ("2019년 3월부터", "2019-03"),
        ("2019 से", "2019"),
        ("2019 lähtien", "2019"),
    ],
)
def test_a_start_with_since_goes_on_to_now(text: str, start: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, "present")


@pytest.mark.parametrize(
    "text",
    [
        "2019 – jelenleg",
        "2019 - napjainkig",
        "2019. márc. – jelenleg",
        "03.2019 – līdz šim",
        "2019 – šobrīd",
        "2019 – iki dabar",
        "2019 – šiuo metu",
        "2019 – hetkel",
        "2019 - hiện tại",
        "03/2019 – nay",
        "2019 – حتى الآن",
        "2019 – الحاضر",
        "2019 – עד היום",
        "2019 – до сега",
        "2019 – до днес",
        "2019 – hadi sasa",
        "2019 – kasalukuyan",
        "2019 – în prezent",
        "2019 – tuttora",
        "2019 – bis dato",
        "2019 – tot heden",
        "2019 – dags dato",
    ],
)
def test_a_word_for_now_ends_the_range(text: str) -> None:
    span = find_dates(text)
    assert span is not None and span.end == "present"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2019년 3월부터 현재까지", "2019-03", "present"),
        ("2019年3月から現在まで", "2019-03", "present"),
        ("2019 إلى 2021", "2019", "2021"),
        ("من 2019 إلى 2021", "2019", "2021"),
    ],
)
def test_the_range_with_words_between_is_read_whole(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2017 - MA Economics", "2017", "2017"),
        ("Cohort 2019 ab", "2019", "2019"),  # German "ab" (from) is not read after any year
        ("2019 – Nayarit Foods", "2019", "2019"),
        ("Jan 2019 – Dato Systems", "2019-01", "2019-01"),  # "bis dato" ends a range, "Dato" alone is a name
    ],
)
def test_a_word_that_only_looks_like_one_is_no_end(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


def test_a_student_of_an_ongoing_course_in_another_language_is_no_post() -> None:
    """Read as a range now ("En Curso" is now in Spanish), an ongoing course under the education heading is still
    studies, not a post: "Estudiante" is a student."""
    data = named_cv(
        ("Experiencia laboral", "Heading 1"),
        ("Reponedor – Almacenes Brisa\tEnero 2023 – Diciembre 2024", None),
        ("Educación", "Heading 1"),
        ("Marzo 2025 – En Curso", None),
        ("Estudiante del Instituto Técnico Profesional Cordillera", None),
    )
    roles = [(r.title.value, r.employer.value, r.end.value) for r in read_outline(data).roles]
    assert roles == [("Reponedor", "Almacenes Brisa", "2024-12")]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2019年三月 - 2020年十一月", "2019-03", "2020-11"),  # months in Chinese numerals
        ("2019年一月至2020年五月", "2019-01", "2020-05"),
        ("2019. gada 15. martā – 2020. gada 20. maijā", "2019-03", "2020-05"),  # Latvian: year, day, month
        ("2019. március 15. – 2020. május 20.", "2019-03", "2020-05"),  # Hungarian: year, month, day
        ("آذار 2019 - أيار 2020", "2019-03", "2020-05"),  # Levantine month names
        ("كانون الثاني 2019 - تشرين الأول 2020", "2019-01", "2020-10"),
        ("جانفي 2019 - جويلية 2020", "2019-01", "2020-07"),  # Maghreb month names
        ("des de 2019", "2019", "present"),  # Catalan "since", not December
        ("des del març de 2019", "2019-03", "present"),
    ],
)
def test_more_date_forms_of_these_languages(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("no 2019. gada marta līdz 2020. gada maijam", "2019-03", "2020-05"),  # Latvian "from ... to ..."
        ("مارس ٢٠١٩ - مايو ٢٠٢٠", "2019-03", "2020-05"),  # Arabic-Indic digits
        ("٢٠١٩ - ٢٠٢٠", "2019", "2020"),
        ("मार्च २०१९ – मई २०२०", "2019-03", "2020-05"),  # Devanagari digits, Hindi months
    ],
)
def test_dates_in_other_digits_and_latvian_from_to(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)
    assert text[span.begin : span.finish] == span.text  # read in place, as written
