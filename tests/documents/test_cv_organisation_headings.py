"""A heading the reader cannot name that reads as an organisation ("北岭大学经济学院学生会", "Northwind Rowing
Club") over dated posts whose own lines name no organisation: the posts were held there. A year written with its
own word ("2021年-2022年", "2024学年") is one date, the word part of it."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import has_org_word, org_score
from tests.docx_build import saved


def _cv(groups: dict[str, list[str]]) -> bytes:
    d = docx.Document()
    d.add_paragraph("李明", style="Title")
    d.add_paragraph("邮箱：li.ming@example.cn  电话：(+86) 138-0000-0000")
    d.add_paragraph("教育背景", style="Heading 1")
    d.add_paragraph("2019.9-2023.6\t北岭大学 经济学 本科")
    d.add_paragraph("学生工作", style="Heading 1")
    for heading, lines in groups.items():
        d.add_paragraph(heading, style="Heading 1")
        for line in lines:
            d.add_paragraph(line)
    d.add_paragraph("技能", style="Heading 1")
    d.add_paragraph("语言\t英语（流利）；日语（基础）")
    return saved(d)


def _roles(data: bytes) -> list[tuple[str, str, str, str]]:
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]


def test_posts_under_an_organisations_heading_were_held_there() -> None:
    roles = _roles(
        _cv(
            {
                "北岭大学经济学院学生会": [
                    "2022年\t部长，外联部/External Relations Department",
                    "2020-2021\t干事，宣传部/Publicity Department（PD）",
                ],
                "北岭大学团委": ["2019-2020\t干事，组织部/Organisation Department（OD）"],
            }
        )
    )
    assert roles == [
        ("部长，外联部/External Relations Department", "北岭大学经济学院学生会", "2022", "2022"),
        ("干事，宣传部/Publicity Department（PD）", "北岭大学经济学院学生会", "2020", "2021"),
        ("干事，组织部/Organisation Department（OD）", "北岭大学团委", "2019", "2020"),
    ]


def test_a_heading_naming_no_organisation_gives_no_employer() -> None:
    # "志愿服务" (volunteering) names a kind of work, not where it was done
    roles = _roles(_cv({"志愿服务": ["2020-2021\t干事，宣传部/Publicity Department（PD）"]}))
    assert [(r[2], r[3]) for r in roles] == [("2020", "2021")]
    assert all("志愿服务" not in (r[0], r[1]) for r in roles)


def test_an_english_club_heading_heads_its_posts() -> None:
    d = docx.Document()
    d.add_paragraph("Jane Okafor", style="Title")
    d.add_paragraph("jane.okafor@example.org | +44 20 7946 0011")
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("BSc Geography, University of Northwind, 2016 – 2019")
    d.add_paragraph("Northwind Rowing Club", style="Heading 1")
    d.add_paragraph("Captain\t2018 – 2019")
    d.add_paragraph("Treasurer\t2017 – 2018")
    roles = _roles(saved(d))
    assert roles == [
        ("Captain", "Northwind Rowing Club", "2018", "2019"),
        ("Treasurer", "Northwind Rowing Club", "2017", "2018"),
    ]


@pytest.mark.parametrize(
    ("text", "start", "end", "shown"),
    [
        ("2021年-2022年\t干事", "2021", "2022", "2021年-2022年"),
        ("2022年\t部长", "2022", "2022", "2022年"),
        ("2024学年\t助教", "2024", "2024", "2024学年"),
        ("2019년 - 2021년 삼성전자", "2019", "2021", "2019년 - 2021년"),
        ("2019年3月-2020年\t研究助理", "2019-03", "2020", "2019年3月-2020年"),
    ],
)
def test_a_years_own_word_is_part_of_the_date(text: str, start: str, end: str, shown: str) -> None:
    span = find_dates(text)
    assert span is not None
    assert (span.start, span.end, span.text) == (start, end, shown)


@pytest.mark.parametrize("name", ["Heinrich-Heine-Universität Düsseldorf", "Max-Planck-Institut für Physik"])
def test_a_name_joined_by_hyphens_ending_in_an_organisations_word_names_an_organisation(name: str) -> None:
    assert has_org_word(name, strong=True) and org_score(name) >= 1


def test_a_hyphenated_word_ending_in_no_organisations_word_names_none() -> None:
    assert not has_org_word("Full-stack") and org_score("Non-profit") == 0
