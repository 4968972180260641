"""An employer's line with its whole span, over posts each dated on a line of its own, gives those posts its name;
the first task under the first post is no title of the employer's line.

Found by reading made-up nurses', chefs' and bankers' CVs (not from a corpus file): "St Luke's Medical Center,
Manila<TAB>2012 – 2021" over "Charge Nurse (2018 – 2021)", its bullet "Led 12 nurses.", and "Staff Nurse (2012 –
2018)" read the two posts with no employer: the employer's line, with no title of its own, looked two lines down for
one, past the dated line of the next post, and took that post's first task ("Led 12 nurses", which names a post's
noun), so it was no longer a bare employer's line over its posts. With a task naming no post ("Led the ward.") the
posts were read under the hospital already.
"""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _read(firm: str, span: str, posts: list[tuple[str, str, str]]) -> list[tuple[str, str, str, str]]:
    d = docx.Document()
    d.add_paragraph("Maria Santos", style="Title")
    d.add_paragraph("maria.santos@example.org")
    d.add_paragraph("Work Experience", style="Heading 1")
    d.add_paragraph().add_run(f"{firm}\t{span}").bold = True
    for post, dates, task in posts:
        d.add_paragraph().add_run(f"{post} ({dates})").bold = True
        d.add_paragraph(task, style="List Bullet")
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("BSc Nursing, University of Santo Tomas, 2011")
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(saved(d)).roles]


@pytest.mark.parametrize(
    ("firm", "name", "posts"),
    [
        ("St Luke's Medical Center, Manila", "St Luke's Medical Center",
         [("Charge Nurse", "2018 – 2021", "Led 12 nurses."), ("Staff Nurse", "2012 – 2018", "Triage in ER.")]),
        ("The Savoy, London", "The Savoy",
         [("Head Chef", "2018 – 2021", "Managed 14 chefs."), ("Sous Chef", "2012 – 2018", "Ran the pass.")]),
        ("Barclays Bank, Leeds", "Barclays Bank",
         [("Branch Manager", "2018 – 2021", "Coached 9 advisers."), ("Cashier", "2012 – 2018", "Served customers.")]),
    ],
)  # fmt: skip
def test_posts_under_an_employers_dated_line_take_its_name(
    firm: str, name: str, posts: list[tuple[str, str, str]]
) -> None:
    got = _read(firm, "2012 – 2021", posts)
    assert got == [
        (posts[0][0], name, "2018", "2021"),
        (posts[1][0], name, "2012", "2018"),
    ]
