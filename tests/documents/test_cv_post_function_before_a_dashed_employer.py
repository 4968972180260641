"""A title written with its function or class after a comma ("Manager, Finance and Operations", "Teacher, Year 3"),
then a dash and the employer: the words after the comma were joined across the dash to the employer, as a name and
its unit would be ("Web Developer, Globalmouth - 360 Go Mobile Agency"). A field of work or a numbered class after the
post's comma qualifies the post and stays in the title; the dash parts it from the employer.

Found by reading made-up managers' and teachers' CVs (not from a corpus file):
"Manager, Finance and Operations – Oxfam GB<TAB>Mar 2019 – Present" was read as title "Manager" at employer
"Finance and Operations – Oxfam GB".
"""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv


@pytest.mark.parametrize(
    ("head", "title", "employer"),
    [
        (
            "Manager, Finance and Operations – Oxfam GB\tMar 2019 – Present",
            "Manager, Finance and Operations",
            "Oxfam GB",
        ),
        ("Teacher, Year 3 – Hillside Primary School\t2016 – 2019", "Teacher, Year 3", "Hillside Primary School"),
        ("Head, Human Resources — Ministério da Saúde\t2012 – 2018", "Head, Human Resources", "Ministério da Saúde"),
        ("Coordinator, Marketing - Hotel Sacher Wien\t2010 – 2012", "Coordinator, Marketing", "Hotel Sacher Wien"),
    ],
)
def test_a_post_and_its_function_stay_the_title_before_a_dashed_employer(head: str, title: str, employer: str) -> None:
    (role,) = read_outline(role_cv(head)).roles
    assert (role.title.value, role.employer.value) == (title, employer)


def test_a_name_after_the_posts_comma_still_goes_on_across_the_dash() -> None:
    (role,) = read_outline(role_cv("Web Developer, Globalmouth - 360 Go Mobile Agency\t2017 – 2020")).roles
    assert (role.title.value, role.employer.value) == ("Web Developer", "Globalmouth - 360 Go Mobile Agency")
