"""Korean posts and organisations tell a Korean role line's title from its employer.

Found by reading made-up Korean CVs (not from a corpus file): in "2018.03 – 현재<TAB>서울아산병원<TAB>간호사" the
hospital was read as the title and the nurse's post as the employer, since the Chinese role and organisation words
match no Hangul. Korean writes spaces between words: a post's noun is a word of its own ("간호사", "마케팅팀 대리"), an
organisation's word ends a name written as one word ("서울아산병원", "해운대고등학교", "한국전자통신연구원"; never the
whole word, "연구원" alone is a researcher), and "㈜" or "(주)" marks a company.
"""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import org_score, role_score
from tests.docx_build import saved


def _cv(*lines: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("김지은", style="Title")
    d.add_paragraph("jieun.kim@example.org")
    d.add_paragraph("경력", style="Heading 1")
    for text in lines:
        if text.endswith("."):
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph().add_run(text).bold = True
    d.add_paragraph("어학", style="Heading 1")
    d.add_paragraph("한국어(모국어), 영어(비즈니스 회화 가능), 일본어(기초 수준의 읽기와 쓰기).")
    return saved(d)


def _read(data: bytes) -> list[tuple[str, str, str]]:
    return [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]


@pytest.mark.parametrize("post", ["간호사", "마케팅팀 대리", "보육교사", "연구원", "선임연구원"])
def test_a_korean_post_is_a_title(post: str) -> None:
    assert role_score(post) >= 1 and org_score(post) == 0


@pytest.mark.parametrize(
    "name", ["서울아산병원", "부산 해운대고등학교", "한국전자통신연구원", "㈜한빛소프트", "(주)우리회계법인"]
)
def test_a_korean_organisation_is_an_employer(name: str) -> None:
    assert org_score(name) >= 1 and role_score(name) == 0


def test_korean_dates_then_hospital_then_post_read_the_post_as_title() -> None:
    data = _cv(
        "2018.03 – 현재\t서울아산병원\t간호사",
        "내과 병동 환자 간호 및 투약 관리.",
        "2014.03 – 2018.02\t삼성서울병원\t간호사",
        "응급실 환자 분류 및 처치 보조.",
    )
    assert _read(data) == [("간호사", "서울아산병원", "2018-03"), ("간호사", "삼성서울병원", "2014-03")]


def test_korean_company_then_post_with_pipes() -> None:
    data = _cv(
        "㈜한빛소프트 | 마케팅팀 대리 | 2019.01 ~ 재직중",
        "온라인 광고 캠페인 기획 및 운영.",
        "부산 해운대고등학교 | 교사 | 2015.03 ~ 2018.12",
        "영어 과목 수업 및 학급 담임.",
    )
    assert _read(data) == [("마케팅팀 대리", "㈜한빛소프트", "2019-01"), ("교사", "부산 해운대고등학교", "2015-03")]


def test_a_korean_employer_line_over_the_post_and_dates() -> None:
    data = _cv(
        "부산대학교병원",
        "간호사 | 2019년 3월 ~ 현재",
        "중환자실 환자 간호.",
        "동아대학교병원",
        "간호사 | 2015년 2월 ~ 2019년 2월",
        "외과 병동 근무.",
    )
    assert _read(data) == [("간호사", "부산대학교병원", "2019-03"), ("간호사", "동아대학교병원", "2015-02")]
