"""An employer's line of fields ("Globex Corporation ◦ Berlin, Germany ◦ Remote"), with a line about the employer
under it, stands over the dated posts held there ("May 2021 → Present" over "Staff Engineer, Payments Team"): each
post's employer is that line's name, not the team its own line names, and a line of the same fields whose place the
reader does not know heads its posts too. Title lines with such fields do not, nor does a role's own "Employer | Place"
line head the roles after it."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(heads: list[str]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Tomás Herrera", style="Title")
    d.add_paragraph("tomas.herrera@example.org · +34 612 345 678")
    d.add_paragraph("Professional Experience", style="Heading 1")
    posts = [
        [("May 2021 → Present", "Staff Engineer, Payments Team"), ("Jan 2019 → May 2021", "Engineer, Ledger Team")],
        [("Mar 2016 → Dec 2018", "Backend Developer, Mobile Squad")],
        [("Jul 2012 → Feb 2016", "Junior Developer, Tools Group")],
    ]
    for head, group in zip(heads, posts, strict=True):
        d.add_paragraph(head)
        d.add_paragraph("A company that builds software for banks across Europe and Latin America.")
        for dates, title in group:
            d.add_paragraph().add_run(dates).bold = True
            d.add_paragraph(title)
            d.add_paragraph("Led the work on the service's reliability.", style="List Bullet")
    return saved(d)


def test_an_employers_field_line_names_the_employer_of_the_posts_under_it() -> None:
    heads = [
        "Globex Corporation ◦ Madrid, Spain ◦ Remote",
        "Initech ◦ Barcelona, Spain ◦ On site",
        "Umbrella Labs ◦ Villanueva del Pardillo, Comunidad Madrileña ◦ Hybrid",
    ]
    roles = read_outline(_cv(heads)).roles
    assert [(r.title.value, r.employer.value, r.start.value) for r in roles] == [
        ("Staff Engineer", "Globex Corporation", "2021-05"),
        ("Engineer", "Globex Corporation", "2019-01"),
        ("Backend Developer", "Initech", "2016-03"),
        ("Junior Developer", "Umbrella Labs", "2012-07"),
    ]
    assert roles[0].place.value == "Madrid, Spain"


def test_field_lines_that_name_posts_head_no_group() -> None:
    heads = [
        "Senior Engineer ◦ Madrid, Spain ◦ Remote",
        "Lead Developer ◦ Barcelona, Spain ◦ On site",
        "Developer ◦ Valencia, Spain ◦ Hybrid",
    ]
    roles = read_outline(_cv(heads)).roles
    assert all(r.employer.value not in ("Senior Engineer", "Lead Developer", "Developer") for r in roles)


def test_each_roles_own_employer_line_is_no_group_of_the_next() -> None:
    d = docx.Document()
    d.add_paragraph("Tomás Herrera", style="Title")
    d.add_paragraph("tomas.herrera@example.org · +34 612 345 678")
    d.add_paragraph("Experience", style="Heading 1")
    for employer, title, dates in [
        ("Globex Corporation | Madrid, Spain", "Staff Engineer", "2021 - present"),
        ("Initech | Barcelona, Spain", "Backend Developer", "2016 - 2021"),
        ("Umbrella Labs | Valencia, Spain", "Junior Developer", "2012 - 2016"),
    ]:
        d.add_paragraph(employer)
        d.add_paragraph(title)
        d.add_paragraph(dates)
        d.add_paragraph("Led the work on the service's reliability.", style="List Bullet")
    roles = read_outline(saved(d)).roles
    assert [(r.title.value, r.employer.value) for r in roles] == [
        ("Staff Engineer", "Globex Corporation"),
        ("Backend Developer", "Initech"),
        ("Junior Developer", "Umbrella Labs"),
    ]
