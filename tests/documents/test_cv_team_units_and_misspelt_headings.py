"""Three forms from round-42 tune files of the corpus: a post held "in" a team and "at" its employer ("HPC Engineer
in the Data Management Team, at ATOS Bull Company"), or "in" a team over a comma and the employer ("Associated
Researcher in the Uppsala Architecture Research Team (UART), Uppsala University"): the team is a part of the
employer, no part of the post and no employer of its own; a post "in" a named organisation ("Front End Developer in
Agronome Africa"); and a heading of two words in capitals with one of them misspelt ("EXPERIECE BACKGROUND")."""

from __future__ import annotations

from app.documents.cv_head_line import line_segments
from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import heading_kind
from tests.docx_build import docx_bytes


def _roles(*lines: tuple[str, str | None]) -> list[tuple[str, str, str, str]]:
    data = docx_bytes(("Jordan Moreau", "Title"), ("jordan.moreau@example.org", None), *lines)
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]


def test_a_team_then_at_the_employer() -> None:
    roles = _roles(
        ("Experience", "Heading 1"),
        ("2019 – present", None),
        ("HPC Engineer in the Data Management Team, at ATOS Bull Company (France)", None),
        ("Built an I/O profiling framework.", "List Bullet"),
    )
    assert roles == [("HPC Engineer", "ATOS Bull Company", "2019", "present")]


def test_a_team_in_brackets_then_the_employer_after_a_comma() -> None:
    roles = _roles(
        ("Experience", "Heading 1"),
        ("2017 – 2019", None),
        ("Associated Researcher in the Uppsala Architecture Research Team (UART), Uppsala University (Sweden)", None),
        ("Studied non-volatile memories for caches.", "List Bullet"),
    )
    assert roles == [("Associated Researcher", "Uppsala University", "2017", "2019")]


def test_an_organisation_that_is_no_team_keeps_its_at() -> None:
    # "the Society of Physics Students" is an organisation of its own: where it is goes with it
    assert line_segments("Secretary of the Society of Physics Students at GA Tech") == [
        ("Secretary", False),
        ("the Society of Physics Students at GA Tech", True),
    ]


def test_a_post_in_a_named_organisation() -> None:
    assert line_segments("Front End Developer in Agronome Africa") == [
        ("Front End Developer", False),
        ("Agronome Africa", True),
    ]


def test_a_post_in_a_field_or_a_place_keeps_it_in_the_title() -> None:
    for line in ("Researcher in Deep Learning", "Intern in Human Resources", "Analyst in London", "Coach in IT"):
        assert line_segments(line) == [(line, False)]
    # with "at" after it, the name after "in" is the post's field, the employer the one "at" names
    assert line_segments("Instructional coach in IT at ENI Ecole Informatique") == [
        ("Instructional coach in IT", False),
        ("ENI Ecole Informatique", True),
    ]


def test_a_misspelt_word_of_a_heading_in_capitals() -> None:
    assert heading_kind("EXPERIECE BACKGROUND") == "experience"
    assert heading_kind("EDUCATON BACKGROUND") == "education"
    assert heading_kind("SENIOR DEVELOPER") is None and heading_kind("PROJECT MANAGER") is None
    # a post one letter off a heading word ("lecturer", "lectures") is a post
    assert heading_kind("SENIOR LECTURER") is None


def test_a_post_for_an_organisation_then_a_comma() -> None:
    # "Title for Organisation, Place" and "Title for the Club, University" (round 41 and earlier tune files): the
    # comma after the name "for" opens parts off where it is, or what it belongs to
    assert line_segments("Computer Systems Operator for Town of Hudson, NH") == [
        ("Computer Systems Operator", False),
        ("Town of Hudson", True),
        ("NH", False),
    ]
    assert line_segments("President for the Neurotechers, Caltech") == [
        ("President", False),
        ("the Neurotechers, Caltech", True),
    ]
    # a course after "for" stays in the title, comma or not
    assert line_segments("Teaching Assistant for CS 3600, Georgia Tech")[0][0].startswith("Teaching Assistant")
    # "for" must part the post from the name: "of" before a comma and a later "for" is no "Title for Organisation"
    pieces = line_segments("Member of the Technical Staff, Scientific Programmer for Sanders Associates")
    assert pieces[0][0].startswith("Member of the Technical Staff")
