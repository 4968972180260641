""" "Volunteer Experience" over "Volunteer Tutor, Red Cross, Nov 2014 - Nov 2015": heading words alone over a dates
line that names its post and employer itself head a section, in whatever dress; they are no title of the role.

The wild role set's fresh seeds (even seeds 2400 to 2998 of `bench/bench_cv_roles_wild.py`) found such a heading,
dressed unlike the CV's "Experience" heading, read as the title over the line below (as "GROUPE SEB" over "Supply
Chain Planner (2019 – Present)" is that post's employer), so the role's own title was lost. The CVs below are made
up."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(volunteer_head: str, volunteer_line: str) -> list[tuple[str, str, str, str]]:
    d = docx.Document()
    d.add_paragraph("Chioma Eze", style="Title")
    d.add_paragraph("chioma.eze@example.ng | +234 803 555 0192 | Enugu")
    d.add_paragraph().add_run("Experience").bold = True
    d.add_paragraph("Staff Nurse")
    d.add_paragraph("Enugu State University Teaching Hospital · Full-time")
    d.add_paragraph("Mar 2017 - Present · 7 yrs 9 mos")
    d.add_paragraph("Managed the ward's rota and handovers.", style="List Bullet")
    d.add_paragraph(volunteer_head, style="Heading 2")
    d.add_paragraph(volunteer_line)
    d.add_paragraph("Education", style="Heading 2")
    d.add_paragraph("Sep 2012 - Jul 2016\tBNSc Nursing, University of Nigeria")
    out = read_outline(saved(d))
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in out.roles]


def test_volunteering_heading_over_a_whole_role_line() -> None:
    assert _cv("Volunteer Experience", "Volunteer Tutor, Red Cross, Nov 2014 - Nov 2015")[1:] == [
        ("Volunteer Tutor", "Red Cross", "2014-11", "2015-11")
    ]


def test_volunteering_heading_over_a_post_and_club() -> None:
    assert _cv("Volunteer Work", "Youth Football Coach, Coal City Juniors FC, 2016 – 2019")[1:] == [
        ("Youth Football Coach", "Coal City Juniors FC", "2016", "2019")
    ]


def test_an_employer_over_a_post_with_its_dates_still_heads_its_role() -> None:
    # a name over a dates line that names only the post is that post's employer, not a heading
    assert _cv("ST LUKE'S HOSPITAL", "Night Nurse (Jan 2015 – Feb 2017)")[1:] == [
        ("Night Nurse", "ST LUKE'S HOSPITAL", "2015-01", "2017-02")
    ]
