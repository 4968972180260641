"""A Chinese CV's role written as several labelled fields on one line, each label closed by a full-width colon and
parted from the last value by a space or two (`公司：… 职位：… 时间：…`): the line was read as one field, the
employer holding the next labels and the post ("上海华为技术有限公司 职位：软件工程师 时间："), and the first bullet
taken for the title.

Found by reading made-up Chinese CVs (not from a corpus file): "公司：上海华为技术有限公司  职位：软件工程师
时间：2015.03 – 2019.06" gave the title "负责开发。" and that employer.
"""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _roles(line: str) -> list[tuple[str, str, str | None, str | None]]:
    data = docx_bytes(
        ("王小明", "Title"),
        ("wang.xiaoming@example.org", None),
        ("工作经历", "Heading 1"),
        (line, None),
        ("负责后台系统的开发与维护。", "List Bullet"),
    )
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "公司：上海华为技术有限公司  职位：软件工程师  时间：2015.03 – 2019.06",
            ("软件工程师", "上海华为技术有限公司"),
        ),
        (
            "时间：2015.03 – 2019.06  公司：上海华为技术有限公司  职位：软件工程师",
            ("软件工程师", "上海华为技术有限公司"),
        ),
        ("单位：北京协和医院 职位：护士 时间：2015.03 – 2019.06", ("护士", "北京协和医院")),
        ("公司名称：深圳顺丰速运有限公司 岗位：快递员 时间：2015.03 – 2019.06", ("快递员", "深圳顺丰速运有限公司")),
    ],
)
def test_each_label_on_the_line_names_its_own_field(line: str, expected: tuple[str, str]) -> None:
    assert _roles(line) == [(*expected, "2015-03", "2019-06")]
