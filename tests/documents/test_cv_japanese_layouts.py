"""Japan's two CV documents, as Japanese seekers write them:

- a 職務経歴書 heads each employer with its whole span ("株式会社ニトリ（2019年4月～）"), notes on the company under it
  ("資本金：1億円", "事業内容：家具の販売"), then a 期間 | 業務内容 table of the posts held there, each the department
  and the post beside its dates, duties bulleted with "・". Headings are dressed "■職務経歴".
- a 履歴書's 学歴・職歴 table gives one row per event: the year (western or an era's, 平成/令和), the month, and
  "<company> 入社" or "退社", "現在に至る" under the post still held, "以上" at the end.

Both were read as no role or as one role per line (the company's notes as titles, the 入社 and 退社 rows as roles of
their own, "～" with nothing after it as a single month). Found by the independent role sets
(`bench/bench_cv_roles_intl.py`: 職務経歴書 1 → 42 of 42 roles, 履歴書 3 → 48 of 48 on the tune seeds, and
`bench/bench_cv_roles_wild.py`, written apart: 職務経歴書 0 → 70 of 70); the CVs below are made up."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import heading_kind, org_score, role_score
from tests.docx_build import saved

# employer (as its head line writes it), its span, and its posts: (department, post, dates, start, end)
SHOKUMU = [
    (
        "株式会社ニトリ",
        "2019年4月～",
        [
            ("営業部", "店長", "2021年4月～", "2021-04", "present"),
            ("", "販売スタッフ", "2019年4月～2021年3月", "2019-04", "2021-03"),
        ],
    ),
    (
        "医療法人社団 緑成会",
        "2015年10月～2019年3月",
        [("看護部", "看護師", "2015年10月～2019年3月", "2015-10", "2019-03")],
    ),
]


def _shokumu(notes: bool) -> bytes:
    d = docx.Document()
    d.add_paragraph().add_run("職務経歴書").bold = True
    d.add_paragraph().add_run("山田 花子").bold = True
    d.add_paragraph("hanako.yamada@example.jp | 090-1234-5678 | 札幌市")
    d.add_paragraph().add_run("■職務要約").bold = True
    d.add_paragraph("小売と医療の現場で通算9年の経験があります。")
    d.add_paragraph().add_run("■職務経歴").bold = True
    for employer, span, posts in SHOKUMU:
        d.add_paragraph().add_run(f"{employer}（{span}）").bold = True
        if notes:
            d.add_paragraph("事業内容：家具・インテリア用品の販売")
            d.add_paragraph("資本金：133億円\u3000従業員数：4,529名")
        t = d.add_table(rows=len(posts) + 1, cols=2)
        t.cell(0, 0).text, t.cell(0, 1).text = "期間", "業務内容"
        for i, (dept, post, dates, _, _) in enumerate(posts, 1):
            t.cell(i, 0).text = dates
            cell = t.cell(i, 1)
            cell.paragraphs[0].add_run(f"{dept}\u3000{post}" if dept else post).bold = True
            cell.add_paragraph("・新人スタッフの教育を担当")
            cell.add_paragraph("・売上管理と発注業務")
    d.add_paragraph().add_run("■資格").bold = True
    d.add_paragraph("2018年6月 販売士2級")
    return saved(d)


@pytest.mark.parametrize("notes", [False, True])
def test_a_shokumu_keirekisho_reads_each_post_under_its_employer(notes: bool) -> None:
    out = read_outline(_shokumu(notes))
    got = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in out.roles]
    want = [(post, employer, s, e) for employer, _, posts in SHOKUMU for _, post, _, s, e in posts]
    assert got == want
    assert out.name.value == "山田 花子"
    assert all(len(r.bullets) == 2 for r in out.roles)


RIREKISHO_ROWS = [
    ("", "", "学歴"),
    ("平成20", "3", "北海道立札幌南高等学校 卒業"),
    ("平成24", "3", "北海道大学 経済学部 卒業"),
    ("", "", "職歴"),
    ("平成24", "4", "株式会社ニトリ 入社 営業部配属"),
    ("平成27", "9", "一身上の都合により退社"),
    ("2015", "11", "医療法人社団 緑成会に入職"),
    ("令和元", "6", "契約期間満了により退職"),
    ("2019", "8", "イオンリテール株式会社 入社"),
    ("", "", "現在に至る"),
    ("", "", "以上"),
]


def _rirekisho() -> bytes:
    d = docx.Document()
    d.add_paragraph().add_run("履 歴 書").bold = True
    d.add_paragraph().add_run("山田 花子").bold = True
    d.add_paragraph("hanako.yamada@example.jp | 090-1234-5678")
    t = d.add_table(rows=len(RIREKISHO_ROWS) + 1, cols=3)
    for j, text in enumerate(("年", "月", "学歴・職歴")):
        t.cell(0, j).text = text
    for i, row in enumerate(RIREKISHO_ROWS, 1):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    d.add_paragraph().add_run("免許・資格").bold = True
    d.add_paragraph("2018年6月 販売士2級")
    return saved(d)


def test_a_rirekishos_joining_and_leaving_rows_are_one_role_each() -> None:
    out = read_outline(_rirekisho())
    got = [(r.employer.value, r.start.value, r.end.value) for r in out.roles]
    assert got == [
        ("株式会社ニトリ", "2012-04", "2015-09"),
        ("医療法人社団 緑成会", "2015-11", "2019-06"),
        ("イオンリテール株式会社", "2019-08", "present"),
    ]
    assert [b.text for b in out.roles[0].bullets] == ["営業部配属"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2020年6月～", "2020-06", "present"),
        ("株式会社ニトリ（2020年6月〜）", "2020-06", "present"),
        ("2019.03 ~", "2019-03", "present"),
        ("2020年9月〜在籍中", "2020-09", "present"),
        ("2021/11 ～ 現在に至る", "2021-11", "present"),
        ("2019年3月～2021年4月", "2019-03", "2021-04"),
    ],
)
def test_a_japanese_start_over_a_wave_dash_runs_on(text: str, start: str, end: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == (start, end)


def test_japanese_posts_companies_and_headings_are_known() -> None:
    assert [role_score(t) >= 1 for t in ("支配人", "ホールスタッフ", "システムエンジニア", "事務職")] == [True] * 4
    assert role_score("新人教育を担当") < 1  # what was done, its object marked by を, names no post
    assert [org_score(t) >= 1 for t in ("株式会社すかいらーく", "星野リゾート", "㈱ニトリ")] == [True] * 3
    assert heading_kind("■職務経歴") == "experience"
    assert heading_kind("職務経歴書") is None  # the document's name, no section of it
    assert heading_kind("ボランティア活動") == "volunteering"  # a kana with its voicing mark, folded alike
