"""A Chinese form names the post by "职称" (professional title) as often as by "职位" (position): "职称：前端开发工程师"
under "时间：2019-09至 2020-04" and "公司名称： 广州企成信息科技有限公司" gives the role its title (from a round-38 tune
file, a Guangzhou front-end developer whose second role was read with no title)."""

from __future__ import annotations

from app.documents.cv_forms import labelled
from app.documents.cv_structure import read_outline
from tests.docx_build import bold_or_plain


def test_zhicheng_labels_the_post() -> None:
    assert labelled("职称：前端开发工程师") == ("title", "前端开发工程师")


def test_a_form_role_takes_its_title_from_zhicheng() -> None:
    data = bold_or_plain(
        ("林晓雯", True),
        ("邮箱：noa.novak@example.org", False),
        ("工作履历", True),
        ("时间：2019-09至 2020-04", False),
        ("公司名称： 广州企成信息科技有限公司", False),
        ("部门：技术部", False),
        ("职称：前端开发工程师", False),
        ("主要职责：负责公司前端项目开发", False),
    )
    roles = read_outline(data).roles
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles] == [
        ("前端开发工程师", "广州企成信息科技有限公司", "2019-09", "2020-04")
    ]
