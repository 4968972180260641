"""Two towns joined by "and", "&" or "/" ("Birmingham and Worcester, UK") are where a post was held, not a title or
an employer; a firm named by two surnames ("Marks & Spencer") and a pair of fields ("Sales & Marketing") stay names."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import is_place
from tests.docx_build import docx_bytes


@pytest.mark.parametrize(
    "text", ["Birmingham and Worcester, UK", "Birmingham & Worcester", "Leeds/Bradford", "Phoenix and Tucson, AZ"]
)
def test_two_towns_are_a_place(text: str) -> None:
    assert is_place(text)


@pytest.mark.parametrize(
    "text", ["Marks & Spencer", "Sales & Marketing", "Procter & Gamble, Cincinnati", "Research and Development"]
)
def test_two_names_that_are_no_towns_are_no_place(text: str) -> None:
    assert not is_place(text)


@pytest.mark.parametrize(
    ("line", "employer"),
    [
        ("Sales Assistant | Birmingham and Worcester, UK | 2012-2018", ""),
        ("Sales Assistant, Boots, Birmingham and Worcester, UK, 2012-2018", "Boots"),
    ],
)
def test_the_two_towns_on_a_role_line_are_its_place(line: str, employer: str) -> None:
    data = docx_bytes(
        ("Chelsea Hart", "Title"),
        ("chelsea.hart@example.org", None),
        ("Experience", "Heading 1"),
        ("Junior Developer\tNorthwind Ltd\t\t2019-2021", None),
        ("Built the booking pages of the shop's site.", "List Bullet"),
        (line, None),
        ("Served customers, ran the till and trained new staff.", "List Bullet"),
    )
    role = read_outline(data).roles[1]
    assert (role.title.value, role.employer.value, role.place.value) == (
        "Sales Assistant",
        employer,
        "Birmingham and Worcester, UK",
    )
