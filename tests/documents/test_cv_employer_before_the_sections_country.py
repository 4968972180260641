"""Roles written "Title, Employer, Country, dates" in one section: where the employer is a name no town bears
("Barista Supervisor, Starbucks, Canada" under "Customer Service Representative, CIBC, Canada"), the section's way of
writing its roles reads it as the employer and the country as the place; a town there ("Toronto, Canada") stays a
place."""

from __future__ import annotations

from app.documents.cv_structure import read_outline
from tests.docx_build import styled_section_cv


def _cv(third: str) -> bytes:
    return styled_section_cv(
        "WORK EXPERIENCE",
        ("Human Resources Administrator (Coop), Dillon Consulting LTD, Canada, January 2020 – Present", "List Bullet"),
        ("Screened resumes and conducted phone interviews", "List Bullet 2"),
        ("Customer Service Representative, CIBC, Canada, August 2018 – November 2018", "List Bullet"),
        ("Processed transactions and monetary transfers", "List Bullet 2"),
        (f"Barista Supervisor, {third}, July 2016 – Sept 2018", "List Bullet"),
        ("Crafted beverages for the store's clients", "List Bullet 2"),
    )


def test_a_name_before_the_country_is_the_employer() -> None:
    role = read_outline(_cv("Starbucks, Canada")).roles[2]
    assert (role.title.value, role.employer.value, role.place.value) == ("Barista Supervisor", "Starbucks", "Canada")


def test_a_town_before_the_country_stays_the_place() -> None:
    role = read_outline(_cv("Toronto, Canada")).roles[2]
    assert role.employer.value == "" and "Toronto" in role.place.value


def test_a_smaller_town_before_the_country_stays_the_place_too() -> None:
    role = read_outline(_cv("Fort McMurray, Canada")).roles[2]  # a GeoNames town of some 60,000 people
    assert role.employer.value == "" and "Fort McMurray" in role.place.value
