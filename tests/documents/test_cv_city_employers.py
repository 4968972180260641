"""Employers the place rules must not cut: names that are also cities ("Santander", "Toyota", "Philadelphia"),
which must not become the role's place, and a legal form after a comma ("Zred Automatización, S.L.")."""

from __future__ import annotations

import pytest

from app.documents.cv_outline import HIGH_CONFIDENCE, RoleOutline
from app.documents.cv_structure import read_outline
from tests.docx_build import role_cv


def _role(line: str) -> RoleOutline:
    # The description is a plain paragraph, not a bullet: it must not be read as the employer either.
    outline = read_outline(role_cv(line, description=("Built the credit risk models used by the retail bank.", None)))
    assert len(outline.roles) == 1
    return outline.roles[0]


@pytest.mark.parametrize("line", ["Engineer at Toyota, 2018 - 2020", "Analyst at Philadelphia, Jan 2019 - Present"])
def test_what_follows_at_is_the_employer_even_when_a_city_bears_its_name(line: str) -> None:
    role = _role(line)
    assert role.employer.value == line.split(" at ")[1].split(",")[0]
    assert role.place.value == ""


def test_a_lone_city_name_beside_a_title_is_read_as_the_employer_unsurely() -> None:
    role = _role("Risk Analyst, Santander, Jan 2019 - Present")
    assert (role.title.value, role.employer.value, role.place.value) == ("Risk Analyst", "Santander", "")
    assert role.employer.confidence < HIGH_CONFIDENCE  # the seeker confirms it


def test_a_city_after_a_named_employer_stays_the_place() -> None:
    role = _role("Software Engineer, Acme Corp, London, 2018 - 2020")
    assert (role.title.value, role.employer.value, role.place.value) == ("Software Engineer", "Acme Corp", "London")


@pytest.mark.parametrize("employer", ["Zred Comunicaciones y Automatización, S.L.", "Globex Brasil, Ltda."])
def test_a_legal_form_after_a_comma_stays_with_its_employer(employer: str) -> None:
    role = _role(f"Research Fellow\t{employer}\tOct 2019 - Oct 2020")
    assert (role.title.value, role.employer.value, role.place.value) == ("Research Fellow", employer, "")


def test_a_states_code_alone_after_the_dates_is_the_place_not_the_employer() -> None:
    role = _role("Assistant Fitness Manager, 24 Hour Fitness, Mar 2016 - Apr 2020, TX")
    assert (role.title.value, role.employer.value, role.place.value) == (
        "Assistant Fitness Manager",
        "24 Hour Fitness",
        "TX",
    )


@pytest.mark.parametrize("line", ["Growth Hacker, Monzo, Leeds, UK, March 2019 - Present", "Monzo, Leeds, UK"])
def test_a_brand_before_its_city_and_country_is_the_employer(line: str) -> None:
    lines = [line] if "2019" in line else [line, "Growth Hacker, March 2019 - Present"]
    outline = read_outline(role_cv(*lines))
    role = outline.roles[0]
    assert (role.title.value, role.employer.value, role.place.value) == ("Growth Hacker", "Monzo", "Leeds, UK")
