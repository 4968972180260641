"""A Chinese form label may add "name" (名称) to its word: "职位名称：前台接待" labels the title.

Found by reading made-up Chinese CVs (not from a corpus file): under "公司名称：上海如家酒店", "职位名称：前台接待" and
"工作时间：2016.07 – 2018.02" the role was read with no title, since the label's word had to end where the word
"职位" ends, and Chinese writes "职位名称" ("post name") with no space. "公司名称" was listed whole; the other labels
("职位名称", "单位名称", "岗位名稱") were not.
"""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_forms import labelled
from app.documents.cv_structure import read_outline
from tests.docx_build import saved


@pytest.mark.parametrize(
    ("line", "field"),
    [("职位名称：前台接待", "title"), ("岗位名稱：店員", "title"), ("单位名称：上海如家酒店", "employer")],
)
def test_a_label_with_the_name_word_names_its_field(line: str, field: str) -> None:
    assert labelled(line) == (field, line.split("：", 1)[1])


def test_a_form_of_name_labels_gives_the_title_and_employer() -> None:
    d = docx.Document()
    d.add_paragraph("王芳", style="Title")
    d.add_paragraph("wangfang@example.org")
    d.add_paragraph("工作经历", style="Heading 1")
    for line in ("单位名称：上海如家酒店", "职位名称：前台接待", "工作时间：2016.07 – 2018.02"):
        d.add_paragraph(line)
    d.add_paragraph("负责入住登记和客户接待。", style="List Bullet")
    d.add_paragraph("语言能力", style="Heading 1")
    d.add_paragraph("普通话（母语），英语（大学英语六级，能够流利地阅读和书写专业文件），粤语（日常交流）。")
    roles = read_outline(saved(d)).roles
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles] == [
        ("前台接待", "上海如家酒店", "2016-07", "2018-02")
    ]
