"""A section that writes "Title<TAB>Employer<TAB>dates" over a line naming the team and the place: a role whose
team line holds an organisation word ("Consulting Services") still takes its employer from the slot the section's
other roles take theirs from."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import named_cv

_BULLET = ("Built the customer reporting pipeline end to end.", "List Bullet")


def _roles(*rows: tuple[str, str]) -> list[tuple[str, str]]:
    paragraphs: list[tuple[str, str | None]] = [("Work Experience", "Heading 1")]
    for head, team in rows:
        paragraphs += [(head, None), (f"{team}\t\tGreater Milwaukee Area, WI", None), _BULLET]
    return [(r.title.value, r.employer.value) for r in read_outline(named_cv(*paragraphs)).roles]


def test_a_team_line_with_an_organisation_word_does_not_replace_the_sections_employer() -> None:
    roles = _roles(
        ("Software Engineering Team Lead\tThe Predictive Index\tOct 2021 – Nov 2022", "User Experience"),
        ("Senior Software Engineer\tInvestCloud\tJul 2019 – Jun 2020", "Essentials"),
        ("Team Lead\tFinastra\tApr 2016 – Jul 2019", "New Lending Platform"),
        ("Senior Software Engineer\tBlue Yonder\tMay 2015 – Mar 2016", "Consulting Services"),
        ("Software Developer\tIptor\tDec 2013 – May 2015", "Dynamin"),
    )
    assert roles[3] == ("Senior Software Engineer", "Blue Yonder")
    assert roles[2] == ("Team Lead", "Finastra")
