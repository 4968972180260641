"""An employer read as the heading of a role's part ("General Responsibilities") or as a note in lower case ("Ongoing
off and on") is doubted: the seeker confirms the reading before anything is tailored."""

from __future__ import annotations

from app.documents.cv_checks import role_doubts
from app.documents.cv_outline import RoleOutline, Scored


def _role(title: str, employer: str) -> RoleOutline:
    return RoleOutline(
        title=Scored(value=title, confidence=0.9),
        employer=Scored(value=employer, confidence=0.9),
        start=Scored(value="2014-06", confidence=0.95),
        end=Scored(value="2016-11", confidence=0.95),
    )


def test_a_role_part_heading_read_as_the_employer_is_doubted() -> None:
    assert any(
        "reads as a heading" in d for d in role_doubts(1, _role("Programmer/Analyst II", "General Responsibilities"))
    )


def test_a_lower_case_note_read_as_the_employer_is_doubted() -> None:
    assert any("reads as a note" in d for d in role_doubts(1, _role("Programmer", "Ongoing off and on")))


def test_a_plain_employer_is_not_doubted() -> None:
    assert role_doubts(1, _role("Programmer/Analyst II", "The Pennsylvania State University")) == []
    assert role_doubts(1, _role("Analista de sistemas", "Secretaria de Saúde do Estado")) == []
