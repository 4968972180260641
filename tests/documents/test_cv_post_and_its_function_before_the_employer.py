"""A role line "Post, Function, Employer" ("Director, Information Technology, Unison Energy, LLC."): the company
function named after the post (a department's name, whose words may also end organisations' names: "Technology")
is the title's, and the organisation after it is the employer."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import names_a_field
from tests.docx_build import docx_bytes


@pytest.mark.parametrize("text", ["Information Technology", "Human Resources", "Customer Service"])
def test_a_companys_function_names_a_field(text: str) -> None:
    assert names_a_field(text)


@pytest.mark.parametrize("text", ["Tata Information Technology Ltd", "Northwind Technology"])
def test_an_organisation_named_with_those_words_names_none(text: str) -> None:
    assert not names_a_field(text)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Director, Information Technology, Unison Energy, LLC.\tMay 2023 – Jun 2025",
            ("Director, Information Technology", "Unison Energy, LLC"),
        ),
        (
            "Manager, Human Resources, Northwind Traders Ltd\tMay 2019 – Apr 2023",
            ("Manager, Human Resources", "Northwind Traders Ltd"),
        ),
    ],
)
def test_the_function_goes_with_the_post(line: str, want: tuple[str, str]) -> None:
    data = docx_bytes(
        ("Toni Brennan", "Title"),
        ("toni.brennan@example.org", None),
        ("Experience", "Heading 1"),
        (line, None),
        ("Ran the company's systems, networks and help desk.", "List Bullet"),
        ("Technical Architect, Accenture LLC\tSep 2021 – Mar 2023", None),
        ("Designed cloud platforms for public-sector clients.", "List Bullet"),
    )
    role = read_outline(data).roles[0]
    assert (role.title.value, role.employer.value) == want
