"""A US job-application layout (from round 41's merge, a tune file): the post in brackets, then "Employer ____ Month
d,yyyy – Present" with a typed leader of underscores between the employer and the dates, then the employer's address
beside "Supervisor: Name" and the supervisor's e-mail and phone; the schools' addresses and phones under Education.
The leader parts the fields as a tab would; the supervisors' contacts are not the seeker's. (The schools' phones
are still read as the seeker's: the contacts a CV sets under its last section, Education, cannot be told from them.)"""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import bold_or_plain

LEADER = "_" * 30


def _cv() -> bytes:
    return bold_or_plain(
        ("Jordan Tanaka", True),
        ("jordan.tanaka@example.org | 402-423-1254 | Toledo, OH", False),
        ("Professional Summary:", True),
        ("Full Stack Developer and IT Analyst with ten years of hands-on experience.", False),
        ("Skill Set:", True),
        ("Node.JS, Express, React, MySQL, C#, ASP.NET, PowerShell", False),
        ("Experience:", False),
        ("(Software Developer / full-stack engineer)", False),
        (f"Erie Construction {LEADER} August 17,2020 – Present", False),
        ("3516 Granite Circle\t\t\t\tSupervisor: Dana Reyes", False),
        ("Toledo, OH 43617\t\t\t\tdana.reyes@example.net", False),
        ("PH: (438) 070-1130", False),
        ("(I.T / Help-desk Analyst)", False),
        (f"Alro Steel Inc.{LEADER} June 5, 2017 – August 14, 2020", False),
        ("1605 Executive Dr.\t\t\t                   Supervisor: Lee Carter", False),
        ("Jackson, MI 49204\t\t\t                   lee.carter@example.net", False),
        ("PH: (526) 629-7414", False),
        ("Education:", True),
        ("Coding Boot Camp Certification\t\t\t\tThe University of Texas at Austin", False),
        ("Achieved: July 2021\t\t\t\t\t\tMain Building (MAI)", False),
        ("\t\t\t\t\t\t\tAustin, TX 78705", False),
        ("\t\t\t\t\t\t\tPh: (513) 130 - 0403", False),
    )


def test_a_leader_of_underscores_parts_the_employer_from_the_dates() -> None:
    roles = [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in read_outline(_cv()).roles]
    assert roles == [
        ("Software Developer / full-stack engineer", "Erie Construction", "2020-08", "present"),
        ("I.T / Help-desk Analyst", "Alro Steel Inc.", "2017-06", "2020-08"),
    ]


def test_a_supervisors_contacts_beside_the_employers_address_are_not_the_seekers() -> None:
    assert read_outline(_cv()).contact.emails == ["jordan.tanaka@example.org"]


def test_a_dot_leader_parts_a_title_from_its_dates() -> None:
    data = bold_or_plain(
        ("Jordan Tanaka", True),
        ("jordan.tanaka@example.org", False),
        ("Experience", True),
        ("Line Cook, Harbour Grill.........................2016 – 2019", False),
        ("Cooked for two hundred covers a night on the grill station.", False),
    )
    roles = [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]
    assert roles == [("Line Cook", "Harbour Grill", "2016")]
