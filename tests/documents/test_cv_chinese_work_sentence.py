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


def test_projects_told_in_chinese_sentences_under_their_own_headings_are_no_roles() -> None:
    """Project headings dressed as sub-headings under "项目经历", each over its dates and sentences of what was done
    ("配合航天五院科研任务，开发一套…软件；"): a word in a sentence ("开发", development) names no post (round 36 part
    d's tune file, a Xiaomi intern)."""
    data = docx_bytes(
        ("许文博", "Title"),
        ("sasha.brennan@example.org", None),
        ("工作经历", "Heading 1"),
        ("小米-人工智能与云平台-AI平台，北京 - 软件开发实习生", "Heading 2"),
        ("2018 年 12 月 - 至今", None),
        ("参与机器翻译/NLP应用的相关工作，目前主要工作内容集中在小语种-中文互译方面；", "List Bullet"),
        ("项目经历", "Heading 1"),
        ("空间飞行器在轨聚合与变形重构技术研究", "Heading 2"),
        ("2018 年 03 月 - 至今", None),
        ("配合航天五院科研任务，开发一套针对空间机器人的建模仿真软件；", "List Bullet"),
        ("目前完成简单机械臂的软件建模与仿真，在此基础上，针对项目中的智能控制问题撰写论文；", "List Bullet"),
        ("通用解析/图像算法软件开发", "Heading 2"),
        ("2016 年 12 月 - 2017 年 07 月", None),
        ("配合航天二院科研任务，开发了面向导弹设计人员的数据解算软件与图像处理软件；", "List Bullet"),
    )
    roles = [(r.title.value, r.start.value) for r in read_outline(data).roles]
    assert roles == [("软件开发实习生", "2018-12")]
