""" "Freelance Illustrator | Self-employed | 2023 – Present" / "Selected clients:" / bulleted "Fjord Coffee (2022) –
label design", "Harbour Books, 2020–2021": bullets under a line of the role that ends in a colon list what the role was
made of, each with its own dates; they are no roles. And a first role written whole on its dates line says nothing of
how many lines the roles under it take: "Line Cook<TAB>03/2019 – 05/2022" over "Dishoom – Edinburgh" still reads
Dishoom as the employer.

The wild role set's fresh seeds (even seeds 3000 to 3598 of `bench/bench_cv_roles_wild.py`) found both in its freelance
layout: each client read as a role, and every employer line under a title-and-dates line lost. The CVs below are made
up."""

from __future__ import annotations

import docx

from app.documents.cv_structure import read_outline
from tests.docx_build import saved

Role = tuple[str, str, str, str]


def _read(first: list[str], later: list[tuple[str, str, str]]) -> list[Role]:
    d = docx.Document()
    d.add_paragraph("Ines Varga", style="Title")
    d.add_paragraph("ines.varga@example.hu | +36 30 555 0148 | Budapest")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph(first[0])
    for text in first[1:]:
        style = "List Bullet" if not text.endswith(":") else None
        d.add_paragraph(text, style=style)
    for title, dates, employer in later:
        d.add_paragraph(f"{title}\t{dates}")
        d.add_paragraph(employer)
        d.add_paragraph("Kept the pass running on busy nights.", style="List Bullet")
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("2010 – 2013\tBA Hospitality, Budapest Business School")
    out = read_outline(saved(d))
    return [(r.title.value, r.employer.value, r.start.value, r.end.value) for r in out.roles]


_LATER = [
    ("Line Cook", "03/2019 – 05/2022", "Dishoom – Edinburgh"),
    ("Commis Chef", "09/2016 – 02/2019", "The Kitchin – Aberdeen"),
    ("Kitchen Porter", "06/2014 – 08/2016", "Mezza Luna – Glasgow"),
]


def test_clients_listed_under_a_freelance_role_are_no_roles() -> None:
    first = [
        "Freelance Illustrator | Self-employed | 06/2022 – Present",
        "Selected clients:",
        "Fjord Coffee (2022) – label design",
        "Harbour Books, 2020–2021",
        "Tallinn Folk Festival (2019)",
    ]
    roles = _read(first, _LATER)
    assert roles[0] == ("Freelance Illustrator", "Self-employed", "2022-06", "present")
    assert [r[1] for r in roles[1:]] == ["Dishoom", "The Kitchin", "Mezza Luna"]


def test_projects_listed_under_a_role_with_their_years_are_no_roles() -> None:
    first = [
        "Head Chef | Ostra Tapas | 06/2022 – Present",
        "Key projects:",
        "Winter menu relaunch, 2023",
        "Kitchen refit (2022 – 2023)",
    ]
    roles = _read(first, _LATER)
    assert [r[:2] for r in roles] == [
        ("Head Chef", "Ostra Tapas"),
        ("Line Cook", "Dishoom"),
        ("Commis Chef", "The Kitchin"),
        ("Kitchen Porter", "Mezza Luna"),
    ]


def test_a_whole_first_role_line_leaves_the_employer_lines_under_the_others() -> None:
    roles = _read(["Sous Chef | Ostra Tapas | 06/2022 – Present", "Ran the kitchen on the chef's days off."], _LATER)
    assert roles == [
        ("Sous Chef", "Ostra Tapas", "2022-06", "present"),
        ("Line Cook", "Dishoom", "2019-03", "2022-05"),
        ("Commis Chef", "The Kitchin", "2016-09", "2019-02"),
        ("Kitchen Porter", "Mezza Luna", "2014-06", "2016-08"),
    ]


def test_roles_written_as_bullets_under_no_role_line_stay_roles() -> None:
    # bullets under a label that heads no role of its own: there is no role line above them, so they are the roles
    d = docx.Document()
    d.add_paragraph("Ines Varga", style="Title")
    d.add_paragraph("ines.varga@example.hu | +36 30 555 0148 | Budapest")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph("Recent posts:")
    d.add_paragraph("Line Cook, Dishoom, 2019 – 2022", style="List Bullet")
    d.add_paragraph("Commis Chef, The Kitchin, 2016 – 2019", style="List Bullet")
    out = read_outline(saved(d))
    assert [(r.title.value, r.employer.value) for r in out.roles] == [
        ("Line Cook", "Dishoom"),
        ("Commis Chef", "The Kitchin"),
    ]
