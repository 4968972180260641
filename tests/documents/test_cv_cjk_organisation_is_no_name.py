"""A line of characters that opens with an organisation's name ("中山大学", a university: 大学) is no person's name,
though it stands first and is as short as one (from a tune file of the corpus, a Chinese research assistant's CV
whose name was read as her university's)."""

from __future__ import annotations

from app.documents.cv_identity import name_like
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def test_a_university_first_on_the_page_is_not_the_name() -> None:
    data = docx_bytes(
        (
            "中山大学                                  HCP实验室                   全职科研助理   2025.6-至今",
            "List Bullet",
        ),
        ("负责基于YOLO的小目标算法开发，对于模型进行量化和部署。", "List Bullet"),
        ("教育背景", None),
        ("林晓雯", None),
        ("籍    贯： 重庆市                       民    族：汉", None),
    )
    assert read_outline(data).name.value != "中山大学"


def test_names_in_characters_still_read_as_names() -> None:
    assert name_like("林晓雯") and name_like("王小明")
    assert not name_like("中山大学") and not name_like("华为技术有限公司")
