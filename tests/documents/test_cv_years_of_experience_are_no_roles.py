"""Lines saying how long a skill has been used ("No of Years of experience in PHP:<TAB>2013 – Present") carry dates
but name no post: they are not read as roles."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv


def test_years_of_experience_in_a_skill_are_no_roles() -> None:
    data = section_cv(
        "Work Experience",
        "Schoolville Limited\t\t\tNovember 2018 – Present",
        "Programming Instructor",
        "Taught web programming to secondary-school pupils",
        "No of Years of experience in IT Industry:\t\t\t2012 – Present",
        "No of Years of experience in PHP:\t\t\t2013 – Present",
        "Years of experience with MySQL:\t\t\t2013 – Present",
    )
    got = [(r.title.value, r.employer.value) for r in read_outline(data).roles]
    assert got == [("Programming Instructor", "Schoolville Limited")]
