""" "Academic Profile", "EDUCATIONAL QUALIFICATION", "Educational Details": how Indian CVs head their studies. They
are education, not a summary or contact details (a Perl developer's CV read his junior college and school rows under
"Academic Profile" as two roles; from a tune file of the corpus)."""

from __future__ import annotations

import pytest

from app.documents.cv_lines import Line
from app.documents.cv_structure import outline_from_lines
from app.documents.cv_vocab import heading_kind


@pytest.mark.parametrize(
    "heading", ["Academic Profile", "EDUCATIONAL QUALIFICATION", "Educational Details", "Qualification"]
)
def test_the_heading_is_educations(heading: str) -> None:
    assert heading_kind(heading) == "education"


def test_schools_under_an_academic_profile_are_no_roles() -> None:
    # as the CV has it: its headings are bold table cells, its studies table rows
    lines = [
        Line("Camille Varma Moreau.    E mail: camille.moreau@example.org    Phone: 991218881445", "p0", "body"),
        Line("Experience Summary", "t0", "table", bold=True),
        Line("Working as a senior software developer in Perl at AthenaHealth since November 2013.", "p1", "body"),
        Line("Academic Profile", "t1", "table", bold=True),
        Line("VIT University, Vellore, Tamil Nadu\t2007-2011", "t2", "table", style="Table Heading"),
        Line("Bachelor of Engineering\tCGPA: 8.33", "t3", "table", style="Table Contents"),
        Line("Narayana Junior College, Hyderabad, AP\t2005-2007", "t4", "table", style="Table Contents"),
        Line("Intermediate College\tPercentage: 94.2", "t5", "table", style="Table Contents"),
        Line("Vivekananda Residential School, Karimnagar, A.P\t2005", "t6", "table", style="Table Contents"),
        Line("CBSC\tPercentage: 87", "t7", "table", style="Table Contents"),
    ]
    assert outline_from_lines(lines).roles == []
