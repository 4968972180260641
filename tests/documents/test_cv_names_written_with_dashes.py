"""An employer's name as written keeps what belongs to it: its other name in brackets ("Halvorsen Data (formerly
Brightline)", "Kestrel Mills (now Aurora Textiles)") and a dash inside it when the line parts its fields with a
stronger mark ("NRG - Nordic Robotics Group | Oslo | 2021 – 2023", "ZPL - Zentrum für Photonik Lübeck — Research
Engineer"); between pipes or tabs, a dash stays in a name whose pieces read as one (an organisation and its
initials), and beside an em dash it parts a field only where a title or a place stands beside it. A post written in
lower case beside a capitalised name is the title ("Piekarnia Złoty Kłos — sprzedawca"). An "@" inside a name is no
"at" ("Code@Home")."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _roles(entries: list[list[str]]) -> list[tuple[str, str, str]]:
    d = docx.Document()
    d.add_paragraph("Ines Valdor", style="Title")
    d.add_paragraph("Porto, Portugal   ines.valdor@example.org   +351 912 555 018")
    d.add_paragraph("Experience", style="Heading 1")
    for lines in entries:
        for line in lines:
            d.add_paragraph(line)
        d.add_paragraph("Kept the nightly batch jobs running for three plants.", style="List Bullet")
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("MSc Applied Physics, Universidade do Minho, 2016")
    return [(r.title.value, r.employer.value, r.place.value) for r in read_outline(saved(d)).roles]


@pytest.mark.parametrize(
    "employer",
    [
        "Halvorsen Data (formerly Brightline)",
        "Kestrel Mills (now Aurora Textiles)",
        "Orvik Systeme (ehemals Nordlicht)",
    ],
)
def test_an_employers_other_name_in_brackets_is_kept_with_it(employer: str) -> None:
    roles = _roles([["Platform Engineer", employer, "Mar 2020 – Jan 2024"], ["Analyst", "Corvel Group", "2017 – 2020"]])
    assert roles[0][:2] == ("Platform Engineer", employer)


def test_an_arrangement_in_lower_case_brackets_is_still_dropped() -> None:
    roles = _roles([["Platform Engineer (remote)", "Halvorsen Data", "Mar 2020 – Jan 2024"]])
    assert roles[0][:2] == ("Platform Engineer", "Halvorsen Data")


@pytest.mark.parametrize(
    "line",
    [
        "NRG - Nordic Robotics Group | Oslo, Norway | Feb 2021 – Jun 2023",
        "Centro de Estudos Marinhos - CEMAR | Feb 2021 – Jun 2023",
    ],
)
def test_a_dash_inside_a_field_parted_by_pipes_is_part_of_the_name(line: str) -> None:
    roles = _roles([["Controls Engineer", line]])
    assert roles[0][:2] == ("Controls Engineer", line.split(" | ")[0])


_ZPL = "ZPL - Zentrum für Photonik Lübeck"


@pytest.mark.parametrize(
    ("line", "title", "employer"),
    [
        ("ZPL - Zentrum für Photonik Lübeck — Research Engineer", "Research Engineer", _ZPL),
        ("Research Engineer — ZPL - Zentrum für Photonik Lübeck", "Research Engineer", _ZPL),
    ],
)
def test_a_hyphen_inside_a_name_is_no_field_mark_where_an_em_dash_parts_the_fields(
    line: str, title: str, employer: str
) -> None:
    roles = _roles([[line, "Sep 2019 – Present"]])
    assert roles[0][:2] == (title, employer)


def test_a_dash_between_a_title_the_lists_do_not_know_and_a_name_still_parts_the_field() -> None:
    roles = _roles([["Barista - Harbour Café | Leeds | Feb 2021 – Jun 2023"]])
    assert roles[0][:2] == ("Barista", "Harbour Café")


def test_a_dash_beside_a_title_still_parts_the_field() -> None:
    roles = _roles([["Halvorsen Data | Senior Engineer - Platform | Oslo, Norway | 2020 – 2024"]])
    assert roles[0][1] == "Halvorsen Data"
    assert roles[0][0].startswith("Senior Engineer")


@pytest.mark.parametrize(
    ("line", "title", "employer"),
    [
        ("Kowalski i Synowie — magazynier", "magazynier", "Kowalski i Synowie"),
        ("Piekarnia Złoty Kłos — sprzedawca", "sprzedawca", "Piekarnia Złoty Kłos"),
    ],
)
def test_a_post_in_lower_case_beside_a_capitalised_name_is_the_title(line: str, title: str, employer: str) -> None:
    roles = _roles([[line, "Apr 2019 – Oct 2020"]])
    assert roles[0][:2] == (title, employer)


def test_an_at_sign_inside_a_name_is_no_at() -> None:
    roles = _roles([["Outreach Coordinator, Code@Home, Oct 2021 – Jun 2023"]])
    assert roles[0][:2] == ("Outreach Coordinator", "Code@Home")


def test_an_at_sign_spaced_from_a_name_still_names_the_employer() -> None:
    roles = _roles([["Research Intern @ Halvorsen Data, Oct 2021 – Jun 2023"]])
    assert roles[0][:2] == ("Research Intern", "Halvorsen Data")
