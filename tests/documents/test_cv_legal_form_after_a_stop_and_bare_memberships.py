"""A legal form that a full stop parts from its company's name ("Xynapse Asia Sdn. Bhd") stays with the name, and a
bare membership ("Active Member" of a wind band, "Member" of a programming team) is belonging, not a post held."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv

CLOSING = ("Education", "BSc Computer Science, Multimedia University, 2016")


def _roles(*lines: str) -> list[tuple[str, str]]:
    return [
        (r.title.value, r.employer.value) for r in read_outline(section_cv("Experience", *lines, closing=CLOSING)).roles
    ]


def test_a_legal_form_after_a_full_stop_ends_the_employers_name() -> None:
    roles = _roles("Xynapse Asia Sdn. Bhd, March 2015 - May 2015", "Built a sensor dashboard for the R&D team.")
    assert [e for _, e in roles] == ["Xynapse Asia Sdn. Bhd"]


def test_a_post_after_a_companys_full_stop_is_still_a_field() -> None:
    roles = _roles("Acme Inc. Software Engineer, March 2015 - May 2015", "Built a sensor dashboard for the team.")
    assert roles == [("Software Engineer", "Acme Inc.")] or roles == [("Software Engineer", "Acme Inc")]


def test_a_bare_membership_of_a_band_or_team_is_no_role() -> None:
    roles = _roles(
        "Software Engineer, Globex Corporation, 2016 - 2019",
        "Active Member, Seri Kembangan Wind Band, 2011 - 2016",
        "Member, UCF Programming Team, 2014 - 2016",
    )
    assert roles == [("Software Engineer", "Globex Corporation")]


def test_a_member_post_that_names_its_seat_stays_a_role() -> None:
    roles = _roles("Board Member, Imagination Library, 2016 - 2019", "Chaired the fundraising sub-committee.")
    assert roles == [("Board Member", "Imagination Library")]


def test_a_bracketed_note_pointing_elsewhere_in_the_cv_is_no_title() -> None:
    for note in ("(Projects below)", "(see below)", "(continued)"):
        roles = _roles(f"Accenture Solutions {note}\tJAN 2017 - Present", "Delivered two insurance platforms.")
        assert roles == [("", "Accenture Solutions")], note


def test_a_post_for_a_capitalised_name_was_held_there() -> None:
    roles = _roles(
        "Teacher and Facilitator for Girls Who Code\tJune 2017 – December 2017",
        "Taught middle school girls Git, HTML and Python.",
        "Full-Stack Developer for Bits of Good\tAugust 2017 – Present",
        "Built a tutoring platform for a non-profit.",
    )
    assert roles == [("Teacher and Facilitator", "Girls Who Code"), ("Full-Stack Developer", "Bits of Good")]


def test_a_post_for_a_course_or_a_place_names_no_employer_there() -> None:
    roles = _roles(
        "Teaching Assistant for CS 3600\tAugust 2017 – December 2017",
        "Graded assignments.",
        "Analyst for London\tJanuary 2018 – Present",
        "Built reports.",
    )
    assert ("Teaching Assistant", "CS 3600") not in roles
    assert ("Analyst", "London") not in roles
