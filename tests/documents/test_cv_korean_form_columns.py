"""A Korean application form (입사지원서, from round 46 part n's tune file) sets its experience out as a table whose
header row names its columns, "활동기간 | 소속 | 담당 | 경험 및 습득역량" (period, affiliation, post, what was
learnt): the affiliation is the employer and the post the title, whichever comes first. Korean column names are
matched as Chinese and Japanese ones are, in the folded text (folding takes Hangul syllables apart into letters).
Its date of birth (생년월일) dates no role."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import heading_kind
from tests.docx_build import add_rows, saved


def _cv(rows: list[list[str]], details: list[list[str]] | None = None) -> bytes:
    d = docx.Document()
    d.add_paragraph("입사지원서")
    if details:
        add_rows(d, details)
    d.add_paragraph("박서윤  seo.park@example.org  010-1234-5678")
    d.add_paragraph("▢ 주요활동 및 사회경험")
    add_rows(d, rows)
    d.add_paragraph("▢ 보유기술")
    d.add_paragraph("HTML, CSS, JavaScript, Java, Spring, Oracle 데이터베이스 설계와 웹 서비스 기획 경험")
    return saved(d)


ROWS = [
    ["활동기간", "소속", "담당", "경험 및 습득역량"],
    ["2016.06 ~ 2018.06", "이모션글로벌", "웹/앱 기획", "대기업 프로젝트에 기획자로 참여"],
    ["2019.05 ~ 2020.05", "코이카", "일반봉사단", "에콰도르에서 공공행정분야 봉사활동 수행"],
]


def test_the_affiliation_column_is_the_employer_and_the_post_column_the_title() -> None:
    roles = read_outline(_cv(ROWS)).roles
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles] == [
        ("웹/앱 기획", "이모션글로벌", "2016-06", "2018-06"),
        ("일반봉사단", "코이카", "2019-05", "2020-05"),
    ]


def test_a_date_of_birth_in_the_details_form_dates_no_role() -> None:
    details = [["성명", "박서윤", "성별", "여성"], ["생년월일", "1990년 03월 14일", "나이", "32세"]]
    roles = read_outline(_cv(ROWS, details)).roles
    assert all(r.start.value != "1990-03" for r in roles)


def test_the_forms_other_headings_name_their_sections() -> None:
    # in the tune file, the awards and projects tables under these headings were read as roles (eight extra)
    kinds = [
        heading_kind(h) for h in ("▢ 수상내역", "▢ 참여프로젝트", "▢ 교육이수내역", "▢ 주요활동 및 사회경험(해외연수)")
    ]
    assert kinds == ["certifications", "projects", "education", "experience"]
