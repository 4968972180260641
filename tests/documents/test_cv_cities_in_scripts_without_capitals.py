"""Big cities written in scripts with no capitals are places: "大阪", "北京", "서울", "جدة".

The international role set's fresh seeds (even seeds 1800 to 2398 of `bench/bench_cv_roles_intl.py`) found CVs with
"Employer, City<TAB>dates" over the post held there: in Japanese and Arabic the city was not known as a place, so the
employer's line was read as a title and an employer, and the post under it as a role of its own (two roles for each
one). GeoNames' alternate names of cities of 500,000 people or more are now read in Japanese kana, Chinese
characters, Hangul and Arabic, as they already were in Cyrillic. International fresh seeds: 1385 → 1392 of 1452,
extra roles 86 → 74. The CVs below are made up."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_places import is_city
from app.documents.cv_structure import read_outline
from tests.docx_build import saved


@pytest.mark.parametrize("city", ["大阪", "東京", "北京", "上海", "서울", "부산", "جدة", "الرياض"])
def test_a_big_city_in_a_script_with_no_capitals_is_a_city(city: str) -> None:
    assert is_city(city)


@pytest.mark.parametrize("word", ["経理", "営業", "数据", "会社", "회사", "محاسب"])
def test_a_word_of_those_scripts_is_no_city(word: str) -> None:
    assert not is_city(word)


def _cv(heading: str, rows: list[tuple[str, str, str, str]]) -> bytes:
    d = docx.Document()
    d.add_paragraph().add_run("職務経歴書").bold = True
    d.add_paragraph("090-1234-5678 · yumi@example.jp")
    d.add_paragraph().add_run(heading).bold = True
    for employer, city, dates, post in rows:
        d.add_paragraph(f"{employer}, {city}\t{dates}")
        d.add_paragraph(f"{post} ({dates})")
    return saved(d)


def _read(data: bytes) -> list[tuple[str, str, str, str, str]]:
    return [
        (r.title.value, r.employer.value, r.place.value, r.start.value, r.end.value) for r in read_outline(data).roles
    ]


def test_japanese_employer_and_city_over_its_post_is_one_role() -> None:
    rows = [
        ("株式会社ローソン", "大阪", "2022/08 - 現在に至る", "販売スタッフ"),
        ("株式会社NTTデータ", "東京", "2019/04 - 2022/05", "営業"),
    ]
    assert _read(_cv("職務経歴", rows)) == [
        ("販売スタッフ", "株式会社ローソン", "大阪", "2022-08", "present"),
        ("営業", "株式会社NTTデータ", "東京", "2019-04", "2022-05"),
    ]


def test_arabic_employer_and_city_over_its_post_is_one_role() -> None:
    rows = [
        ("البنك الأهلي السعودي", "جدة", "يناير 2017 – نوفمبر 2018", "محاسب"),
        ("شركة أرامكو السعودية", "الرياض", "مايو 2014 – يوليو 2016", "محاسب"),
    ]
    assert _read(_cv("الخبرات العملية", rows)) == [
        ("محاسب", "البنك الأهلي السعودي", "جدة", "2017-01", "2018-11"),
        ("محاسب", "شركة أرامكو السعودية", "الرياض", "2014-05", "2016-07"),
    ]
