"""A Chinese CV that tells its work in sentences and keeps its form of details in a sidebar read after the body
(from round 36 part a's tune file, a Henan back-end developer): "2018-11至2019-4在探知科技担任后端开发人员，…"
names the dates, the employer after 在 (at) and the title after 担任 (served as); "姓    名：马俊", its label spaced
out, names the seeker wherever the reading order puts the sidebar."""

from __future__ import annotations

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes

WORK = [
    ("工作经验", "Heading 1"),
    ("2018-11至2019-4在探知科技担任后端开发人员，进行评审通项目整体架构的搭建，实现登陆注册模块", "List Bullet"),
]
EDUCATION = [("教育经历", "Heading 1"), ("信息工程\t河南科技学院（本科）\t2014.09-2018.06", None)]
DETAILS = [("姓    名：\t马俊", None), ("年    龄：\t24", None), ("手机:\t15062042441", None)]


def test_a_month_written_with_one_digit_after_a_dash_ends_the_range_against_chinese_words() -> None:
    span = find_dates("2018-11至2019-4在探知科技担任后端开发人员")
    assert span is not None and (span.start, span.end) == ("2018-11", "2019-04")


def test_a_year_and_a_digit_after_a_dash_alone_are_no_month() -> None:
    span = find_dates("Acme 2014-5")
    assert span is None or span.end != "2014-05"


def test_the_employer_after_zai_and_the_title_after_danren_are_read() -> None:
    roles = read_outline(docx_bytes(("个人简历", None), *WORK, *EDUCATION, *DETAILS)).roles
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles] == [
        ("后端开发人员", "探知科技", "2018-11", "2019-04")
    ]


def test_a_spaced_name_label_after_the_education_block_names_the_seeker() -> None:
    outline = read_outline(docx_bytes(("个人简历", None), *WORK, *EDUCATION, ("PERSONAL RESUME", None), *DETAILS))
    assert outline.name.value == "马俊"
