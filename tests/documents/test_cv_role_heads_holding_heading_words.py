"""A role's head line that holds a heading word ("Smart Farm Education Programme") laid out as the section's roles
are: read as a role, not as a new section that swallows the roles after it."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _cv(second_title: str) -> bytes:
    d = docx.Document()
    d.add_paragraph().add_run("Seo-yeon Park").bold = True
    d.add_paragraph("seo-yeon.park@example.org")
    d.add_paragraph().add_run("Experience").bold = True
    for title, org, dates in (
        ("SW Innovation Lecture Mentor", "Jeju National University", "September 2022 – December 2022"),
        (second_title, "Computer Education Exhibition", "March 2022 - November 2022"),
        ("Digital Mentor", "Jeju Social Welfare Center", "April 2022 – October 2022"),
    ):
        d.add_paragraph().add_run(title).bold = True
        d.add_paragraph(org)
        d.add_paragraph().add_run(dates).bold = True
        d.add_paragraph("Taught block programming to pupils.", style="List Bullet")
    d.add_paragraph().add_run("Skills").bold = True
    d.add_paragraph("Python, Arduino")
    return saved(d)


def test_a_role_head_holding_a_heading_word_is_read_as_a_role() -> None:
    """Its two head lines name no post either way round, so which is the title is not what this holds: that the
    section goes on, each role with its own head lines and dates."""
    out = read_outline(_cv("Smart Farm Education Programme"))
    assert [r.start.value for r in out.roles] == ["2022-09", "2022-03", "2022-04"]
    middle = out.roles[1]
    assert {middle.title.value, middle.employer.value} == {
        "Smart Farm Education Programme",
        "Computer Education Exhibition",
    }
    assert (out.roles[2].title.value, out.roles[2].employer.value) == ("Digital Mentor", "Jeju Social Welfare Center")


def test_a_heading_of_heading_words_alone_laid_out_so_still_opens_a_section() -> None:
    """ "Education" over a school and its dates is a heading: no word besides the heading's own."""
    out = read_outline(_cv("Education"))
    assert [r.title.value for r in out.roles] == ["SW Innovation Lecture Mentor"]
