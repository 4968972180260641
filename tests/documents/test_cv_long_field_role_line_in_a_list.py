"""A role line written as a list item and laid out in fields ("Computer Technician • Oklahoma State University
Institute of Technology • Sep 2017 - Apr 2019") is a role line however long the employer's name; a long bullet
with dates in it is not."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import named_cv

_LINES = (
    ("Work", "Heading 1"),
    ("Global Service Desk Engineer I • True Digital Security • Apr 2019 - Present", "List Bullet"),
    ("First line of support for clients across the country.", "List Bullet 2"),
    ("Computer Technician • Oklahoma State University Institute of Technology • Sep 2017 - Apr 2019", "List Bullet"),
    ("Primary IT technician for the student body.", "List Bullet 2"),
)


def test_a_role_line_in_fields_with_a_long_employer_is_read() -> None:
    roles = read_outline(named_cv(*_LINES)).roles
    assert [(r.title.value, r.employer.value, r.start.value) for r in roles][-1] == (
        "Computer Technician",
        "Oklahoma State University Institute of Technology",
        "2017-09",
    )


def test_a_long_bullet_with_a_range_in_it_is_no_role() -> None:
    bullet = (
        "Migrated the help desk from the old ticket system to the new one over the summer term, "
        "Jun 2018 - Aug 2018, with no lost tickets",
        "List Bullet",
    )
    roles = read_outline(named_cv(*_LINES[:3], bullet)).roles
    assert [r.start.value for r in roles] == ["2019-04"]
