"""A name label's value ends at a wide gap as it does at a tab: "姓名：赵宁      性别：男" and "Name: Jane Doe
Gender: Female" (with a wide gap) lay two form fields side by side on one line; the name is the first one's value."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


@pytest.mark.parametrize(
    ("headings", "line", "name"),
    [
        (("个人信息", "工作经历"), "姓名：赵宁                   性别：男", "赵宁"),
        (("Personal information", "Experience"), "Name: Jane Doe     Gender: Female", "Jane Doe"),
        (("Personal information", "Experience"), "Name: Jane Doe\tGender: Female", "Jane Doe"),
    ],
)
def test_the_name_is_the_first_fields_value(headings: tuple[str, str], line: str, name: str) -> None:
    data = docx_bytes(
        (headings[0], "Heading 1"),
        (line, None),
        ("Email: jane.doe@example.org", None),
        (headings[1], "Heading 1"),
        ("2018.08-2019.02  Northwind Traders  Front-end developer", None),
        ("Built the ordering pages of the shop with Vue.js and kept them fast on phones and slow networks.", None),
        ("Wrote the unit tests of the checkout and reviewed the team's code every week.", None),
    )
    assert read_outline(data).name.value == name
