"""An employer's line of fields under a role's title and dates (`Rev design | Patterson, NY |on-site |`) was taken for a
sentence describing the role, because most of its longer words were in lower case and it held "on": the role was
read with no employer. A line whose fields are parted by bars or tabs is no sentence; its first field alone says
whether it names an organisation or describes the work.

Found on a tune-half CV of the real corpus (a developer's roles, each a "Title<TAB><TAB>Dates" line over
"Employer | Town, ST | arrangement"); the CVs below are made up."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_head_line import is_description
from app.documents.cv_structure import read_outline
from tests.docx_build import saved

ROLES = [
    ("Web Developer", "Rev design", "Patterson, NY", "on-site", "Dec 2017 – Nov 2018", "2017-12", "2018-11"),
    ("Line Cook", "Casa do pão", "Porto", "part-time", "Mar 2015 – Oct 2017", "2015-03", "2017-10"),
    ("Support Engineer", "Northwind data", "Leeds", "remote from home", "Jan 2012 – Feb 2015", "2012-01", "2015-02"),
]


def _cv(separator: str, closing: str) -> bytes:
    d = docx.Document()
    d.add_paragraph("Dana Whitlock", style="Title")
    d.add_paragraph("dana.whitlock@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    for title, employer, place, arrangement, dates, _, _ in ROLES:
        d.add_paragraph(f"{title}\t\t{dates}")
        d.add_paragraph(separator.join([employer, place, arrangement]) + closing)
        d.add_paragraph("Kept the service running through the busiest months of the year.", style="List Bullet")
    return saved(d)


@pytest.mark.parametrize(("separator", "closing"), [(" | ", " |"), (" |", ""), ("\t", "")])
def test_an_employer_line_of_fields_gives_the_role_its_employer(separator: str, closing: str) -> None:
    out = read_outline(_cv(separator, closing))
    got = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in out.roles]
    assert got == [(t, e, s, f) for t, e, _, _, _, s, f in ROLES]


@pytest.mark.parametrize(
    "line",
    [
        "Customer support for retail systems | Remote",
        "Led the move of the payments team to the cloud\tLondon",
        "Customer support for retail systems",
    ],
)
def test_a_phrase_first_in_a_line_of_fields_still_describes(line: str) -> None:
    assert is_description(line)


@pytest.mark.parametrize("line", ["Rev design | Patterson, NY |on-site |", "Northwind data\tLeeds\tremote from home"])
def test_a_name_first_in_a_line_of_fields_describes_nothing(line: str) -> None:
    assert not is_description(line)


@pytest.mark.parametrize("kind", ["NPO.", "NGO", "Nonprofit", "Registered Charity"])
def test_a_kind_of_body_after_the_name_keeps_the_name(kind: str) -> None:
    """ "Operation Brush, NPO.": the part after the comma says what kind of body the name is, as "Inc." would; it is
    no organisation the first part is a topic of (found on the same tune half)."""
    d = docx.Document()
    d.add_paragraph("Dana Whitlock", style="Title")
    d.add_paragraph("dana.whitlock@example.org")
    d.add_paragraph("Work Experience", style="Heading 1")
    d.add_paragraph(f"Full Stack Developer\tOperation Brush, {kind}\tFebruary 2015 - June 2015")
    d.add_paragraph("Las Vegas, NV")
    d.add_paragraph("Built the volunteers' sign-up site and its payment pages.", style="List Bullet")
    (role,) = read_outline(saved(d)).roles
    assert (role.title.value, role.employer.value, role.place.value) == (
        "Full Stack Developer",
        f"Operation Brush, {kind.rstrip('.')}",
        "Las Vegas, NV",
    )
