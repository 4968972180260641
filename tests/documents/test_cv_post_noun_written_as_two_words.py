"""A post's one-word noun written as two words ("Web Master", "Book Keeper", "Fire Fighter") names a post, so
"Member & Web Master" is a title (two posts joined by "&"), not a firm named like "Procter & Gamble", and the line's
organisation is the employer. How a post was held, unpaid, in brackets after its employer ("Code:You, Louisville
(Volunteer)") is no part of the employer's name."""

from __future__ import annotations

import pytest

from app.documents.cv_structure import read_outline
from app.documents.cv_vocab import org_score, role_score
from tests.docx_build import styled_section_cv


@pytest.mark.parametrize("text", ["Web Master", "Book Keeper", "Fire Fighter"])
def test_a_post_noun_in_two_words_names_a_post(text: str) -> None:
    assert role_score(text) >= 1


def test_two_words_that_make_no_post_noun_name_none() -> None:
    assert role_score("Data Base Management Systems") == 0
    assert role_score("Sales Force") == 0


def test_two_posts_joined_by_an_ampersand_are_no_firm() -> None:
    assert org_score("Member & Web Master") == 0
    assert org_score("Procter & Gamble") > 0


_SASE = "Society of Asian Scientist and Engineers (SASE)"


def test_an_organisation_then_two_posts_after_a_dash() -> None:
    data = styled_section_cv(
        "EXPERIENCE",
        (f"{_SASE} – Member & Web Master, Merced, CA    February 2018-Present", None),
        ("Updated and designed the society's website.", "List Paragraph"),
        ("Test Assistant at Adecco, onsite with Waymo\t\t\t\tJune 2018-August 2018", None),
        ("Provided real life scenarios to test the limits of self-driving cars", "List Paragraph"),
    )
    role = read_outline(data).roles[0]
    assert (role.title.value, role.employer.value) == ("Member & Web Master", _SASE)


def test_an_unpaid_note_after_the_employer_is_no_part_of_its_name() -> None:
    # "(Volunteer)" after "at …, Town" says how the post was held: the employer and its town stand apart from it
    data = styled_section_cv(
        "EXPERIENCE",
        ("Mentor at Code:You, Louisville (Volunteer)", None),
        ("April 2025 — Present", None),
        ("Delivered lessons on HTML, CSS and JavaScript.", "List Bullet"),
    )
    role = read_outline(data).roles[0]
    assert (role.title.value, role.employer.value, role.place.value) == ("Mentor", "Code:You", "Louisville")
