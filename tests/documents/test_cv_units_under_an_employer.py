"""An organisation's line with its whole span over the posts held in its units, each with dates of its own:
"Treasurer, DFW Chapter, Jul 2017 – Jun 2019" under "CISV International<TAB>Jun 2012 – Present", "Embedded Systems
Team, Aug 2021 – May 2023" under "TAMU RoboMasters, Texas A&M University<TAB>Jan 2020 – May 2023". The chapter and
the team are units of the organisation above, not employers of their own."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _roles(head: str, posts: list[str]) -> list[tuple[str, str, str, str]]:
    d = docx.Document()
    d.add_paragraph("Rene Ortega", style="Title")
    d.add_paragraph("Houston, TX   rene.ortega@example.org   +1 (253) 550-5391")
    d.add_paragraph("Leadership", style="Heading 1")
    d.add_paragraph(head)
    for post in posts:
        d.add_paragraph(post)
        d.add_paragraph("Ran the local activities with the board members.", style="List Bullet")
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("BSc Mechanical Engineering, Lakeside University, 2019")
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(saved(d)).roles]


def test_posts_in_chapters_of_the_organisation_above_are_held_there() -> None:
    roles = _roles(
        "Northfield Youth Exchange\tJun 2012 – Present",
        ["Branch Advisor, Westside Chapter, Feb 2024 – Jun 2025", "Treasurer, Lakeshore Chapter, Jul 2017 – Jun 2019"],
    )
    assert roles == [
        ("Branch Advisor", "Northfield Youth Exchange", "2024-02", "2025-06"),
        ("Treasurer", "Northfield Youth Exchange", "2017-07", "2019-06"),
    ]


def test_teams_under_an_organisation_named_in_two_pieces_are_the_posts_held_there() -> None:
    roles = _roles(
        "Robotics League, Lakeside University\tJan 2020 – May 2023",
        ["Embedded Systems Team, Aug 2021 – May 2023", "Chassis Design Team, Jan 2020 – Jan 2022"],
    )
    assert roles == [
        ("Embedded Systems Team", "Robotics League, Lakeside University", "2021-08", "2023-05"),
        ("Chassis Design Team", "Robotics League, Lakeside University", "2020-01", "2022-01"),
    ]


def test_a_post_at_another_organisation_within_the_span_keeps_its_own_employer() -> None:
    # a consultancy's line over a client engagement: the client is no unit of it
    roles = _roles(
        "Harbour Consulting\tJun 2012 – Present",
        ["Data Engineer, Meridian Bank, Feb 2019 – Jun 2021"],
    )
    assert ("Data Engineer", "Meridian Bank", "2019-02", "2021-06") in roles
