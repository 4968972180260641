"""Role lines as some CVs number or label them: the number before each role ("1.Engineer") and how long the post
was held ("6 months as Data Intern") are no part of the title; a colon with a dash after it parts two fields,
whichever is the title ("Northwind Traders: - Test engineer", "Data scientist: - Globex"); sentences after
bracketed dates describe the role and do not make its line too long to be one."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv


@pytest.mark.parametrize("number", ["1.", "1. ", "1) "])
def test_the_number_before_a_role_is_no_part_of_its_title(number: str) -> None:
    (role,) = read_outline(role_cv(f"{number}Engineer, Northwind Traders\tMar 2019 – Present")).roles
    assert (role.title.value, role.employer.value) == ("Engineer", "Northwind Traders")


@pytest.mark.parametrize(
    "line",
    [
        "Northwind Traders: - Software engineer in testing (May 2022 - Jan 2023). Used: - Python - SQL",
        "Software engineer in testing: - Northwind Traders (May 2022 - Jan 2023). Used: - Python - SQL",
    ],
)
def test_a_colon_and_a_dash_part_title_and_employer(line: str) -> None:
    (role,) = read_outline(role_cv(line)).roles
    assert (role.title.value, role.employer.value, role.start.value) == (
        "Software engineer in testing",
        "Northwind Traders",
        "2022-05",
    )


def test_sentences_after_bracketed_dates_leave_the_line_a_role() -> None:
    line = (
        "Machine learning research intern in the vision group: - Globex Research Labs (Jul 2020 - Nov 2020). "
        "Key tools: - C++ - Python - Data analysis and plotting of the lab's long-running experiments"
    )
    roles = read_outline(role_cv(line)).roles
    assert [(r.employer.value, r.start.value, r.end.value) for r in roles] == [
        ("Globex Research Labs", "2020-07", "2020-11")
    ]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "• 3 meses de experiência como estagiária de desenvolvimento - Acme Ltda - De 03/2021 a 06/2021.",
            "estagiária de desenvolvimento",
        ),
        ("6 months as Data Intern - Acme Ltda - Mar 2021 to Jun 2021", "Data Intern"),
        ("2 years as a Developer - Acme Ltda - 2019 – 2021", "Developer"),
    ],
)
def test_how_long_a_post_was_held_before_it_is_no_part_of_its_title(line: str, title: str) -> None:
    (role,) = read_outline(role_cv(line)).roles
    assert role.title.value == title
    assert role.employer.value == "Acme Ltda"
