"""A section under a heading the reader cannot name ("Investing and Innovation") whose dated lines part their fields
as the role sections' own lines do ("TECHNICAL ADVISOR – NORTHWIND STARTUPS – 2015-2018", as "INSTRUCTOR – EASTBROOK
UNIVERSITY – 2015-PRESENT" is written) holds roles; lines laid out otherwise (a talk's title, a full stop, a date)
leave a section as it was."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _cv(*other: str) -> bytes:
    return docx_bytes(
        ("Dana Whitfield – Résumé", None),
        ("dana.whitfield@example.org", None),
        ("TEACHING AND TRAINING", "Heading 1"),
        ("INSTRUCTOR – EASTBROOK UNIVERSITY – 2015-PRESENT", None),
        ("Agile software development: author and instructor.", None),
        ("INSTRUCTOR – NORTHWIND COLLEGE – 2018-PRESENT", None),
        ("Co-taught the capstone course in software engineering.", None),
        ("WORK EXPERIENCE", "Heading 1"),
        ("ENGINEERING MANAGER – GLOBEX – 2010-2013", None),
        ("Managed the teams that built the identity service.", None),
        ("INVESTING AND INNOVATION", "Heading 1"),
        *((line, None) for line in other),
        ("EDUCATION", "Heading 1"),
        ("EASTBROOK UNIVERSITY – BA Computer Science, 1996", None),
    )


def test_a_section_whose_dated_lines_are_laid_out_as_the_roles_holds_roles() -> None:
    roles = read_outline(
        _cv(
            "TECHNICAL ADVISOR – NORTHWIND STARTUPS – 2015-2018",
            "Worked with founders on their products.",
            "FOUNDING ADVISOR – AGILE PRAIRIE CONFERENCE – 2016-PRESENT",
            "Advised the organisers of the conference.",
        )
    ).roles
    assert [(r.title.value, r.employer.value, r.start.value) for r in roles][3:] == [
        ("TECHNICAL ADVISOR", "NORTHWIND STARTUPS", "2015"),
        ("FOUNDING ADVISOR", "AGILE PRAIRIE CONFERENCE", "2016"),
    ]


def test_lines_laid_out_otherwise_leave_the_section_unread() -> None:
    roles = read_outline(_cv("Lean Startup Circle Talk.\t05/2019", "Product Camp Keynote.\t10/2019")).roles
    assert [r.title.value for r in roles] == ["INSTRUCTOR", "INSTRUCTOR", "ENGINEERING MANAGER"]
