"""A role's own head line set in a heading style under the section's heading, holding a heading word ("Internship –
ACME Corp" in Heading 2 under "Professional Experience" in Heading 1), is the role's line, not a heading of a part:
two pieces name the post and the employer. Dates written each in brackets, or with a bracket left behind, are one
range ("[April 2024] – [July 2024]", "April/2024] – July/2024")."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_dates import find_dates
from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def test_a_role_line_in_a_sub_heading_style_is_read_as_the_role() -> None:
    d = docx.Document()
    d.add_paragraph("Amara Okafor", style="Title")
    d.add_paragraph("amara.okafor@example.org · +234 803 555 0199")
    d.add_paragraph("Professional Experience", style="Heading 1")
    for head, dates in [
        ("Internship – ACME CORP", "April 2024 – July 2024"),
        ("Internship – Globex", "June 2023 – July 2023"),
    ]:
        d.add_paragraph(head, style="Heading 2")
        p = d.add_paragraph("Lagos, Nigeria")
        p.add_run().add_break()
        p.add_run(f"Duration: {dates}")
        d.add_paragraph("Built dashboards for the sales team and cleaned their customer data every week.")
    roles = read_outline(saved(d)).roles
    assert [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in roles] == [
        ("Internship", "ACME CORP", "2024-04", "2024-07"),
        ("Internship", "Globex", "2023-06", "2023-07"),
    ]


@pytest.mark.parametrize(
    "text",
    ["[April 2024] – [July 2024]", "Duration: April/2024] – July/2024", "(April 2024) - (July 2024)"],
)
def test_dates_in_brackets_of_their_own_are_one_range(text: str) -> None:
    span = find_dates(text)
    assert span is not None and (span.start, span.end) == ("2024-04", "2024-07")


def test_years_in_brackets_after_two_titles_are_no_range() -> None:
    span = find_dates("Engineer (2019) - Manager (2020)")
    assert span is not None and (span.start, span.end) == ("2019", "2019")
