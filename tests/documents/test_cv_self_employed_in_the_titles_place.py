"""Working for oneself written alone on its line under a business's name ("MLTech" over "Self-employed") stands where
the title would: the business is the employer, "Self-employed" the title. Under a post ("Full Stack Developer" over
"Freelance") it is still where the post was held."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import section_cv


def _roles(*lines: str) -> list[tuple[str, str]]:
    data = section_cv("WORK EXPERIENCE", *lines, closing=("SKILLS", "Jenkins, Linux, GitLab-CI"))
    return [(r.title.value, r.employer.value) for r in read_outline(data).roles]


def test_self_employed_under_a_business_is_the_title() -> None:
    got = _roles(
        "SEPRO Group\tSep 2022 – Present",
        "Software developer",
        "Develops software for injection-moulding robots.",
        "MLTech\tDec 2020 – Present",
        "Self-employed",
        "Launched my own activity in development and IT training.",
        "Max'Info\tJan 2014 – Nov 2016",
        "Self-employed",
        "Repaired computers and smartphones during my studies.",
    )
    assert got == [
        ("Software developer", "SEPRO Group"),
        ("Self-employed", "MLTech"),
        ("Self-employed", "Max'Info"),
    ]


def test_freelance_under_a_post_is_where_it_was_held() -> None:
    got = _roles(
        "Full Stack Developer\tJan 2019 – Present",
        "Freelance",
        "Built web shops for small clients.",
    )
    assert got == [("Full Stack Developer", "Freelance")]
