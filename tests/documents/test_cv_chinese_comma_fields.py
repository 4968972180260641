"""A Chinese academic CV (from round 47 part i's tune file, a Fuzhou associate professor) writes each post as
"2019.09–2021.02，同济大学，助理管理员": the dates, then the employer and the title, each after a full-width comma;
its degree lines name the supervisor in full-width brackets ("（导师：谢雄耀 教授）"), a professor's title that is his,
not a post of the seeker's; and its form spaces the phone label's characters out ("电  话："), as it does the name's."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes

TOP = [("罗明", None), ("邮  箱：luo.ming@example.org", None), ("电  话：13912345678（微信）", None)]
EDUCATION = [
    ("教育经历", "Heading 1"),
    ("2021.03–2025.09，同济大学，土木工程，博士研究生（导师：谢雄耀 教授）", "List Paragraph"),
    ("2015.09–2019.07，同济大学，土木工程，本科", "List Paragraph"),
]
WORK = [
    ("工作经历", "Heading 1"),
    ("2025.09–今，福州大学，副教授", "List Paragraph"),
    ("2018.07–2018.08，上海隧道工程有限公司，工程实习生", "List Paragraph"),
]


def _read() -> list[tuple[str, str, str | None, str | None]]:
    roles = read_outline(docx_bytes(*TOP, *EDUCATION, *WORK)).roles
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles]


def test_the_fields_after_the_dates_and_a_full_width_comma_are_the_employer_and_the_title() -> None:
    assert ("副教授", "福州大学", "2025-09", "present") in _read()
    assert ("工程实习生", "上海隧道工程有限公司", "2018-07", "2018-08") in _read()


def test_a_supervisor_named_in_full_width_brackets_makes_no_degree_a_post() -> None:
    assert [employer for _, employer, _, _ in _read()] == ["福州大学", "上海隧道工程有限公司"]


def test_a_phone_label_spaced_out_to_align_labels_the_number() -> None:
    assert read_outline(docx_bytes(*TOP, *EDUCATION, *WORK)).contact.phones == ["13912345678"]
