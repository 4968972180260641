"""A post's line over an organisation's line, right above a dated line that names its own post and employer
("Assistant Professor" / "Changwon National University" / "Research Professor, Pusan National University<TAB>10/2024 –
11/2025"), is a role of its own written without dates, not the dated role's head; an organisation known by a web name
("Gong.io") is one too. An employer's line over a dated line that names only the post still heads that role."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import styled_section_cv


def _roles(*paragraphs: tuple[str, str | None]) -> list[tuple[str, str, str, str]]:
    closing = ("EDUCATION", "Ph.D. Industrial Engineering, Pusan National University, 2024")
    data = styled_section_cv("PROFESSIONAL EXPERIENCE", *paragraphs, closing=closing)
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]


def test_an_undated_pair_above_a_full_dated_line_is_a_role_of_its_own() -> None:
    got = _roles(
        ("Assistant Professor", None),
        ("Changwon National University", None),
        ("Research Professor, Pusan National University\t10/2024 – 11/2025", None),
        ("Safe & Clean Supply Chain Research Center", "List Bullet"),
        ("Visiting Scholar", None),
        ("Georgia Institute of Technology", None),
        ("Postdoctoral Researcher, Pusan National University\t03/2024 – 09/2024", None),
        ("Safe & Clean Supply Chain Research Center", "List Bullet"),
    )
    assert ("Research Professor", "Pusan National University", "2024-10", "2025-11") in got
    assert ("Postdoctoral Researcher", "Pusan National University", "2024-03", "2024-09") in got
    assert ("Assistant Professor", "Changwon National University", "", "") in got
    assert ("Visiting Scholar", "Georgia Institute of Technology", "", "") in got


def test_a_web_named_organisation_under_an_undated_post() -> None:
    got = _roles(
        ("Front End Developer", None),
        ("Gong.io", None),
        ("Full Stack Developer, NGSoft\t10/2018 – 04/2019", None),
        ("Built the billing service in C#", "List Bullet"),
    )
    assert got[0] == ("Front End Developer", "Gong.io", "", "")
    assert got[1] == ("Full Stack Developer", "NGSoft", "2018-10", "2019-04")


def test_an_employer_line_over_a_post_and_its_dates_still_heads_it() -> None:
    got = _roles(
        ("Pusan National University", None),
        ("Research Professor\t10/2024 – 11/2025", None),
        ("Safe & Clean Supply Chain Research Center", "List Bullet"),
    )
    assert got == [("Research Professor", "Pusan National University", "2024-10", "2025-11")]
