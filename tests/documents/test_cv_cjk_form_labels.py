"""A role written as a form in Chinese, Japanese or Korean: "时间：2025/2/7——至今", "公司：…", "职位：…" (from round 36
part d's tune file, a furniture maker's product specialist) are the dates, the employer and the title, as "Period:",
"Company:" and "Position:" are in a European form."""

from __future__ import annotations

import pytest

from app.documents.cv_forms import labelled
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("时间：2025/2/7——至今", "dates"),
        ("在职时间：2019.07-2021.03", "dates"),
        ("公司：广东精一家具股份有限公司", "employer"),
        ("工作单位：华为技术有限公司", "employer"),
        ("职位：产品专员", "title"),
        ("会社名：株式会社テスト", "employer"),
        ("직위：선임 연구원", "title"),
        ("회사명：삼성전자", "employer"),
    ],
)
def test_cjk_labels_name_a_roles_fields(line: str, field: str) -> None:
    read = labelled(line)
    assert read is not None and read[0] == field


def test_duties_and_other_cjk_labels_name_no_field() -> None:
    assert labelled("工作内容：负责数据分析") is None
    assert labelled("籍贯：陕西咸阳") is None


def test_a_chinese_form_role_is_read_from_its_labels() -> None:
    data = docx_bytes(
        ("林若溪", "Title"),
        ("联系电话：13204094781", None),
        ("工作经历", "Heading 1"),
        ("时间：2025/2/7——至今", None),
        ("公司：广东精一家具股份有限公司", None),
        ("职位：产品专员", None),
        ("工作内容：负责海外部门的月度产品数据销售情况分析", None),
        ("时间：2023/7/1——2025/1/31", None),
        ("公司：苏州数联科技有限公司", None),
        ("职位：数据分析助理", None),
    )
    roles = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]
    assert roles == [
        ("产品专员", "广东精一家具股份有限公司", "2025-02", "present"),
        ("数据分析助理", "苏州数联科技有限公司", "2023-07", "2025-01"),
    ]


def test_a_short_chinese_cv_is_read_as_text_not_as_a_picture() -> None:
    """Chinese puts no spaces between words: a one-page CV of a few lines has few spaces, and still has text."""
    data = docx_bytes(
        ("林若溪", "Title"),
        ("工作经历", "Heading 1"),
        ("2023.07-至今 苏州数联科技有限公司 数据分析助理", None),
        ("负责销售数据的统计与分析报告", "List Bullet"),
    )
    outline = read_outline(data)
    assert outline.has_text and outline.roles


def test_work_overview_heads_the_roles_in_chinese() -> None:
    """ "工作概况" ("work overview", round 36 part a's Huawei engineer) heads his posts as "工作经历" does."""
    data = docx_bytes(
        ("高子轩", "Title"),
        ("(+86)19566953489", None),
        ("在校荣誉", None),
        ("2016全国大学生数学建模大赛，福建省一等奖", None),
        ("工作概况", None),
        ("华为技术有限公司\t防火墙开发部 研发\t2018/7-至今", None),
        ("根据RFC6296设计基于IPV6的NAT转发，并且适配会话表查找、显示及双机同步", "List Bullet"),
    )
    roles = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]
    assert roles == [("防火墙开发部 研发", "华为技术有限公司", "2018-07", "present")]
