"""Dates labelled as a project's ("项目时间：2020/12-2021/2", "프로젝트 기간:") date a project carried out in a
role, not a role of their own (from round 41's merge, a tune file: a Beijing data-mining engineer's Chinese résumé
whose projects under each employer were read as nine more roles)."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import bold_or_plain


def _titles(data: bytes) -> list[tuple[str, str, str | None]]:
    return [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]


def test_projects_dated_by_a_chinese_label_are_no_roles() -> None:
    data = bold_or_plain(
        ("个人简历", True),
        ("姓名：韩舒\t\t性别：男", False),
        ("电话：19544113559\t\t邮箱：sasha.kowalski@example.org", False),
        ("工作经历", True),
        ("北京睿至大数据有限公司      数据分析\t\t2020年5月 – 2021年2月", True),
        ("项目名称：文本分析企业特征归因", True),
        ("项目时间：2020/12-2021/2", False),
        ("1.运行环境的搭建，文本分析以及算法模型选择。", False),
        ("北京博晟科技发展有限公司      数据分析\t\t2018年5月 – 2020年4月", True),
        ("项目名称：一键自动化数据分析报告", True),
        ("项目时间：2019/7-2019/9", False),
        ("2.数据清洗，缺失值、异常值、重复值处理。", False),
    )
    assert _titles(data) == [
        ("数据分析", "北京睿至大数据有限公司", "2020-05"),
        ("数据分析", "北京博晟科技发展有限公司", "2018-05"),
    ]
