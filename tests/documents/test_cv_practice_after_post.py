"""A practice written after the post, as Spanish, French and Portuguese CVs write it ("Desarrollador Web Front
End", "Développeur Full Stack"), qualifies the title: it is not an employer run into it, as "Doctoral Researcher
BMW Group" is."""

from __future__ import annotations

import docx
import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import saved


def _roles(head: str, under: str) -> list[tuple[str, str]]:
    d = docx.Document()
    d.add_paragraph("Jordan Moreau", style="Title")
    d.add_paragraph("jordan.moreau@example.org")
    d.add_paragraph("Experiencia", style="Heading 1")
    d.add_paragraph().add_run(f"October 2013 – July 2016\t{head}").bold = True
    d.add_paragraph(under)
    d.add_paragraph(
        "Desarrollo de micrositios y migración del sitio principal a una nueva plataforma.", style="List Bullet"
    )
    d.add_paragraph("Educación", style="Heading 1")
    d.add_paragraph("Ingeniería en Sistemas, Universidad del Valle, 2012")
    return [(r.title.value, r.employer.value) for r in read_outline(saved(d)).roles]


@pytest.mark.parametrize(
    "title", ["Desarrollador Web Front End", "Développeur Full Stack", "Analista Web Front End", "Developer Back End"]
)
def test_a_practice_after_the_post_stays_in_the_title(title: str) -> None:
    # no employer's line under it: the practice is not taken for one
    assert _roles(title, "Worked on the stores' sites and their partners' shops.") == [(title, "")]


def test_an_employer_run_into_the_post_is_still_parted() -> None:
    assert _roles("Doctoral Researcher BMW Group", "Munich, Germany") == [("Doctoral Researcher", "BMW Group")]


def _line_roles(line: str) -> list[tuple[str, str]]:
    d = docx.Document()
    d.add_paragraph("Jordan Moreau", style="Title")
    d.add_paragraph("jordan.moreau@example.org")
    d.add_paragraph("Experience", style="Heading 1")
    d.add_paragraph(line)
    d.add_paragraph("Worked on the forecasting models for the team.", style="List Bullet")
    d.add_paragraph("Education", style="Heading 1")
    d.add_paragraph("BSc Physics, Harbour University, 2012")
    return [(r.title.value, r.employer.value) for r in read_outline(saved(d)).roles]


@pytest.mark.parametrize(
    ("line", "title", "employer"),
    [
        ("Research Intern, Team Lead, Institute of Coastal Studies\t03.2016 – 06.2016", "Research Intern, Team Lead",
         "Institute of Coastal Studies"),
        ("Founder, Principal Consultant, Brightwave Ltd\t2014 – 2019", "Founder, Principal Consultant",
         "Brightwave Ltd"),
        # a unit between post and organisation stays with the organisation
        ("Analytical Lead, Medicines Analysis Team, Harbour Health\t2019 – 2021", "Analytical Lead",
         "Medicines Analysis Team, Harbour Health"),
    ],
)  # fmt: skip
def test_posts_listed_with_commas_before_the_organisation_are_one_title(line: str, title: str, employer: str) -> None:
    assert _line_roles(line) == [(title, employer)]
