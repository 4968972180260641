"""A Chinese post and a Chinese organisation are told apart by the word that ends each.

Found by reading made-up Chinese CVs (not from a corpus file): "永辉超市 | 收银员 | 2019.03 – 至今" and
"成都锦江宾馆  厨师" read with the supermarket and the hotel as titles and the posts as employers, since the reader
knew posts and organisations only by a short list of words found anywhere in a name ("工程师", "公司"), and cashiers,
cooks, nurses, lawyers, supermarkets, hotels, firms and factories were not among them. Chinese puts a name's head
last: a post ends in a word or character of posts (员, 师, 长, 士, 生, 经理, 代表, 会计 ...), an organisation in one
of organisations (超市, 宾馆, 事务所, 厂, 局, 店 ...), and the longer ending decides where both fit ("前台" is a post).
"""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import org_score, role_score
from tests.docx_build import saved


def _cv(*lines: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("王芳", style="Title")
    d.add_paragraph("wangfang@example.org")
    d.add_paragraph("工作经历", style="Heading 1")
    for text in lines:
        if text.endswith("。"):
            d.add_paragraph(text, style="List Bullet")
        else:
            d.add_paragraph().add_run(text).bold = True
    d.add_paragraph("语言能力", style="Heading 1")
    d.add_paragraph("普通话（母语），英语（大学英语六级，能够流利地阅读和书写专业文件），粤语（日常交流）。")
    return saved(d)


def _read(data: bytes) -> list[tuple[str, str, str, str]]:
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]


@pytest.mark.parametrize("post", ["收银员", "厨师", "护士", "会计", "销售代表", "店长", "前台", "律师", "電工"])
def test_a_chinese_post_ends_in_a_word_of_posts(post: str) -> None:
    assert role_score(post) >= 1 and org_score(post) == 0


@pytest.mark.parametrize(
    "name", ["永辉超市", "成都锦江宾馆", "立信会计师事务所", "东莞长安电子厂", "海底捞火锅（春熙路店）", "苏州市人社局"]
)
def test_a_chinese_organisation_ends_in_a_word_of_organisations(name: str) -> None:
    assert org_score(name) >= 1 and role_score(name) == 0


def test_a_post_ending_in_its_own_word_is_no_organisation_for_the_firm_named_inside_it() -> None:
    assert org_score("腾讯科技产品经理") == 0 and role_score("腾讯科技产品经理") >= 1


def test_a_degree_is_no_post() -> None:
    assert role_score("物理学 博士") == 0


def test_supermarket_then_cashier_with_pipes() -> None:
    data = _cv(
        "永辉超市 | 收银员 | 2019.03 – 至今",
        "负责收银和顾客服务。",
        "华润万家 | 理货员 | 2016.07 – 2019.02",
        "负责货架整理。",
    )
    assert _read(data) == [("收银员", "永辉超市", "2019-03", "present"), ("理货员", "华润万家", "2016-07", "2019-02")]


def test_hotel_then_cook_under_the_dates() -> None:
    data = _cv("2018.09 – 2021.06", "成都锦江宾馆  厨师", "负责川菜制作。")
    assert _read(data) == [("厨师", "成都锦江宾馆", "2018-09", "2021-06")]


def test_dates_firm_and_post_on_one_line() -> None:
    data = _cv(
        "2016.04 – 至今  北京金杜律师事务所  律师",
        "负责公司并购业务。",
        "2013.07 – 2016.03  海底捞火锅（春熙路店）  服务员",
        "负责点餐与服务。",
    )
    assert _read(data) == [
        ("律师", "北京金杜律师事务所", "2016-04", "present"),
        ("服务员", "海底捞火锅（春熙路店）", "2013-07", "2016-03"),
    ]
