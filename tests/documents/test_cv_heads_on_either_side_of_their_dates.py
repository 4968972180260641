"""A section whose roles put their head line over their dates for some roles and under them for others (a seeker
who wrote the first role's dates over it and the rest under theirs, or changed the order partway): each dates line
takes the head line right beside it that no other role needs. Found on fresh tune seeds of the roles-in-the-wild set
(its Google Docs "Coral" family). Every CV here is made up."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes

_DUTY = "Ran the weekly reporting for four regional teams and cut the time it took by half."


def _roles(*lines: str) -> list[tuple[str, str, str, str]]:
    data = docx_bytes(
        ("Aisha Rahman", "Title"),
        ("aisha.rahman@example.org | Leeds", None),
        ("Relevant Experience", "Heading 1"),
        *((line, None) for line in lines),
        ("Education", "Heading 1"),
        ("LLB Law, University of Leeds, 2016", None),
    )
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(data).roles]


def test_the_first_roles_dates_over_its_head_and_the_others_under_theirs() -> None:
    assert _roles(
        "December 2023 - Ongoing | Leeds",
        "Legal Aid Society — Senior Associate",
        "Irwin Mitchell LLP — Trainee Solicitor",
        "October 2020 - August 2023, Cardiff",
        "Slater and Gordon — Legal Assistant",
        "October 2018 - June 2020, Manchester",
        "Baker McKenzie — Paralegal",
        "April 2017 - October 2018, Glasgow",
    ) == [
        ("Senior Associate", "Legal Aid Society", "2023-12", "present"),
        ("Trainee Solicitor", "Irwin Mitchell LLP", "2020-10", "2023-08"),
        ("Legal Assistant", "Slater and Gordon", "2018-10", "2020-06"),
        ("Paralegal", "Baker McKenzie", "2017-04", "2018-10"),
    ]


def test_heads_under_their_dates_then_over_them() -> None:
    assert _roles(
        "Starbucks – Pune | Shift Supervisor",
        "2023 - 2024",
        "2021 - 2022",
        "Pret A Manger – Pune | Front Desk Agent",
        "Premier Inn – Hyderabad | Barista",
        "2016 - 2019",
        "2015 - 2016",
        "Hilton – Noida | Server",
    ) == [
        ("Shift Supervisor", "Starbucks", "2023", "2024"),
        ("Front Desk Agent", "Pret A Manger", "2021", "2022"),
        ("Barista", "Premier Inn", "2016", "2019"),
        ("Server", "Hilton", "2015", "2016"),
    ]


def test_roles_written_all_one_way_with_their_duties_keep_their_heads() -> None:
    """Guard: dates over every head line, a duty under each, are read as written (no head moves across)."""
    assert _roles(
        "2021 - 2023",
        "Legal Aid Society — Senior Associate",
        _DUTY,
        "2019 - 2021",
        "Irwin Mitchell LLP — Trainee Solicitor",
        _DUTY,
    ) == [
        ("Senior Associate", "Legal Aid Society", "2021", "2023"),
        ("Trainee Solicitor", "Irwin Mitchell LLP", "2019", "2021"),
    ]


def test_a_second_spell_under_one_head_stays_that_roles() -> None:
    """Guard: a dates line right under another with no head line of its own beside it is a second spell of the
    same post."""
    roles = _roles(
        "Legal Aid Society — Paralegal",
        "(February 2019 – April 2019)",
        "(July 2019 – November 2019)",
        _DUTY,
    )
    assert roles == [
        ("Paralegal", "Legal Aid Society", "2019-02", "2019-04"),
        ("Paralegal", "Legal Aid Society", "2019-07", "2019-11"),
    ]
