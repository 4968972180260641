"""A Chinese CV whose headings are bold ("教育经历", "项目经历", "实习经历", "获奖经历") but for one plain
research heading with a note ("科研经历(#表示共同一作)"): the bold headings after that plain one still head their
own sections, since they wear the dress of the CV's other headings while the plain one wears its own. A line
ending with a Chinese full stop ("。") is a sentence: no heading ("负责工作：文献综述、论文写作工作。") and no
role's title (from a round-38 tune file, a Wuhan statistics student's CV whose internships and awards were read
inside the research section)."""

from __future__ import annotations

from app.documents.cv_lines import read_lines
from app.documents.cv_role_blocks import head_like
from app.documents.cv_structure import read_outline, read_sections
from app.documents.package import DocxPackage
from tests.docx_build import bold_or_plain


def _cv() -> bytes:
    return bold_or_plain(
        ("乔思远", False),
        ("邮箱：noa.haddad@example.org", False),
        ("教育经历", True),
        ("2017.09-2021.06\t\t华中师范大学\t\t统计学本科", True),
        ("项目经历", True),
        ("2018-2019\t\t大学生创新创业计划项目校级立项", True),
        ("负责工作：文献综述、项目讨论、论文写作工作。", False),
        ("科研经历(#表示共同一作，*表示通讯作者)", False),
        ("基于知识图谱与加权贝叶斯机制的刑侦推断模型; 李波,章勇,乔思远*; 数学建模及其应用.", False),
        ("实习经历", True),
        ("2022.12-2024.05\t\t\t拜耳医药保健有限公司", True),
        ("实习工作1：局部直肠癌meta分析：文献数据整合、偏移性分析和亚组分析。", False),
        ("实习工作2：直肠影像分割：使用Basic-Net网络完成直肠影像多分类任务。", False),
        ("2020.9-2020.12\t\t武汉赛捷思科技有限公司\t\t实习小组组长", True),
        ("实习内容：培训课程6次，学习MYSQL与python基本知识。", False),
        ("获奖经历", True),
        ("2023-2024第八届数维杯大学生数学建模挑战赛全国三等奖，负责部分建模工作。", False),
    )


def test_bold_headings_after_a_plain_one_head_their_own_sections() -> None:
    sections, _ = read_sections(read_lines(DocxPackage(_cv())))
    research = "科研经历(#表示共同一作，*表示通讯作者)"
    assert [s.title for s in sections[1:]] == ["教育经历", "项目经历", research, "实习经历", "获奖经历"]


def test_a_sentence_ending_in_a_chinese_full_stop_is_no_title() -> None:
    lines = read_lines(DocxPackage(_cv()))
    sentence = next(x for x in lines if x.text.startswith("实习工作2"))
    assert not head_like(sentence)
    roles = [(r.title.value, r.employer.value) for r in read_outline(_cv()).roles]
    assert ("", "拜耳医药保健有限公司") in roles and ("实习小组组长", "武汉赛捷思科技有限公司") in roles
