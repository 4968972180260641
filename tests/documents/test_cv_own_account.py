"""Working for oneself written where the employer's name stands ("Web Developer | Freelance") is read as the place
the post was held; a letter then says "on my own account" (tests/documents/test_offline_letter.py)."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv


@pytest.mark.parametrize("word", ["Freelance", "Self-employed", "FREELANCE"])
def test_working_for_oneself_beside_the_title_is_the_employer(word: str) -> None:
    (role,) = read_outline(role_cv(f"Web Developer | {word}\tMar 2019 – Jun 2021")).roles
    assert (role.title.value, role.employer.value, role.start.value) == ("Web Developer", word, "2019-03")


def test_freelance_inside_the_title_names_no_employer() -> None:
    (role,) = read_outline(role_cv("Freelance Web Developer\tMar 2019 – Jun 2021")).roles
    assert (role.title.value, role.employer.value) == ("Freelance Web Developer", "")


def test_how_a_post_was_held_beside_an_employer_is_still_no_employer() -> None:
    (role,) = read_outline(role_cv("Web Developer | Northwind Traders | Contract\tMar 2019 – Jun 2021")).roles
    assert (role.title.value, role.employer.value) == ("Web Developer", "Northwind Traders")


def test_working_for_oneself_with_its_place_on_the_employers_line_is_the_employer() -> None:
    (role,) = read_outline(role_cv("Photographer & Videographer\t2022 – 2024", "Freelance, Lisbon, Portugal")).roles
    assert (role.title.value, role.employer.value, role.place.value) == (
        "Photographer & Videographer",
        "Freelance",
        "Lisbon, Portugal",
    )
