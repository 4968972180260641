"""Two Chinese forms from a round-43 tune file of the corpus: a range whose end in the same year is written as its
month alone ("2016年5月~9月"), and an employer joined to the post by a dash with no spaces
("PingCAP公司-数据库研发实习生")."""

from __future__ import annotations

from app.documents.cv_dates import find_dates
from app.documents.cv_head_line import line_segments
from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _span(text: str) -> tuple[str, str, str]:
    span = find_dates(text)
    assert span is not None
    return span.start, span.end, span.text


def test_a_range_ending_in_a_month_of_the_same_year() -> None:
    assert _span("数据库研发实习生 (2016年5月~9月)") == ("2016-05", "2016-09", "2016年5月~9月")
    assert _span("2019年3月至6月 实习") == ("2019-03", "2019-06", "2019年3月至6月")


def test_a_month_before_the_start_month_ends_in_the_next_year() -> None:
    assert _span("2016年11月-2月 腾讯") == ("2016-11", "2017-02", "2016年11月-2月")


def test_a_single_month_and_an_ongoing_range_stay_as_they_were() -> None:
    assert _span("2016年5月") == ("2016-05", "2016-05", "2016年5月")
    assert _span("2016年5月~至今") == ("2016-05", "present", "2016年5月~至今")
    # a number of days after the date is no month
    assert _span("2016年5月 - 3天") == ("2016-05", "2016-05", "2016年5月")


def test_an_employer_and_a_post_joined_by_a_dash() -> None:
    assert line_segments("PingCAP公司-数据库研发实习生") == [("PingCAP公司", False), ("数据库研发实习生", False)]
    # two names of no post stay one piece
    assert line_segments("北京大学-计算机学院") == [("北京大学-计算机学院", False)]


def test_a_chinese_role_line_with_both() -> None:
    data = docx_bytes(
        ("莫乔丹", "Title"),
        ("jordan.moreau@example.org", None),
        ("实习经历", "Heading 1"),
        ("Baidu公司-前端研发实习生 (2014年7月~10月)", None),
        ("负责校招网站的前端开发。", None),
    )
    roles = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]
    assert roles == [("前端研发实习生", "Baidu公司", "2014-07", "2014-10")]
