"""A CV that closes the line under each role's dates with a colon ("Software Developer - The Globex Company:" under
"8/2018 - 4/2020", over what was done there) closes its head lines so: the colon is no part of the names, and the
line is read for the title and the employer; a colon inside it parts the names ("Globex.com: CTO:"). A note's label
("Technologies:") stays a label."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(heads: list[str]) -> bytes:
    d = docx.Document()
    d.add_paragraph("Noah Berg")
    d.add_paragraph("Engineer building reliable backend services for payments and logistics, in small teams.")
    d.add_paragraph("Experience", style="Heading 1")
    for dates, head in zip(["3/2023 - Present", "4/2020 - 3/2023", "8/2018 - 4/2020"], heads, strict=True):
        d.add_paragraph().add_run(dates).bold = True
        d.add_paragraph().add_run(head).bold = True
        d.add_paragraph("Built the payment service in Go and ran it on Kubernetes for two years.")
    return saved(d)


def test_a_colon_closing_each_head_line_is_no_part_of_it() -> None:
    heads = ["Software Engineer - Northwind Labs:", "Senior Developer - The Globex Company:", "Contoso Analytics:"]
    roles = read_outline(_cv(heads)).roles
    assert [(r.title.value, r.employer.value) for r in roles] == [
        ("Software Engineer", "Northwind Labs"),
        ("Senior Developer", "The Globex Company"),
        ("", "Contoso Analytics"),
    ]


def test_a_notes_label_under_the_dates_is_still_no_head_line() -> None:
    heads = ["Technologies:", "Technologies:", "Technologies:"]
    roles = read_outline(_cv(heads)).roles
    assert all("Technologies" not in (r.title.value + r.employer.value) for r in roles)


def test_a_colon_inside_such_a_line_parts_the_employer_from_the_title() -> None:
    heads = [
        "Globex.com: CTO and Director of Product Engineering:",
        "Initech.io: Head of Data:",
        "Umbrel.la: VP Product:",
    ]
    roles = read_outline(_cv(heads)).roles
    assert [(r.title.value, r.employer.value) for r in roles] == [
        ("CTO and Director of Product Engineering", "Globex.com"),
        ("Head of Data", "Initech.io"),
        ("VP Product", "Umbrel.la"),
    ]
