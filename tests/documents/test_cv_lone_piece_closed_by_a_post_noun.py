"""A role line whose only piece beside its place and dates ends in a post's noun after an organisation's word
("Project Associate", "Department Chair") names the post, not the employer; a piece ending in an organisation's word
("Northwind Consulting Group", "Stuyvesant Student Union") still names the employer. A kind of post alone
("Internship") is the title too."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import docx_bytes


def _first_role(piece: str) -> tuple[str, str]:
    data = docx_bytes(
        ("Brandon Kerr", "Title"),
        ("brandon.kerr@example.org", None),
        ("Experience", "Heading 1"),
        (f"\t{piece}\t\tMarkham, ON | May-August 2014", None),
        ("Built reports on the print fleet for the sales team.", "List Bullet"),
        ("\tBusiness Intelligence Developer\t\tWaterloo, ON | January-April 2015", None),
        ("Designed the data warehouse's nightly loads.", "List Bullet"),
    )
    role = read_outline(data).roles[0]
    return role.title.value, role.employer.value


@pytest.mark.parametrize("piece", ["Project Associate", "Department Chair"])
def test_a_piece_closed_by_a_post_noun_is_the_title(piece: str) -> None:
    assert _first_role(piece) == (piece, "")


@pytest.mark.parametrize("piece", ["Northwind Consulting Group", "Stuyvesant Student Union"])
def test_a_piece_closed_by_an_organisation_word_is_the_employer(piece: str) -> None:
    assert _first_role(piece) == ("", piece)


@pytest.mark.parametrize("piece", ["Internship", "Summer Internship"])
def test_a_kind_of_post_alone_is_the_title(piece: str) -> None:
    assert _first_role(piece) == (piece, "")
