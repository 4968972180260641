""" "Netpoint (ASP 3 e .NET)": technologies in brackets after an employer say what was used there, not the post held
(the reader took "ASP 3 e .NET" for the title; from a tune file of the corpus, a Brazilian .NET developer's CV). A line
the reader named the employer stays the employer when it is alone ("Esperienza Sistemas de Informação (…)" was turned
into a title), and an employer's line groups only the lines dated within its months."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _roles(*lines: str) -> list[tuple[str, str, str | None]]:
    data = docx_bytes(("Robin Novak", "Title"), ("Experiência profissional", "Heading 1"), *((t, None) for t in lines))
    return [(r.title.value, r.employer.value, r.start.value) for r in read_outline(data).roles]


def test_tools_in_brackets_after_an_employer_are_no_title() -> None:
    roles = _roles(
        "08/2012 – 03/2013 – Web Provider (.NET)",
        "Principais atividades: desenvolvimento de portal e intranet.",
        "11/2011 – 04/2012 – Netpoint (ASP 3 e .NET)",
        "Principais atividades: manutenção em software streaming e desenvolvimento de sites.",
        "01/2011 – 08/2011 – Esperienza Sistemas de Informação (Python e Java)",
        "Principais atividades: desenvolvimento de intranet e sites.",
    )
    assert [title for title, _, _ in roles] == ["", "", ""]
    employers = [employer.split(" (")[0] for _, employer, _ in roles]
    assert employers == ["Web Provider", "Netpoint", "Esperienza Sistemas de Informação"]
    assert [start for _, _, start in roles] == ["2012-08", "2011-11", "2011-01"]


def test_a_post_in_brackets_after_an_employer_is_still_the_title() -> None:
    roles = _roles("11/2011 – 04/2012 – Netpoint (Java Developer)", "Built the streaming service's player.")
    assert roles == [("Java Developer", "Netpoint", "2011-11")]


def test_an_employers_line_does_not_take_in_a_line_dated_outside_its_months() -> None:
    # "Netpoint" (an employer's line, no title) over a line dated before it: a role of its own, not a post at
    # Netpoint; both keep their dates
    roles = _roles(
        "08/2012 – 03/2013 – Web Provider",
        "Principais atividades: desenvolvimento de portal e intranet.",
        "11/2011 – 04/2012 – Netpoint",
        "Principais atividades: manutenção em software streaming e desenvolvimento de sites.",
        "01/2011 – 08/2011 – Esperienza Sistemas de Informação",
        "Principais atividades: desenvolvimento de intranet e sites.",
    )
    assert [start for _, _, start in roles] == ["2012-08", "2011-11", "2011-01"]
    assert roles[1][1] == "Netpoint"


def test_a_post_with_its_framework_in_brackets_takes_the_employer_above() -> None:
    # "Mobile Developer (Flutter)": the post and what it was done in, under its employer's line, whose own brackets
    # hold a comma that parts nothing (from a tune file of the corpus, a Yangon mobile developer)
    data = docx_bytes(
        ("Robin Novak", "Title"),
        ("Work Experience", "Heading 1"),
        ("UNITY IT SOLUTION PROVIDER (YANGON, SULE) Co. ltd", None),
        ("Mobile Developer (Flutter)\t2020(December) - 2022(February)", None),
        ("Built the front end of a directorate's mobile application.", "List Bullet"),
    )
    roles = [(r.title.value, r.employer.value) for r in read_outline(data).roles]
    assert roles == [("Mobile Developer", "UNITY IT SOLUTION PROVIDER (YANGON, SULE) Co. ltd")]


def test_a_comma_inside_an_employers_brackets_parts_no_place() -> None:
    data = docx_bytes(
        ("Robin Novak", "Title"),
        ("Experience", "Heading 1"),
        ("Analyst\tNorthwind Foods (Retail, Wholesale)\t2019 – 2021", None),
        ("Built the sales reports.", "List Bullet"),
    )
    roles = [(r.employer.value, r.place.value) for r in read_outline(data).roles]
    assert roles == [("Northwind Foods (Retail, Wholesale)", "")]
