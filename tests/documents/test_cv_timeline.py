"""A timeline column of dates beside posts whose lines say only how long they lasted."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

_POSTS = [
    ("Operations Analyst (2 years)", "Northwind Logistics, Rotterdam, Netherlands."),
    ("Data Intern (2 months)", "Contoso Labs – Group 42, Utrecht, Netherlands."),
    ("Junior Developer (1 year)", "Fabrikam Software, Leiden, Netherlands."),
]


def _cv(spans: list[str]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Eva de Vries", style="Title")
    d.add_paragraph("eva.devries@example.org")
    table = d.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].text = "●"
    for span in spans:
        left.add_paragraph(span)
        left.add_paragraph("●")
    right.paragraphs[0].text = "Work Experience"
    right.paragraphs[0].runs[0].bold = True
    for title, where in _POSTS:
        right.add_paragraph().add_run(title).bold = True
        right.add_paragraph(where)
        right.add_paragraph("Kept the weekly reports and the team's dashboards up to date for the managers.")
    d.add_paragraph("Skills", style="Heading 1")
    d.add_paragraph("SQL, Python, Excel")
    return saved(d)


def test_each_post_takes_the_span_at_its_place_in_the_timeline_when_the_lengths_agree() -> None:
    roles = read_outline(_cv(["2021/07/01-2023/08/31", "2021/05/01-2021/06/30", "2019/09/01-2020/03/31"])).roles
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles] == [
        ("Operations Analyst", "Northwind Logistics", "2021-07", "2023-08"),
        ("Data Intern", "Contoso Labs – Group 42", "2021-05", "2021-06"),
        ("Junior Developer", "Fabrikam Software", "2019-09", "2020-03"),
    ]


def test_a_timeline_whose_spans_do_not_last_as_long_as_the_posts_say_gives_them_no_dates() -> None:
    # the second span lasts two years where its post says two months: the column is no timeline of these posts
    roles = read_outline(_cv(["2021/07/01-2023/08/31", "2019/05/01-2021/06/30", "2019/09/01-2020/03/31"])).roles
    assert all(r.title.value != "Data Intern" or not r.start.value for r in roles)
    assert not any(r.start.value == "2021-07" for r in roles)
