"""A Chinese student's CV keeps its volunteering and the posts held at university under "社会实践" or
"社会服务与实践经历" (social practice), one line each: the dates, then the organisation and the post written together
with no mark between them ("…后勤保障处志愿者"), or a sentence that opens "担任" (served as) and may name a course in
book-title marks between the two ("担任华中师范大学公共课《概率论》助教").

The heading was not read (its roles went to the awards above it, unread), and a line that was read gave the whole of
it as the title. Found on a real tune-half CV (2 → 7 of 7 roles); the CV below is made up.
"""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import cjk_org_then_post, heading_kind
from tests.docx_build import saved

# (line, title, employer, start, end)
PRACTICE = [
    ("2019年10月\t\t第十届全国运动会竞赛组织处志愿者", "志愿者", "第十届全国运动会竞赛组织处", "2019-10", "2019-10"),
    ("2021年3月-6月\t\t担任南京大学公共课《线性代数》助教", "助教", "南京大学", "2021-03", "2021-06"),
    (
        "2022年9月-至今\t\t担任南京大学图书馆助管，负责图书整理与借阅登记。",
        "助管",
        "南京大学图书馆",
        "2022-09",
        "present",
    ),
]


def _cv(heading: str) -> bytes:
    d = docx.Document()
    d.add_paragraph().add_run("李明远").bold = True
    d.add_paragraph("邮箱：mingyuan.li@example.cn\t电话：138-0000-1234")
    d.add_paragraph().add_run("教育经历").bold = True
    d.add_paragraph().add_run("2019.09-2023.06\t\t南京大学\t\t计算机科学与技术\t\t本科").bold = True
    d.add_paragraph().add_run("获奖经历").bold = True
    d.add_paragraph("2021年全国大学生数学建模竞赛江苏省一等奖，负责建模工作。", style="List Bullet")
    d.add_paragraph("2022年蓝桥杯程序设计大赛省二等奖。", style="List Bullet")
    d.add_paragraph().add_run(heading).bold = True
    for line, *_ in PRACTICE:
        d.add_paragraph(line, style="List Bullet")
    d.add_paragraph().add_run("专业技能").bold = True
    d.add_paragraph("熟悉Python、Java，了解MySQL。")
    return saved(d)


@pytest.mark.parametrize("heading", ["社会实践", "社会服务与实践经历", "实践经历", "社团经历", "学生工作"])
def test_a_chinese_social_practice_heading_opens_a_section_of_roles(heading: str) -> None:
    assert heading_kind(heading) == "volunteering"
    out = read_outline(_cv(heading))
    read = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in out.roles]
    assert read == [(t, e, s, end) for _, t, e, s, end in PRACTICE]


def test_time_at_university_is_no_section_of_roles() -> None:
    # "在校经历" lists contests as often as posts: its lines are read as posts only where they name one
    assert heading_kind("在校经历") != "volunteering"


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("第七届世界军人运动会后勤保障处志愿者", ("第七届世界军人运动会后勤保障处", "志愿者")),
        ("腾讯科技有限公司产品经理", ("腾讯科技有限公司", "产品经理")),
        ("华中师范大学公共课《概率论》助教", ("华中师范大学", "助教")),
        ("数学与统计学学院《数理统计》助教", ("数学与统计学学院", "助教")),
    ],
)
def test_a_chinese_organisation_written_before_its_post_is_parted_from_it(text: str, parts: tuple[str, str]) -> None:
    assert cjk_org_then_post(text) == parts


@pytest.mark.parametrize(
    "text",
    [
        "市场营销部经理",  # a department is part of the post's name
        "软件开发工程师",  # a post alone
        "大学生志愿者",  # too short to be an organisation's name
        "北京大学",  # an organisation alone
        "新人教育を担当",  # a Japanese phrase of what was done
    ],
)
def test_a_post_alone_or_with_its_department_is_not_parted(text: str) -> None:
    assert cjk_org_then_post(text) is None
